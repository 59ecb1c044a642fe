package io.alertify.remediation.catalogue;

import java.util.List;
import java.util.Map;

/**
 * The result of checking parameters against a schema: either no violations and the parameters to run
 * with (defaults filled in, empty values dropped), or the violations.
 */
public record SchemaCheck(Map<String, String> parameters, List<ParameterViolation> violations) {

    public SchemaCheck {
        parameters = Map.copyOf(parameters);
        violations = List.copyOf(violations);
    }

    public boolean valid() {
        return violations.isEmpty();
    }
}
