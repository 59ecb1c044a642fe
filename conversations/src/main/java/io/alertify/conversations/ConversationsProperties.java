package io.alertify.conversations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code alertify.conversations.*}.
 *
 * @param expireAfter how long a dialog may sit untouched before its buttons answer "expired"
 * @param keepFor how long conversation rows are kept after their last change
 */
@ConfigurationProperties("alertify.conversations")
public record ConversationsProperties(@DefaultValue("1h") Duration expireAfter, @DefaultValue("7d") Duration keepFor) {
}
