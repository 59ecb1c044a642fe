package io.alertify.bot.silence;

import io.alertify.bot.web.InvalidFieldException;
import io.alertify.bot.web.NotFoundException;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * {@code /silences}: everybody may look; engineers silence (a maintenance window is a silence that starts
 * later) and end silences early.
 */
@RestController
@RequestMapping("/silences")
public class SilenceController {

    private final Silences silences;
    private final Clock clock;

    SilenceController(Silences silences, Clock clock) {
        this.silences = silences;
        this.clock = clock;
    }

    /**
     * @param matchers {@code ["service=checkout", "alertname=~Disk.*"]}
     * @param startsAt absent: now
     * @param endsAt   or {@code duration} ({@code PT2H})
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SilenceRequest(List<String> matchers, Instant startsAt, Instant endsAt, String duration,
                                 String comment) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SilenceJson(long id, List<String> matchers, Instant startsAt, Instant endsAt, String createdBy,
                              String comment, boolean active) {
    }

    @GetMapping
    public List<SilenceJson> current() {
        return silences.current().stream().map(this::json).toList();
    }

    @PostMapping
    public ResponseEntity<SilenceJson> create(@RequestBody SilenceRequest body, Principal principal) {
        if (body.matchers() == null || body.matchers().isEmpty()) {
            throw new InvalidFieldException("matchers", "at least one, e.g. [\"service=checkout\"], or it would mute everything");
        }
        List<Matcher> matchers;
        try {
            matchers = body.matchers().stream().map(Matcher::parse).toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("matchers", e.getMessage());
        }
        var from = body.startsAt() != null ? body.startsAt() : clock.instant();
        Instant until;
        if (body.endsAt() != null) {
            until = body.endsAt();
        } else if (body.duration() != null) {
            try {
                until = from.plus(Duration.parse(body.duration()));
            } catch (DateTimeParseException e) {
                throw new InvalidFieldException("duration", "must be an ISO-8601 duration such as PT2H");
            }
        } else {
            throw new InvalidFieldException("ends_at", "ends_at or duration is required: a silence that never ends is forgotten");
        }
        if (!until.isAfter(from) || !until.isAfter(clock.instant())) {
            throw new InvalidFieldException("ends_at", "must be after starts_at and in the future");
        }
        var actor = principal == null ? "api" : "api:" + principal.getName();
        var silence = silences.create(matchers, from, until, actor, body.comment());
        return ResponseEntity.status(HttpStatus.CREATED).body(json(silence));
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> end(@PathVariable long id) {
        if (silences.find(id).isEmpty()) {
            throw new NotFoundException("id", "there is no silence " + id);
        }
        silences.end(id);
        return ResponseEntity.noContent().build();
    }

    private SilenceJson json(Silence s) {
        return new SilenceJson(s.id(), s.matchers().stream().map(Matcher::toString).toList(), s.startsAt(), s.endsAt(),
                s.createdBy(), s.comment(), s.activeAt(clock.instant()));
    }
}
