package io.alertify.email;

import jakarta.mail.internet.InternetAddress;
import java.util.UUID;

/**
 * Message-IDs that Alertify sets itself, so that it knows them before the server does and can thread
 * the resolve mail under the incident mail ({@code In-Reply-To}, {@code References}). The right-hand
 * side is the sender's domain, as RFC 5322 suggests; the random part keeps each id unique.
 */
final class MessageIds {

    private final String domain;

    MessageIds(InternetAddress from) {
        var address = from.getAddress();
        int at = address.lastIndexOf('@');
        this.domain = at >= 0 && at < address.length() - 1 ? address.substring(at + 1) : "alertify";
    }

    /** {@code <incident-42.8c1e...@example.com>} */
    String forIncident(long incidentId) {
        return "<incident-" + incidentId + "." + UUID.randomUUID() + "@" + domain + ">";
    }

    /** {@code <note.8c1e...@example.com>} for plain messages. */
    String forNote() {
        return "<note." + UUID.randomUUID() + "@" + domain + ">";
    }

    /**
     * A stored id as a header value: white space (which would break the header) removed, angle
     * brackets added when missing.
     */
    static String asHeader(String messageId) {
        var id = messageId.replaceAll("\\s", "");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("message id is empty");
        }
        return id.startsWith("<") && id.endsWith(">") ? id : "<" + id + ">";
    }
}
