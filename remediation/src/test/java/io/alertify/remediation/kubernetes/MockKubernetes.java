package io.alertify.remediation.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.util.HashMap;
import java.util.List;

/** fabric8's mock API server, as the tests of this module use it. */
public final class MockKubernetes {

    private MockKubernetes() {
    }

    /**
     * A server that stores what clients create and deletes what they delete. CRUD mode is this
     * five-argument constructor: {@code new KubernetesMockServer(true)} would mean HTTPS, not CRUD.
     */
    public static KubernetesMockServer startCrud() {
        KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(List.of()), false);
        server.init();
        return server;
    }

    /** The client remediation itself would build, pointed at {@code server}. */
    public static KubernetesClient remediationClient(KubernetesMockServer server) {
        return KubernetesClients.create(new KubernetesProperties("default", server.url("/"), List.of()));
    }

    public static Pod pod(String namespace, String name, String app) {
        return new PodBuilder().withNewMetadata()
                .withNamespace(namespace).withName(name).addToLabels("app", app)
                .endMetadata().build();
    }
}
