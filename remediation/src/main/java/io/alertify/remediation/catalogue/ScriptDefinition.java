package io.alertify.remediation.catalogue;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the catalogue says about a script.
 *
 * @param dangerous a dangerous script needs an approval before it runs; the runner refuses to run one
 *                  until approvals exist (see {@code CatalogueScriptRunner})
 */
public record ScriptDefinition(String name, String description, ScriptSchema schema, boolean dangerous) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public ScriptDefinition {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(schema, "schema");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("script names are snake_case: " + name);
        }
    }
}
