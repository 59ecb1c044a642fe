package io.alertify.bot.chat;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Role;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Chat users with more than the default role ({@code alertify.chat.users[n].{channel,user-id,role}}). */
@ConfigurationProperties("alertify.chat")
public record ChatProperties(@DefaultValue List<User> users) {

    /** @param userId the platform's id: Slack {@code U0123}, Telegram's numeric user id, an email address */
    public record User(Channel channel, String userId, Role role) {
    }
}
