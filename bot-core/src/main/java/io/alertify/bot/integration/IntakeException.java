package io.alertify.bot.integration;

import io.alertify.bot.web.InvalidFieldException;

/** A sender's payload that cannot be read: answered 400, naming the field (and alert) at fault. */
final class IntakeException extends InvalidFieldException {

    IntakeException(String field, String message) {
        super(field, message);
    }
}
