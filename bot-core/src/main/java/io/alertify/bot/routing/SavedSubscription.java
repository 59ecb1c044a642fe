package io.alertify.bot.routing;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Severity;
import io.alertify.bot.api.Subscription;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A subscription saved from chat or the API; severities are stored as comma-separated wire names. */
@Entity
@Table(name = "subscriptions")
class SavedSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16)
    private String channel;

    @Column(nullable = false, length = 320)
    private String address;

    @Column(nullable = false, length = 100)
    private String severities;

    @Column(nullable = false, length = 16)
    private String locale;

    protected SavedSubscription() {
    }

    SavedSubscription(Destination destination) {
        this.channel = destination.channel().wireName();
        this.address = destination.address();
    }

    void update(Subscription subscription) {
        severities = subscription.severities().stream().sorted().map(Severity::wireName)
                .collect(Collectors.joining(","));
        locale = subscription.locale().toLanguageTag();
    }

    Subscription toSubscription() {
        var parsed = severities.isBlank() ? Set.<Severity>of()
                : Arrays.stream(severities.split(",")).map(Severity::parse).collect(Collectors.toSet());
        return new Subscription(new Destination(Channel.parse(channel), address), parsed,
                Locale.forLanguageTag(locale));
    }
}
