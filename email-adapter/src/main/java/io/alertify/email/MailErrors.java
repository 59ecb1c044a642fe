package io.alertify.email;

import io.alertify.bot.api.DeliveryException;
import jakarta.mail.SendFailedException;
import java.net.SocketTimeoutException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * What a failed mail means for a delivery: a refused recipient (SMTP 5xx for the address) breaks the
 * mailbox, a bad login breaks it until an admin fixes the password, a mail that cannot be built is
 * refused, a timeout may have been sent, and anything else (the server down, 4xx) is worth another try.
 */
final class MailErrors {

    private MailErrors() {
    }

    static DeliveryException classify(MailException e) {
        var what = e.getMessage();
        if (e instanceof MailAuthenticationException) {
            return DeliveryException.destinationBroken("SMTP login refused: " + what);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.mail.internet.AddressException bad) {
                return DeliveryException.destinationBroken("not a mail address: " + bad.getMessage());
            }
        }
        if (e instanceof MailParseException || e instanceof MailPreparationException) {
            return DeliveryException.messageRefused(what);
        }
        if (e instanceof MailSendException send) {
            for (var cause : send.getMessageExceptions()) {
                for (Throwable t = cause; t != null; t = t.getCause()) {
                    if (t instanceof SMTPAddressFailedException refused && refused.getReturnCode() >= 500) {
                        return DeliveryException.destinationBroken("the mail server refused the address: "
                                + refused.getMessage().trim());
                    }
                    if (t instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                            && failed.getInvalidAddresses().length > 0 && !(t.getCause() instanceof SMTPAddressFailedException)) {
                        return DeliveryException.destinationBroken("invalid address: " + failed.getMessage());
                    }
                    if (t instanceof SocketTimeoutException) {
                        return DeliveryException.inDoubt(what, e);
                    }
                }
            }
        }
        return DeliveryException.retryable(what, e);
    }
}
