package io.alertify.remediation.http;

/** One entry of a problem's {@code errors}: the request field at fault and what is wrong with it. */
public record FieldProblem(String field, String message) {

    String describe() {
        return field + ": " + message;
    }
}
