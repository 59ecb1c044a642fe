package io.alertify.remediation.run;

/**
 * Why a request was refused before anything ran, naming the request field at fault the way the HTTP
 * body spells it: {@code script_name}, {@code parameters.pod}. Also one entry of a problem's
 * {@code errors}.
 */
public record Rejection(String field, String message) {

    /** {@code field: message}, as the problem's detail line lists it. */
    public String describe() {
        return field + ": " + message;
    }
}
