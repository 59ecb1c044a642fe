package io.alertify.remediation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScriptSchemaTest {

    private final ScriptSchema scale = new ScriptSchema(List.of(
            ParameterSpec.required("deployment", ParameterType.STRING, "deployment to scale")
                    .matching(Pattern.compile("[a-z]+"), "lowercase letters", 10),
            ParameterSpec.required("replicas", ParameterType.INTEGER, "wanted replicas"),
            ParameterSpec.optional("dry_run", ParameterType.BOOLEAN, "only print").withDefault("false")),
            List.of());

    @Test
    void acceptsValuesOfTheDeclaredTypesAndFillsInDefaults() {
        SchemaCheck check = scale.check(Map.of("deployment", "checkout", "replicas", "3"));

        assertThat(check.valid()).isTrue();
        assertThat(check.parameters()).containsExactlyInAnyOrderEntriesOf(
                Map.of("deployment", "checkout", "replicas", "3", "dry_run", "false"));
    }

    @Test
    void namesEveryBadParameterWithoutEchoingItsValue() {
        SchemaCheck check = scale.check(Map.of("deployment", "Checkout!", "replicas", "three", "dry_run", "maybe"));

        assertThat(check.valid()).isFalse();
        assertThat(check.parameters()).isEmpty();
        assertThat(check.violations()).extracting(ParameterViolation::describe).containsExactly(
                "deployment: must be lowercase letters",
                "replicas: must be an integer",
                "dry_run: must be true or false");
    }

    @Test
    void refusesUnknownParametersEvenWhenEmpty() {
        SchemaCheck check = scale.check(Map.of("deployment", "checkout", "replicas", "3", "command", ""));

        assertThat(check.violations()).containsExactly(
                new ParameterViolation("command", "unknown parameter; known: deployment, replicas, dry_run"));
    }

    @Test
    void reportsMissingRequiredParametersAndTreatsEmptyValuesAsMissing() {
        SchemaCheck check = scale.check(Map.of("deployment", ""));

        assertThat(check.violations()).containsExactly(
                new ParameterViolation("deployment", "is required"),
                new ParameterViolation("replicas", "is required"));
    }

    @Test
    void checksTheLengthBeforeThePattern() {
        SchemaCheck check = scale.check(Map.of("deployment", "A".repeat(11), "replicas", "1"));

        assertThat(check.violations()).containsExactly(
                new ParameterViolation("deployment", "must be at most 10 characters"));
    }

    @Test
    void atLeastOneOfAGroupMustBeGiven() {
        ScriptSchema schema = new ScriptSchema(List.of(
                ParameterSpec.optional("pod", ParameterType.STRING, "a pod"),
                ParameterSpec.optional("service", ParameterType.STRING, "a service")),
                List.of(List.of("pod", "service")));

        assertThat(schema.check(Map.of("pod", "a")).valid()).isTrue();
        assertThat(schema.check(Map.of("pod", "a", "service", "b")).valid()).isTrue();
        assertThat(schema.check(Map.of("service", "")).violations()).extracting(ParameterViolation::describe)
                .containsExactly("pod: give at least one of pod, service", "service: give at least one of pod, service");
    }

    @Test
    void refusesSchemasThatCannotBeChecked() {
        ParameterSpec pod = ParameterSpec.optional("pod", ParameterType.STRING, "a pod");

        assertThatThrownBy(() -> new ScriptSchema(List.of(pod, pod), List.of()))
                .hasMessageContaining("unique");
        assertThatThrownBy(() -> new ScriptSchema(List.of(pod), List.of(List.of("pod", "service"))))
                .hasMessageContaining("service");
        assertThatThrownBy(() -> pod.matching(Pattern.compile("x"), null, 5))
                .hasMessageContaining("hint");
    }
}
