package io.alertify.bot.routing;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Severity;
import io.alertify.bot.api.Subscription;
import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.web.InvalidFieldException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Routing settings; deploy's security makes these ADMIN-only. */
@RestController
@RequestMapping("/subscriptions")
class SubscriptionController {

    /** The languages every bundle is written in. */
    static final Set<String> LANGUAGES = Set.of("en", "ru");

    private final Subscriptions subscriptions;
    private final Locale defaultLocale;

    SubscriptionController(Subscriptions subscriptions, Locale defaultLocale) {
        this.subscriptions = subscriptions;
        this.defaultLocale = defaultLocale;
    }

    @GetMapping
    List<SubscriptionJson> all() {
        return subscriptions.all().stream().map(SubscriptionJson::of).toList();
    }

    /** Creates or replaces the subscription of a destination; an empty severity list mutes it. */
    @PutMapping
    SubscriptionJson save(@RequestBody SubscriptionJson body) {
        var subscription = new Subscription(destination(body), severities(body.severities()), locale(body.locale()));
        subscriptions.save(subscription);
        return SubscriptionJson.of(subscription);
    }

    private static Destination destination(SubscriptionJson body) {
        var channel = InvalidFieldException.parse("channel", body.channel(), Channel::parse);
        if (body.address() == null || body.address().isBlank() || body.address().length() > 320) {
            throw new InvalidFieldException("address", "must be 1 to 320 characters");
        }
        return new Destination(channel, body.address().trim());
    }

    private static Set<Severity> severities(List<String> values) {
        if (values == null) {
            throw new InvalidFieldException("severities", "is required; an empty list mutes the destination");
        }
        var severities = EnumSet.noneOf(Severity.class);
        for (var value : values) {
            severities.add(InvalidFieldException.parse("severities", value, Severity::parse));
        }
        return severities;
    }

    private Locale locale(String value) {
        if (value == null) {
            return defaultLocale;
        }
        if (!LANGUAGES.contains(value.trim().toLowerCase(Locale.ROOT))) {
            throw new InvalidFieldException("locale", "unsupported '" + value + "'; expected en or ru");
        }
        return Locale.forLanguageTag(value.trim().toLowerCase(Locale.ROOT));
    }
}
