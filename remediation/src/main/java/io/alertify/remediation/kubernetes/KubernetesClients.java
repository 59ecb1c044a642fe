package io.alertify.remediation.kubernetes;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;

/** Builds the fabric8 client remediation uses. */
public final class KubernetesClients {

    private KubernetesClients() {
    }

    /**
     * A client configured the way kubectl would be (kubeconfig, or the in-cluster service account), with
     * {@link KubernetesProperties#masterUrl()} overriding the API server when set. Building it contacts
     * nothing; the first API call does.
     */
    public static KubernetesClient create(KubernetesProperties properties) {
        Config config = Config.autoConfigure(null);
        // One retry policy, ours (KubernetesRetry): fabric8 otherwise retries 5xx answers and I/O errors
        // itself, up to ten times under each of our attempts, which turns a short outage into minutes.
        config.setRequestRetryBackoffLimit(0);
        if (properties.masterUrl() != null && !properties.masterUrl().isBlank()) {
            config.setMasterUrl(properties.masterUrl());
        }
        return new KubernetesClientBuilder().withConfig(config).build();
    }
}
