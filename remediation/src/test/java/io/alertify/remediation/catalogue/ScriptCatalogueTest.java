package io.alertify.remediation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alertify.remediation.api.RunStatus;
import io.alertify.remediation.api.ScriptResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptCatalogueTest {

    @Test
    void findsScriptsByNameAndListsNamesSorted() {
        ScriptCatalogue catalogue = new ScriptCatalogue(List.of(script("scale_deployment"), script("restart_pod")));

        assertThat(catalogue.find("restart_pod")).map(s -> s.definition().name()).contains("restart_pod");
        assertThat(catalogue.find("rm")).isEmpty();
        assertThat(catalogue.find(null)).isEmpty();
        assertThat(catalogue.names()).containsExactly("restart_pod", "scale_deployment");
    }

    @Test
    void refusesTwoScriptsWithOneName() {
        assertThatThrownBy(() -> new ScriptCatalogue(List.of(script("restart_pod"), script("restart_pod"))))
                .hasMessageContaining("two scripts named restart_pod");
    }

    @Test
    void scriptNamesAreSnakeCase() {
        assertThatThrownBy(() -> script("restart pod; rm -rf /")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Script script(String name) {
        ScriptDefinition definition = new ScriptDefinition(name, "test script", new ScriptSchema(List.of(), List.of()), false);
        return new Script() {
            @Override
            public ScriptDefinition definition() {
                return definition;
            }

            @Override
            public ScriptResult execute(Map<String, String> parameters) {
                return new ScriptResult(RunStatus.SUCCEEDED, List.of());
            }
        };
    }
}
