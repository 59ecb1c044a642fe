package io.alertify.remediation;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.remediation.api.IncidentGate;
import io.alertify.remediation.api.RunStatus;
import io.alertify.remediation.api.ScriptRequest;
import io.alertify.remediation.api.ScriptRunner;
import io.alertify.remediation.kubernetes.MockKubernetes;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class RemediationConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(RemediationConfiguration.class)
            .withBean(IncidentGate.class, () -> id -> IncidentGate.State.ACTIVE);

    @Test
    void startsWithoutACluster() {
        context.run(started -> {
            assertThat(started).hasNotFailed().hasSingleBean(ScriptRunner.class);
            assertThat(started.getBeanFactory().containsSingleton(RemediationConfiguration.KUBERNETES_CLIENT)).isFalse();
        });
    }

    @Test
    void buildsTheClientOnTheFirstRunInTheConfiguredNamespace() {
        KubernetesMockServer server = MockKubernetes.startCrud();
        try (KubernetesClient cluster = server.createClient()) {
            cluster.pods().inNamespace("shop").resource(MockKubernetes.pod("shop", "checkout-7d9f", "checkout")).create();

            context.withPropertyValues("alertify.remediation.kubernetes.master-url=" + server.url("/"),
                    "alertify.remediation.kubernetes.namespace=shop").run(started -> {
                        var result = started.getBean(ScriptRunner.class)
                                .run(new ScriptRequest("42", "restart_pod", Map.of("pod", "checkout-7d9f"), "alice"));

                        assertThat(result.status()).isEqualTo(RunStatus.SUCCEEDED);
                        assertThat(started.getBeanFactory().containsSingleton(RemediationConfiguration.KUBERNETES_CLIENT)).isTrue();
                    });
            assertThat(cluster.pods().inNamespace("shop").withName("checkout-7d9f").get()).isNull();
        } finally {
            server.destroy();
        }
    }

    @Test
    void refusesToStartWithANamespaceKubernetesWouldRefuse() {
        context.withPropertyValues("alertify.remediation.kubernetes.namespace=Shop_Prod").run(started ->
                assertThat(started).hasFailed().getFailure().rootCause().hasMessageContaining("namespace"));
    }
}
