package io.alertify.telegram.updates;

import io.alertify.telegram.client.BotApi;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's own username, asked of Telegram ({@code getMe}) once and kept. In a group, a command may
 * be addressed to another bot ({@code /subscribe@OtherBot}); only ours are answered. Until Telegram
 * has answered, a command addressed to a name is not answered either.
 */
public final class BotIdentity {

    private static final Logger log = LoggerFactory.getLogger(BotIdentity.class);

    private final BotApi api;
    private volatile String username;

    public BotIdentity(BotApi api) {
        this.api = api;
    }

    Optional<String> username() {
        if (username == null) {
            try {
                username = api.me().getUserName().toLowerCase(Locale.ROOT);
            } catch (RuntimeException e) {
                log.warn("Could not ask Telegram for the bot's name (getMe): {}", e.getMessage());
            }
        }
        return Optional.ofNullable(username);
    }

    /** True when a command addressed to {@code addressee} (null: to nobody in particular) is for us. */
    boolean isForMe(String addressee) {
        return addressee == null || username().filter(addressee.toLowerCase(Locale.ROOT)::equals).isPresent();
    }
}
