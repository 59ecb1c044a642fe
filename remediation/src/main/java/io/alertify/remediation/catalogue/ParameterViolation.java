package io.alertify.remediation.catalogue;

/** A parameter that breaks its script's schema, and how. */
public record ParameterViolation(String parameter, String message) {

    /** The line shown to people: {@code pod: must be a DNS-1123 subdomain ...}. */
    public String describe() {
        return parameter + ": " + message;
    }
}
