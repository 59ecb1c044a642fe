package io.alertify.deploy.web;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.multipart.MultipartException;

/**
 * Failures that the sender caused although they surface as exceptions deep in the container or a
 * filter: a form body that is not valid in its charset (Tomcat's parameters, Spring's form filter for
 * PUT and PATCH), a parameter name the firewall refuses, a multipart body. They are answered 400.
 */
final class ClientFaults {

    private ClientFaults() {
    }

    /** What to tell the sender, or null when the failure is not theirs. */
    static String describe(Object error) {
        return Causes.first(error, RequestRejectedException.class, InvalidParameterException.class,
                MultipartException.class, HttpMessageNotReadableException.class)
                .map(cause -> switch (cause) {
                    case RequestRejectedException e ->
                            "The request was refused: its URL, headers or parameter names hold characters that are not allowed.";
                    case InvalidParameterException e -> "The form body could not be decoded; send it as UTF-8, URL-encoded.";
                    case MultipartException e -> "Multipart bodies are not accepted; send JSON (Content-Type: application/json).";
                    default -> "The body could not be read as its Content-Type says.";
                }).orElse(null);
    }
}
