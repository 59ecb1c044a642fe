package io.alertify.remediation.kubernetes;

import static io.alertify.remediation.catalogue.ParameterType.STRING;

import io.alertify.remediation.api.RunStatus;
import io.alertify.remediation.api.ScriptResult;
import io.alertify.remediation.catalogue.ParameterSpec;
import io.alertify.remediation.catalogue.Script;
import io.alertify.remediation.catalogue.ScriptDefinition;
import io.alertify.remediation.catalogue.ScriptSchema;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.github.resilience4j.retry.Retry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code restart_pod}: deletes a pod, or every pod labelled {@code app=<service>}, with the default grace
 * period, so that its controller (Deployment, StatefulSet, ...) starts fresh ones. A bare pod without a
 * controller is not recreated; that is what deleting it means in Kubernetes.
 *
 * <p>Given both, the pod wins and the service is a safety check: bot-core sends the incident's service
 * with the pod its labels name, and a pod labelled for another app is left alone (stale or wrong labels
 * must not restart someone else's service). A pod without an {@code app} label passes the check.
 *
 * <p>The last log line sums the run up, because chat shows only that one.
 */
public final class RestartPodScript implements Script {

    public static final String NAME = "restart_pod";
    static final String SERVICE_LABEL = "app";

    private final Supplier<KubernetesClient> client;
    private final Retry retry;
    private final ScriptDefinition definition;

    /** @param client supplied on first run, so the application starts without a cluster in reach */
    public RestartPodScript(Supplier<KubernetesClient> client, String defaultNamespace,
                            List<String> allowedNamespaces, Retry retry) {
        this.client = client;
        this.retry = retry;
        this.definition = definition(defaultNamespace, allowedNamespaces);
    }

    static ScriptDefinition definition(String defaultNamespace, List<String> allowedNamespaces) {
        return new ScriptDefinition(NAME,
                "Deletes a pod, or every pod of a service (label app=<service>), so that its controller starts a new one",
                new ScriptSchema(List.of(
                        ParameterSpec.optional("namespace", STRING, "namespace of the pods; the configured one when absent")
                                .matching(KubernetesNames.oneOf(allowedNamespaces), "one of the namespaces "
                                        + "scripts may act in: " + String.join(", ", allowedNamespaces)
                                        + " (alertify.remediation.kubernetes.allowed-namespaces)",
                                        KubernetesNames.DNS_LABEL_MAX_LENGTH)
                                .withDefault(defaultNamespace),
                        ParameterSpec.optional("pod", STRING, "name of the pod to delete; wins over service")
                                .matching(KubernetesNames.DNS_SUBDOMAIN, KubernetesNames.DNS_SUBDOMAIN_HINT,
                                        KubernetesNames.DNS_SUBDOMAIN_MAX_LENGTH),
                        ParameterSpec.optional("service", STRING,
                                "deletes every pod labelled app=<service>; with pod, only checks the pod's app label")
                                .matching(KubernetesNames.LABEL_VALUE, KubernetesNames.LABEL_VALUE_HINT,
                                        KubernetesNames.LABEL_VALUE_MAX_LENGTH)),
                        List.of(List.of("pod", "service"))),
                false);
    }

    @Override
    public ScriptDefinition definition() {
        return definition;
    }

    @Override
    public ScriptResult execute(Map<String, String> parameters) {
        String namespace = parameters.get("namespace");
        List<String> logs = new ArrayList<>();
        try {
            boolean done = parameters.containsKey("pod")
                    ? restartPod(namespace, parameters.get("pod"), parameters.get("service"), logs)
                    : restartService(namespace, parameters.get("service"), logs);
            return new ScriptResult(done ? RunStatus.SUCCEEDED : RunStatus.FAILED, logs);
        } catch (KubernetesClientException e) {
            logs.add(KubernetesFailures.describe(e));
            return new ScriptResult(RunStatus.FAILED, logs);
        }
    }

    private boolean restartPod(String namespace, String name, String service, List<String> logs) {
        Pod pod = call(() -> client.get().pods().inNamespace(namespace).withName(name).get());
        if (pod == null) {
            logs.add("no pod " + name + " in namespace " + namespace);
            return false;
        }
        String app = pod.getMetadata().getLabels() == null ? null : pod.getMetadata().getLabels().get(SERVICE_LABEL);
        if (service != null && app != null && !app.equals(service)) {
            logs.add("pod " + namespace + "/" + name + " is labelled " + SERVICE_LABEL + "=" + app + ", not "
                    + SERVICE_LABEL + "=" + service + "; not deleted");
            return false;
        }
        delete(namespace, name, logs);
        logs.add("done: pod " + namespace + "/" + name + " deleted, its controller starts a new one");
        return true;
    }

    private boolean restartService(String namespace, String service, List<String> logs) {
        List<Pod> pods = call(() -> client.get().pods().inNamespace(namespace)
                .withLabel(SERVICE_LABEL, service).list().getItems());
        if (pods.isEmpty()) {
            logs.add("no pod matches " + SERVICE_LABEL + "=" + service + " in namespace " + namespace);
            return false;
        }
        pods.stream().map(pod -> pod.getMetadata().getName()).sorted(Comparator.naturalOrder())
                .forEach(name -> delete(namespace, name, logs));
        logs.add("done: " + pods.size() + (pods.size() == 1 ? " pod" : " pods") + " of " + SERVICE_LABEL + "=" + service
                + " deleted in namespace " + namespace + ", their controllers start new ones");
        return true;
    }

    private void delete(String namespace, String name, List<String> logs) {
        logs.add("deleting pod " + namespace + "/" + name);
        // An empty answer means the pod was gone by then (a retried delete, or its controller was faster): the goal holds.
        boolean deleted = !call(() -> client.get().pods().inNamespace(namespace).withName(name).delete()).isEmpty();
        logs.add(deleted ? "deleted" : "already gone");
    }

    private <T> T call(Supplier<T> apiCall) {
        return retry.executeSupplier(apiCall);
    }
}
