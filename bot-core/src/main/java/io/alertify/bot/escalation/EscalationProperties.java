package io.alertify.bot.escalation;

import io.alertify.bot.routing.RouteSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.boot.context.properties.bind.Name;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * {@code alertify.escalation}: policies as code. A mistake stops the start, naming the policy and step.
 * <pre>
 * alertify:
 *   escalation:
 *     ack-expires: PT30M      # an acknowledgement nobody resolves pages again after this; 0: never
 *     policies:
 *       - name: backend
 *         repeats: 2          # run the whole policy up to twice more while nobody acknowledges
 *         steps:
 *           - channel: telegram:-1001234567890
 *           - on-call: primary
 *           - wait: PT5M
 *           - people: [boris]
 *           - round-robin: [anna, boris]
 * </pre>
 *
 * @param tick how often due steps are looked for; 0 turns the scheduler off (tests run steps themselves)
 */
@ConfigurationProperties("alertify.escalation")
public record EscalationProperties(@DefaultValue List<PolicySpec> policies, @DefaultValue("0s") Duration ackExpires,
                                   @DefaultValue("5s") Duration tick) {

    /** One step; exactly one of its fields is set. {@code channel} is {@code slack:C0123}, {@code email:a@b.c}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StepSpec(String channel, String onCall, List<String> people, List<String> roundRobin,
                           @Name("wait") @JsonProperty("wait") Duration waitFor) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record PolicySpec(String name, @DefaultValue("0") Integer repeats, List<StepSpec> steps) {

        public PolicySpec {
            repeats = repeats == null ? 0 : repeats;
        }
    }

    public List<EscalationPolicy> toPolicies() {
        var result = new ArrayList<EscalationPolicy>();
        var names = new HashSet<String>();
        for (int p = 0; p < policies.size(); p++) {
            var spec = policies.get(p);
            var where = "alertify.escalation.policies[" + p + "]";
            if (spec.name() == null || spec.name().isBlank() || !names.add(spec.name())) {
                throw new IllegalArgumentException(where + ".name: every policy needs a name of its own");
            }
            try {
                result.add(toPolicy(spec));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(result);
    }

    /** The policy a spec (from the configuration or the API) describes, or what is wrong with it. */
    public static EscalationPolicy toPolicy(PolicySpec spec) {
        if (spec.steps() == null || spec.steps().isEmpty()) {
            throw new IllegalArgumentException("policy " + spec.name() + " has no steps");
        }
        var steps = new ArrayList<EscalationStep>();
        for (int s = 0; s < spec.steps().size(); s++) {
            try {
                steps.add(step(spec.steps().get(s)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("steps[" + s + "]: " + e.getMessage(), e);
            }
        }
        return new EscalationPolicy(spec.name(), steps, spec.repeats());
    }

    private static EscalationStep step(StepSpec spec) {
        var set = new ArrayList<EscalationStep>();
        if (spec.channel() != null) {
            set.add(new EscalationStep.NotifyChannel(RouteSpec.destination(spec.channel())));
        }
        if (spec.onCall() != null) {
            set.add(new EscalationStep.NotifyOnCall(spec.onCall().strip()));
        }
        if (spec.people() != null) {
            set.add(new EscalationStep.NotifyPeople(spec.people()));
        }
        if (spec.roundRobin() != null) {
            set.add(new EscalationStep.RoundRobin(spec.roundRobin()));
        }
        if (spec.waitFor() != null) {
            set.add(new EscalationStep.Wait(spec.waitFor()));
        }
        if (set.size() != 1) {
            throw new IllegalArgumentException("a step is exactly one of channel, on-call, people, round-robin or wait");
        }
        return set.getFirst();
    }
}
