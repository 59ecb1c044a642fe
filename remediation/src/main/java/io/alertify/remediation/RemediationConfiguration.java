package io.alertify.remediation;

import io.alertify.remediation.api.IncidentGate;
import io.alertify.remediation.api.ScriptRunListener;
import io.alertify.remediation.catalogue.Script;
import io.alertify.remediation.catalogue.ScriptCatalogue;
import io.alertify.remediation.http.RunScriptController;
import io.alertify.remediation.http.RunScriptProblemHandler;
import io.alertify.remediation.kubernetes.KubernetesClients;
import io.alertify.remediation.kubernetes.KubernetesProperties;
import io.alertify.remediation.kubernetes.KubernetesRetry;
import io.alertify.remediation.kubernetes.RestartPodScript;
import io.alertify.remediation.run.CatalogueScriptRunner;
import io.alertify.remediation.run.RunLog;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Remediation, as deploy imports it: the script catalogue ({@code restart_pod}), the {@code ScriptRunner},
 * the run log and {@code POST /run-script}. Deploy adds {@link ScriptRunListener} beans to hear about
 * runs requested over HTTP, {@link Script} beans to extend the catalogue, and the {@link IncidentGate}
 * that says which incidents exist and are active.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KubernetesProperties.class)
public class RemediationConfiguration {

    static final String KUBERNETES_CLIENT = "remediationKubernetesClient";
    static final int RUN_LOG_CAPACITY = 500;

    /**
     * Lazy, so that the application starts on a laptop with no cluster and no kubeconfig: the client is
     * built on the first run of a Kubernetes script, and closed on shutdown if it was ever built.
     */
    @Bean(name = KUBERNETES_CLIENT, destroyMethod = "close")
    @Lazy
    KubernetesClient remediationKubernetesClient(KubernetesProperties properties) {
        return KubernetesClients.create(properties);
    }

    @Bean
    RestartPodScript restartPodScript(@Qualifier(KUBERNETES_CLIENT) ObjectProvider<KubernetesClient> client,
                                      KubernetesProperties properties) {
        return new RestartPodScript(client::getObject, properties.namespace(), properties.allowedNamespaces(),
                KubernetesRetry.standard());
    }

    @Bean
    ScriptCatalogue scriptCatalogue(ObjectProvider<Script> scripts) {
        return new ScriptCatalogue(scripts.orderedStream().toList());
    }

    @Bean
    RunLog remediationRunLog() {
        return new RunLog(RUN_LOG_CAPACITY);
    }

    @Bean
    CatalogueScriptRunner scriptRunner(ScriptCatalogue catalogue, RunLog remediationRunLog, IncidentGate incidents) {
        return new CatalogueScriptRunner(catalogue, remediationRunLog, Clock.systemUTC(), incidents);
    }

    @Bean
    RunScriptController runScriptController(CatalogueScriptRunner scriptRunner, ObjectProvider<ScriptRunListener> listeners) {
        return new RunScriptController(scriptRunner, listeners.orderedStream().toList());
    }

    @Bean
    RunScriptProblemHandler runScriptProblemHandler() {
        return new RunScriptProblemHandler();
    }
}
