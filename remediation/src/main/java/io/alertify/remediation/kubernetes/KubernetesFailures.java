package io.alertify.remediation.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.util.concurrent.TimeoutException;

/** What a fabric8 failure means: worth retrying or not, and how to say it to a person. */
final class KubernetesFailures {

    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVER_ERROR = 500;

    private KubernetesFailures() {
    }

    /** 5xx, 429, and failures to reach or hear from the API server. 4xx answers are final. */
    static boolean isTransient(Throwable failure) {
        if (failure instanceof KubernetesClientException api && api.getCode() > 0) {
            return api.getCode() == TOO_MANY_REQUESTS || api.getCode() >= SERVER_ERROR;
        }
        return cause(failure, IOException.class) != null || cause(failure, TimeoutException.class) != null;
    }

    /** The API's own message (no stack trace, no request dump), e.g. {@code kubernetes API answered 403: pods "x" is forbidden}. */
    static String describe(Throwable failure) {
        if (failure instanceof KubernetesClientException api && api.getCode() > 0) {
            String message = api.getStatus() != null ? api.getStatus().getMessage() : null;
            return "kubernetes API answered " + api.getCode() + (message == null || message.isBlank() ? "" : ": " + message);
        }
        Throwable unreachable = cause(failure, IOException.class);
        if (unreachable == null) {
            unreachable = cause(failure, TimeoutException.class);
        }
        if (unreachable != null) {
            return "cannot reach the kubernetes API: " + messageOf(unreachable);
        }
        return "kubernetes client failed: " + messageOf(failure);
    }

    private static Throwable cause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private static String messageOf(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
