package io.alertify.remediation.catalogue;

import java.util.regex.Pattern;

/** The type of a script parameter. Parameters travel as strings (chat forms, JSON); the type says which strings are allowed. */
public enum ParameterType {
    STRING("a string", null),
    INTEGER("an integer", Pattern.compile("-?[0-9]{1,18}")),
    BOOLEAN("true or false", Pattern.compile("true|false"));

    private final String description;
    private final Pattern form;

    ParameterType(String description, Pattern form) {
        this.description = description;
        this.form = form;
    }

    public boolean accepts(String value) {
        return form == null || form.matcher(value).matches();
    }

    public String description() {
        return description;
    }
}
