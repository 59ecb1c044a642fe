package io.alertify.conversations.api;

/**
 * One button of a {@link Step.Prompt}. {@code selected} marks a toggled option in multi-choice questions
 * (render it with a check mark). {@code payload} is what the platform must hand back on a click.
 */
public record Choice(String value, String label, boolean selected, String payload) {
}
