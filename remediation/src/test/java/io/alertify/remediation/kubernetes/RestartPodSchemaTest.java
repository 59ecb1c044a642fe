package io.alertify.remediation.kubernetes;

import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.remediation.catalogue.ParameterViolation;
import io.alertify.remediation.catalogue.SchemaCheck;
import io.alertify.remediation.catalogue.ScriptSchema;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What restart_pod accepts, checked before anything reaches Kubernetes. */
class RestartPodSchemaTest {

    private final ScriptSchema schema = RestartPodScript.definition("default", List.of("default", "shop", "payments")).schema();

    @Test
    void acceptsAPodInANamespace() {
        SchemaCheck check = schema.check(Map.of("namespace", "shop", "pod", "checkout-7d9f"));

        assertThat(check.parameters()).isEqualTo(Map.of("namespace", "shop", "pod", "checkout-7d9f"));
    }

    @Test
    void usesTheConfiguredNamespaceWhenNoneIsGiven() {
        SchemaCheck check = RestartPodScript.definition("payments", List.of("payments")).schema().check(Map.of("service", "checkout"));

        assertThat(check.parameters()).isEqualTo(Map.of("namespace", "payments", "service", "checkout"));
    }

    @Test
    void acceptsPodNamesWithDots() {
        assertThat(schema.check(Map.of("pod", "web-0.cache")).valid()).isTrue();
    }

    @Test
    void refusesAShellFragmentInThePodName() {
        SchemaCheck check = schema.check(Map.of("namespace", "shop", "pod", "checkout-7d9f;rm -rf /"));

        assertThat(check.violations()).extracting(ParameterViolation::parameter).containsExactly("pod");
        assertThat(check.violations().getFirst().message()).startsWith("must be a DNS-1123 subdomain");
    }

    @Test
    void refusesALabelSelectorSmuggledInAsAService() {
        SchemaCheck check = schema.check(Map.of("service", "checkout,env!=prod"));

        assertThat(check.violations()).extracting(ParameterViolation::parameter).containsExactly("service");
    }

    @Test
    void refusesANamespaceThatIsNotADnsLabel() {
        assertThat(schema.check(Map.of("namespace", "../kube-system", "pod", "a")).violations())
                .extracting(ParameterViolation::parameter).containsExactly("namespace");
        assertThat(schema.check(Map.of("namespace", "a".repeat(64), "pod", "a")).violations())
                .containsExactly(new ParameterViolation("namespace", "must be at most 63 characters"));
    }

    @Test
    void refusesUnknownParameters() {
        SchemaCheck check = schema.check(Map.of("pod", "checkout-7d9f", "grace_period", "0"));

        assertThat(check.violations()).containsExactly(
                new ParameterViolation("grace_period", "unknown parameter; known: namespace, pod, service"));
    }

    @Test
    void needsAPodOrAService() {
        assertThat(schema.check(Map.of("namespace", "shop")).violations()).extracting(ParameterViolation::describe)
                .containsExactly("pod: give at least one of pod, service", "service: give at least one of pod, service");
    }

    @Test
    void acceptsAPodWithItsService() {
        assertThat(schema.check(Map.of("pod", "checkout-7d9f", "service", "checkout")).valid()).isTrue();
    }

    @Test
    void onlyTheAllowedNamespacesAreAccepted() {
        assertThat(schema.check(Map.of("namespace", "kube-system", "pod", "coredns-1")).violations())
                .containsExactly(new ParameterViolation("namespace", "must be one of the namespaces scripts may act "
                        + "in: default, shop, payments (alertify.remediation.kubernetes.allowed-namespaces)"));
    }
}
