package io.alertify.bot.silence;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code alertify.silences.inhibit}: while an open incident matches {@code source}, new incidents matching
 * {@code target} with the same values of the {@code equal} labels are muted (a firing NodeDown mutes the
 * alerts of the pods on that node). Released when no inhibiting incident is open any more.
 * <pre>
 * alertify:
 *   silences:
 *     inhibit:
 *       - source: [ "alertname=NodeDown" ]
 *         target: [ "alertname=~Pod.*" ]
 *         equal: [ node ]
 * </pre>
 */
@ConfigurationProperties("alertify.silences")
public record SilenceProperties(List<InhibitRule> inhibit) {

    public SilenceProperties {
        inhibit = inhibit == null ? List.of() : List.copyOf(inhibit);
    }

    public record InhibitRule(List<String> source, List<String> target, List<String> equal) {

        public InhibitRule {
            source = source == null ? List.of() : List.copyOf(source);
            target = target == null ? List.of() : List.copyOf(target);
            equal = equal == null ? List.of() : List.copyOf(equal);
        }

        List<Matcher> sourceMatchers() {
            return source.stream().map(Matcher::parse).toList();
        }

        List<Matcher> targetMatchers() {
            return target.stream().map(Matcher::parse).toList();
        }
    }
}
