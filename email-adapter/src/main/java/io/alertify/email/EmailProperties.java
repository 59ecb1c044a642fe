package io.alertify.email;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code alertify.email.*}. The SMTP server and its credentials are Boot's own {@code spring.mail.*}
 * keys; nothing here is secret.
 *
 * @param enabled       turns incident mail on; nothing email-related starts otherwise
 * @param from          the sender, e.g. {@code alertify@example.com} or {@code Alertify <alertify@example.com>};
 *                      required when enabled
 * @param subjectPrefix put before every subject so that inbox rules can sort incident mail; may be empty
 */
@ConfigurationProperties("alertify.email")
public record EmailProperties(
        boolean enabled,
        String from,
        @DefaultValue("[Alertify]") String subjectPrefix) {

    public EmailProperties {
        if (enabled && (from == null || from.isBlank())) {
            throw new IllegalArgumentException("alertify.email.from is missing: email is enabled "
                    + "(alertify.email.enabled=true) but no sender address is set; set alertify.email.from "
                    + "(ALERTIFY_EMAIL_FROM), e.g. alertify@example.com, or disable email");
        }
        if (from != null && !from.isBlank()) {
            parse(from);
        }
        subjectPrefix = subjectPrefix == null ? "" : subjectPrefix.strip();
    }

    /** The parsed sender address. */
    public InternetAddress fromAddress() {
        return parse(from);
    }

    private static InternetAddress parse(String from) {
        try {
            var address = new InternetAddress(from.strip(), true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw new IllegalArgumentException("alertify.email.from is not a valid email address: '" + from
                    + "' (" + e.getMessage() + ")", e);
        }
    }
}
