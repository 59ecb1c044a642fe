package io.alertify.bot.delivery;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.web.NotFoundException;
import io.alertify.bot.web.InvalidFieldException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /destinations}: every chat and mailbox Alertify sends to, healthy or broken and why, with
 * what waits for it. {@code POST /destinations/{channel}/{address}/retry} (admin): the chat is fixed
 * (the bot was invited back, unblocked), so send what waited.
 */
@RestController
class DestinationController {

    private final DestinationStore destinations;
    private final ObjectProvider<DeliveryWorker> worker;
    private final Clock clock;

    DestinationController(DestinationStore destinations, ObjectProvider<DeliveryWorker> worker, Clock clock) {
        this.destinations = destinations;
        this.worker = worker;
        this.clock = clock;
    }

    record DestinationJson(String channel, String address, String state, String reason,
            @JsonProperty("changed_at") Instant changedAt, @JsonProperty("blocked_until") Instant blockedUntil,
            @JsonProperty("moved_to") String movedTo, long queued, @JsonProperty("oldest_queued") Instant oldestQueued,
            String notifier) {

        static DestinationJson of(DestinationStatus status) {
            return new DestinationJson(status.destination().channel().wireName(), status.destination().address(),
                    status.state(), status.reason(), status.changedAt(), status.blockedUntil(), status.movedTo(),
                    status.queued(), status.oldestQueued(), status.owner());
        }
    }

    @GetMapping("/destinations")
    List<DestinationJson> list() {
        return destinations.all().stream().map(DestinationJson::of).toList();
    }

    @PostMapping("/destinations/{channel}/{address}/retry")
    DestinationJson retry(@PathVariable String channel, @PathVariable String address) {
        var destination = new Destination(InvalidFieldException.parse("channel", channel, Channel::parse), address);
        if (!destinations.markHealthy(destination, clock.instant())) {
            throw new NotFoundException("destination", "Alertify has never sent to " + destination
                    + "; GET /destinations lists those it knows");
        }
        worker.ifAvailable(DeliveryWorker::refresh);
        return destinations.find(destination).map(DestinationJson::of).orElseThrow();
    }
}
