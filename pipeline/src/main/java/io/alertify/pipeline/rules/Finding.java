package io.alertify.pipeline.rules;

/**
 * What a detector saw, in words a person reads in chat.
 *
 * @param detectorId the rule or detector id; part of the incident's fingerprint
 * @param expression the condition, e.g. {@code latency > 500 for 3 samples}
 * @param summary one line with the value that decided, e.g. {@code latency > 500 for 3 samples (last 730)}
 */
public record Finding(String detectorId, Severity severity, String expression, String summary) {
}
