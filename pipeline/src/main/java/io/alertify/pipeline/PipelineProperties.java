package io.alertify.pipeline;

import io.alertify.pipeline.rules.InvalidRuleException;
import io.alertify.pipeline.rules.Severity;
import io.alertify.pipeline.rules.ThresholdRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * {@code alertify.pipeline.*}. Rules are checked while binding, so a bad rule stops the application at
 * startup with the rule's index in the message.
 *
 * @param evidencePoints points per series kept for the evidence of an incident event
 * @param volatileLabels labels left out of a series' identity and the incident fingerprint, because a
 *                       restart changes them ({@code pod})
 * @param maxSeries      series one processor tracks at most (about 8 KB each under anomaly detection)
 * @param seriesIdleAfter a series that sends nothing for this long is dropped from memory (its learnt
 *                       state is saved first, and restored if it reports again)
 */
@ConfigurationProperties("alertify.pipeline")
public record PipelineProperties(@DefaultValue Bus bus, List<Rule> rules, @DefaultValue("20") int evidencePoints,
                                 @DefaultValue("pod") List<String> volatileLabels,
                                 @DefaultValue("20000") int maxSeries,
                                 @DefaultValue("7d") Duration seriesIdleAfter) {

    public PipelineProperties {
        rules = rules == null ? List.of() : List.copyOf(rules);
        volatileLabels = volatileLabels == null ? List.of() : List.copyOf(volatileLabels);
        if (evidencePoints < 1) {
            throw new IllegalArgumentException("alertify.pipeline.evidence-points must be at least 1");
        }
        if (maxSeries < 1) {
            throw new IllegalArgumentException("alertify.pipeline.max-series must be at least 1");
        }
        if (seriesIdleAfter == null || seriesIdleAfter.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("alertify.pipeline.series-idle-after must be at least 1m");
        }
        thresholdRules(rules);
    }

    /**
     * @param type which adapter carries samples from the collector to the processor
     * @param capacity samples the in-process bus holds before the collector answers 429
     * @param retryAfter the {@code Retry-After} a refused caller gets
     * @param drainTimeout how long shutdown waits for the processor to finish accepted samples
     */
    public record Bus(@DefaultValue("in-process") Type type, @DefaultValue("10000") int capacity,
                      @DefaultValue("1s") Duration retryAfter, @DefaultValue("10s") Duration drainTimeout,
                      @DefaultValue Kafka kafka) {

        public enum Type {
            /** A bounded queue inside this process: collector and processor must run together. */
            IN_PROCESS,
            /** A Kafka topic ({@code spring.kafka.*} says where): collector and processor may run apart. */
            KAFKA
        }
    }

    /**
     * {@code alertify.pipeline.bus.kafka.*}; where the brokers are and how to reach them is Spring Boot's
     * {@code spring.kafka.*}.
     *
     * @param topic the topic samples travel on, keyed by series
     * @param groupId the consumer group of the processors; all processors of one installation share it
     * @param sendTimeout how long {@code POST /metrics} waits for Kafka to acknowledge a batch before it
     *                    answers 429
     */
    public record Kafka(@DefaultValue("alertify.metrics") String topic,
                        @DefaultValue("alertify-processor") String groupId,
                        @DefaultValue("10s") Duration sendTimeout) {
    }

    /**
     * {@code alertify.pipeline.rules[n]}: exactly one of {@code above} and {@code below};
     * {@code recover-samples} defaults to {@code for-samples}; no {@code service} means every service;
     * no {@code recover-at} means the threshold itself; {@code for} and {@code keep-firing-for} default to
     * nothing. See {@link ThresholdRule} for what each one does.
     *
     * @param forDuration {@code for}, a Java keyword, hence the different component name
     */
    public record Rule(String id, String metric, Double above, Double below, @DefaultValue("3") int forSamples,
                       Integer recoverSamples, @DefaultValue("warning") Severity severity, String service,
                       Double recoverAt, @Name("for") Duration forDuration, Duration keepFiringFor) {
    }

    public List<ThresholdRule> thresholdRules() {
        return thresholdRules(rules);
    }

    private static List<ThresholdRule> thresholdRules(List<Rule> rules) {
        var thresholds = new ArrayList<ThresholdRule>();
        var ids = new HashSet<String>();
        for (int i = 0; i < rules.size(); i++) {
            var rule = rules.get(i);
            try {
                var threshold = new ThresholdRule(rule.id(), rule.metric(), rule.above(), rule.below(), rule.forSamples(),
                        rule.recoverSamples() == null ? rule.forSamples() : rule.recoverSamples(), rule.severity(),
                        rule.service(), rule.recoverAt(), rule.forDuration(), rule.keepFiringFor());
                if (!ids.add(threshold.id())) {
                    throw new IllegalArgumentException("id '" + threshold.id() + "' is used by another rule");
                }
                thresholds.add(threshold);
            } catch (InvalidRuleException e) {
                throw new IllegalArgumentException("alertify.pipeline.rules[" + i + "]." + e.key() + ": " + e.getMessage(), e);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("alertify.pipeline.rules[" + i + "]: " + e.getMessage(), e);
            }
        }
        return List.copyOf(thresholds);
    }
}
