package io.alertify.remediation.kubernetes;

import java.util.List;
import static io.alertify.remediation.kubernetes.MockKubernetes.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.remediation.api.RunStatus;
import io.alertify.remediation.api.ScriptResult;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** restart_pod against fabric8's mock API server in CRUD mode. */
class RestartPodScriptTest {

    private KubernetesMockServer server;
    private KubernetesClient cluster;
    private KubernetesClient remediation;
    private RestartPodScript script;

    @BeforeEach
    void startCluster() {
        server = MockKubernetes.startCrud();
        cluster = server.createClient();
        remediation = MockKubernetes.remediationClient(server);
        script = new RestartPodScript(() -> remediation, "default", List.of("default", "shop"), KubernetesRetry.of(2, Duration.ofMillis(1)));
    }

    @AfterEach
    void stopCluster() {
        remediation.close();
        cluster.close();
        server.destroy();
    }

    @Test
    void deletesTheNamedPod() {
        create(pod("shop", "checkout-7d9f", "checkout"));

        ScriptResult result = script.execute(Map.of("namespace", "shop", "pod", "checkout-7d9f"));

        assertThat(result.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(result.logs()).containsExactly("deleting pod shop/checkout-7d9f", "deleted",
                "done: pod shop/checkout-7d9f deleted, its controller starts a new one");
        assertThat(cluster.pods().inNamespace("shop").withName("checkout-7d9f").get()).isNull();
    }

    @Test
    void deletesOnlyThePodsOfTheService() {
        create(pod("shop", "checkout-1", "checkout"));
        create(pod("shop", "checkout-2", "checkout"));
        create(pod("shop", "cart-1", "cart"));
        create(pod("staging", "checkout-9", "checkout"));

        ScriptResult result = script.execute(Map.of("namespace", "shop", "service", "checkout"));

        assertThat(result.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(result.logs()).containsExactly(
                "deleting pod shop/checkout-1", "deleted", "deleting pod shop/checkout-2", "deleted",
                "done: 2 pods of app=checkout deleted in namespace shop, their controllers start new ones");
        assertThat(cluster.pods().inNamespace("shop").list().getItems())
                .extracting(p -> p.getMetadata().getName()).containsExactly("cart-1");
        assertThat(cluster.pods().inNamespace("staging").withName("checkout-9").get()).isNotNull();
    }

    @Test
    void givenAPodAndItsServiceDeletesOnlyThePod() {
        create(pod("shop", "checkout-1", "checkout"));
        create(pod("shop", "checkout-2", "checkout"));

        ScriptResult result = script.execute(Map.of("namespace", "shop", "pod", "checkout-1", "service", "checkout"));

        assertThat(result.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(cluster.pods().inNamespace("shop").list().getItems())
                .extracting(p -> p.getMetadata().getName()).containsExactly("checkout-2");
    }

    @Test
    void leavesAPodOfAnotherServiceAlone() {
        create(pod("shop", "cart-1", "cart"));

        ScriptResult result = script.execute(Map.of("namespace", "shop", "pod", "cart-1", "service", "checkout"));

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.logs()).containsExactly("pod shop/cart-1 is labelled app=cart, not app=checkout; not deleted");
        assertThat(cluster.pods().inNamespace("shop").withName("cart-1").get()).isNotNull();
    }

    @Test
    void failsWhenNoPodMatchesTheService() {
        create(pod("shop", "cart-1", "cart"));

        ScriptResult result = script.execute(Map.of("namespace", "shop", "service", "checkout"));

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.logs()).containsExactly("no pod matches app=checkout in namespace shop");
        assertThat(cluster.pods().inNamespace("shop").withName("cart-1").get()).isNotNull();
    }

    @Test
    void failsWhenTheNamedPodDoesNotExist() {
        ScriptResult result = script.execute(Map.of("namespace", "shop", "pod", "checkout-7d9f"));

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.logs()).containsExactly("no pod checkout-7d9f in namespace shop");
    }

    private void create(Pod pod) {
        cluster.pods().inNamespace(pod.getMetadata().getNamespace()).resource(pod).create();
    }
}
