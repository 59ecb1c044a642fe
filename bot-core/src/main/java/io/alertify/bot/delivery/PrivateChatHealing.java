package io.alertify.bot.delivery;

import io.alertify.bot.api.ChatContacts;
import io.alertify.bot.api.Destination;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link ChatContacts}: a private chat that was broken heals when its person writes to the bot. */
final class PrivateChatHealing implements ChatContacts {

    private static final Logger log = LoggerFactory.getLogger(PrivateChatHealing.class);

    private final DestinationStore destinations;
    private final Wakeup wakeup;
    private final Clock clock;

    PrivateChatHealing(DestinationStore destinations, Wakeup wakeup, Clock clock) {
        this.destinations = destinations;
        this.wakeup = wakeup;
        this.clock = clock;
    }

    @Override
    public void wroteToBot(Destination privateChat) {
        var status = destinations.find(privateChat);
        if (status.isPresent() && status.get().broken() && destinations.markHealthy(privateChat, clock.instant())) {
            log.info("{} wrote to the bot: its private chat was broken ({}) and is sent to again", privateChat,
                    status.get().reason());
            wakeup.signal();
        }
    }
}
