package io.alertify.telegram.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alertify.telegram.updates.TelegramUpdates;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Webhook mode: Telegram posts each update to {@value #PATH}. Deploy's security leaves the path open;
 * the secret header is the authentication, checked before anything in the body is looked at.
 *
 * <p>The body is read with the library's own Jackson 2 types (Boot's message converters are Jackson 3,
 * which does not understand the library's builders). The update is handled before answering: handling
 * never throws and takes one or two Bot API calls, and a 200 tells Telegram the update is done.
 */
@RestController
public class TelegramWebhookController {

    public static final String PATH = "/telegram/webhook";

    private final WebhookSecret secret;
    private final TelegramUpdates updates;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public TelegramWebhookController(WebhookSecret secret, TelegramUpdates updates) {
        this.secret = secret;
        this.updates = updates;
    }

    @PostMapping(PATH)
    public ResponseEntity<Void> receive(
            @RequestHeader(name = WebhookSecret.HEADER, required = false) String presentedSecret,
            @RequestBody(required = false) byte[] body) {
        if (!secret.matches(presentedSecret)) {
            throw new WebhookRejectedException();
        }
        updates.handle(parse(body));
        return ResponseEntity.ok().build();
    }

    private Update parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidUpdateException("the request body is empty; expected a Telegram Update object");
        }
        try {
            var update = json.readValue(body, Update.class);
            if (update == null) {
                throw new InvalidUpdateException("the body is JSON null; expected a Telegram Update object");
            }
            if (update.getUpdateId() == null) {
                throw new InvalidUpdateException("update_id: is missing");
            }
            return update;
        } catch (JsonProcessingException e) {
            throw new InvalidUpdateException("the body is not a Telegram Update object: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidUpdateException("the body could not be read: " + e.getMessage());
        }
    }

    /** The secret header is missing or wrong. */
    static final class WebhookRejectedException extends RuntimeException {
        WebhookRejectedException() {
            super(WebhookSecret.HEADER + " is missing or does not match the configured webhook secret");
        }
    }

    /** The body cannot be read as an update. */
    static final class InvalidUpdateException extends RuntimeException {
        InvalidUpdateException(String message) {
            super(message);
        }
    }
}
