package io.alertify.remediation.run;

/**
 * Why a request was refused before anything ran, naming the request field at fault the way the HTTP
 * body spells it: {@code script_name}, {@code parameters.pod}.
 */
public record Rejection(String field, String message) {
}
