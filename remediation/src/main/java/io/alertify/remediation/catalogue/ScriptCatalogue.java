package io.alertify.remediation.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The scripts remediation can run, by name. */
public final class ScriptCatalogue {

    private final Map<String, Script> scripts;

    public ScriptCatalogue(List<Script> scripts) {
        this.scripts = scripts.stream().collect(Collectors.toUnmodifiableMap(
                script -> script.definition().name(), Function.identity(), (first, second) -> {
                    throw new IllegalArgumentException("two scripts named " + first.definition().name());
                }));
    }

    public Optional<Script> find(String name) {
        return Optional.ofNullable(name).map(scripts::get);
    }

    /** Script names, sorted, for messages such as "unknown script 'x'; known: restart_pod". */
    public List<String> names() {
        return scripts.keySet().stream().sorted().toList();
    }
}
