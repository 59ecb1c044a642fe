package io.alertify.remediation.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The parameters a script declares, and groups of which at least one must be given (restart_pod needs
 * a pod or a service; which one wins when both come is the script's business).
 */
public record ScriptSchema(List<ParameterSpec> parameters, List<List<String>> atLeastOneOf) {

    public ScriptSchema {
        parameters = List.copyOf(parameters);
        atLeastOneOf = atLeastOneOf.stream().map(List::copyOf).toList();
        Set<String> declared = parameters.stream().map(ParameterSpec::name).collect(Collectors.toSet());
        if (declared.size() != parameters.size()) {
            throw new IllegalArgumentException("parameter names must be unique: " + parameters);
        }
        atLeastOneOf.stream().flatMap(List::stream).filter(name -> !declared.contains(name)).findAny()
                .ifPresent(name -> {
                    throw new IllegalArgumentException("atLeastOneOf names an undeclared parameter: " + name);
                });
    }

    /**
     * Checks {@code given} against the schema. An empty value counts as absent, because chat forms send
     * empty strings for fields left blank; an unknown name is refused even with an empty value.
     * Violations come in a stable order: unknown names, then each declared parameter in declaration
     * order, then the at-least-one-of groups.
     */
    public SchemaCheck check(Map<String, String> given) {
        List<ParameterViolation> violations = new ArrayList<>();
        Map<String, String> present = new TreeMap<>();
        given.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                present.put(name, value);
            }
        });
        for (String name : new TreeMap<>(given).keySet()) {
            if (parameters.stream().noneMatch(spec -> spec.name().equals(name))) {
                violations.add(new ParameterViolation(name, "unknown parameter; known: " + names()));
            }
        }
        Map<String, String> accepted = new LinkedHashMap<>();
        for (ParameterSpec spec : parameters) {
            String value = present.getOrDefault(spec.name(), spec.defaultValue());
            if (value == null) {
                if (spec.required()) {
                    violations.add(new ParameterViolation(spec.name(), "is required"));
                }
                continue;
            }
            spec.problemWith(value).ifPresentOrElse(
                    problem -> violations.add(new ParameterViolation(spec.name(), problem)),
                    () -> accepted.put(spec.name(), value));
        }
        for (List<String> group : atLeastOneOf) {
            if (group.stream().noneMatch(present::containsKey)) {
                String message = "give at least one of " + String.join(", ", group);
                group.forEach(name -> violations.add(new ParameterViolation(name, message)));
            }
        }
        return violations.isEmpty() ? new SchemaCheck(accepted, List.of()) : new SchemaCheck(Map.of(), violations);
    }

    private String names() {
        return parameters.stream().map(ParameterSpec::name).collect(Collectors.joining(", "));
    }
}
