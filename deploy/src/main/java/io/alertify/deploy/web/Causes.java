package io.alertify.deploy.web;

import java.util.Optional;

/** Looks through an exception's causes: a database outage or a client's mistake often arrives wrapped. */
final class Causes {

    private Causes() {
    }

    /** The first in {@code error}'s cause chain that is one of {@code types}. */
    static Optional<Throwable> first(Object error, Class<?>... types) {
        for (var cause = error instanceof Throwable t ? t : null; cause != null; cause = cause.getCause()) {
            for (var type : types) {
                if (type.isInstance(cause)) {
                    return Optional.of(cause);
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
