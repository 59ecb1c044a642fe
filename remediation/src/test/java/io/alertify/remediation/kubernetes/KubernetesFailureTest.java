package io.alertify.remediation.kubernetes;

import java.util.List;
import static io.alertify.remediation.kubernetes.MockKubernetes.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.remediation.api.RunStatus;
import io.alertify.remediation.api.ScriptResult;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.github.resilience4j.retry.Retry;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** API errors and unreachable servers: which are retried, and what the user reads. */
class KubernetesFailureTest {

    private static final String POD_PATH = "/api/v1/namespaces/shop/pods/checkout-7d9f";
    private static final Map<String, String> RESTART_CHECKOUT = Map.of("namespace", "shop", "pod", "checkout-7d9f");

    private KubernetesMockServer server;
    private KubernetesClient client;

    @BeforeEach
    void startServer() {
        server = new KubernetesMockServer(false);
        server.init();
        client = MockKubernetes.remediationClient(server);
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.destroy();
    }

    @Test
    void retriesAServerErrorAndThenSucceeds() {
        server.expect().get().withPath(POD_PATH).andReturn(503, status(503, "etcd leader changed")).once();
        server.expect().get().withPath(POD_PATH).andReturn(200, pod("shop", "checkout-7d9f", "checkout")).once();
        server.expect().delete().withPath(POD_PATH).andReturn(200, pod("shop", "checkout-7d9f", "checkout")).once();

        ScriptResult result = script(KubernetesRetry.of(3, Duration.ofMillis(1))).execute(RESTART_CHECKOUT);

        assertThat(result.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(result.logs()).startsWith("deleting pod shop/checkout-7d9f", "deleted");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void givesUpAfterTheLastAttemptWithTheApiMessage() {
        server.expect().get().withPath(POD_PATH).andReturn(503, status(503, "etcd leader changed")).always();

        ScriptResult result = script(KubernetesRetry.of(3, Duration.ofMillis(1))).execute(RESTART_CHECKOUT);

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.logs()).containsExactly("kubernetes API answered 503: etcd leader changed");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void theClientDoesNotRetryBehindOurRetry() {
        server.expect().get().withPath(POD_PATH).andReturn(503, status(503, "etcd leader changed")).once();
        server.expect().get().withPath(POD_PATH).andReturn(200, pod("shop", "checkout-7d9f", "checkout")).once();

        ScriptResult result = script(KubernetesRetry.of(1, Duration.ofMillis(1))).execute(RESTART_CHECKOUT);

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void doesNotRetryARefusalAndQuotesTheApi() {
        String forbidden = "pods \"checkout-7d9f\" is forbidden: User \"system:serviceaccount:alertify:alertify\""
                + " cannot get resource \"pods\" in the namespace \"shop\"";
        server.expect().get().withPath(POD_PATH).andReturn(403, status(403, forbidden)).always();

        ScriptResult result = script(KubernetesRetry.of(3, Duration.ofMillis(1))).execute(RESTART_CHECKOUT);

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.logs()).containsExactly("kubernetes API answered 403: " + forbidden);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void retriesAnUnreachableServerAndSaysSo() throws IOException {
        Retry retry = KubernetesRetry.of(2, Duration.ofMillis(1));
        try (KubernetesClient unreachable = KubernetesClients.create(
                new KubernetesProperties("default", "http://127.0.0.1:" + closedPort(), List.of()))) {

            ScriptResult result = new RestartPodScript(() -> unreachable, "default", List.of("default"), retry).execute(RESTART_CHECKOUT);

            assertThat(result.status()).isEqualTo(RunStatus.FAILED);
            assertThat(result.logs()).singleElement().asString()
                    .startsWith("cannot reach the kubernetes API: ")
                    .doesNotContain("\tat ");
            assertThat(retry.getMetrics().getNumberOfFailedCallsWithRetryAttempt()).isEqualTo(1);
        }
    }

    private RestartPodScript script(Retry retry) {
        return new RestartPodScript(() -> client, "default", List.of("default"), retry);
    }

    private static Status status(int code, String message) {
        return new StatusBuilder().withStatus("Failure").withCode(code).withMessage(message).build();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
