package io.alertify.bot.delivery;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.web.InvalidFieldException;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /notify}: a person's message to an incident's chats on one channel. */
@RestController
class NotifyController {

    private static final int MAX_MESSAGE = 3000;

    private final DirectMessages messages;

    NotifyController(DirectMessages messages) {
        this.messages = messages;
    }

    record NotifyRequest(@JsonProperty("incident_id") Long incidentId, String channel, String message) {
    }

    record NotifyResponse(String status, List<String> destinations) {
    }

    @PostMapping("/notify")
    @ResponseStatus(HttpStatus.ACCEPTED)
    NotifyResponse notify(@RequestBody NotifyRequest request, Principal caller) {
        if (request.incidentId() == null) {
            throw new InvalidFieldException("incident_id", "is required");
        }
        var channel = channel(request.channel());
        if (request.message() == null || request.message().isBlank()) {
            throw new InvalidFieldException("message", "is required");
        }
        if (request.message().length() > MAX_MESSAGE) {
            throw new InvalidFieldException("message", "is longer than " + MAX_MESSAGE + " characters");
        }
        var sent = messages.send(request.incidentId(), channel, request.message().trim(),
                caller == null ? "api" : caller.getName());
        return new NotifyResponse("sent", sent.stream().map(Destination::toString).toList());
    }

    private static Channel channel(String value) {
        return InvalidFieldException.parse("channel", value, Channel::parse);
    }
}
