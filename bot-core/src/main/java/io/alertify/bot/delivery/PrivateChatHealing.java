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
    private final org.springframework.beans.factory.ObjectProvider<DeliveryWorker> worker;

    /** @param worker the notifier in this process, if it runs here; else the other one sees it at its next round */
    PrivateChatHealing(DestinationStore destinations, Wakeup wakeup, Clock clock,
            org.springframework.beans.factory.ObjectProvider<DeliveryWorker> worker) {
        this.destinations = destinations;
        this.wakeup = wakeup;
        this.clock = clock;
        this.worker = worker;
    }

    @Override
    public void wroteToBot(Destination privateChat) {
        var status = destinations.find(privateChat);
        if (status.isPresent() && status.get().broken() && destinations.markHealthy(privateChat, clock.instant())) {
            log.info("{} wrote to the bot: its private chat was broken ({}) and is sent to again", privateChat,
                    status.get().reason());
            worker.ifAvailable(DeliveryWorker::refresh);
            wakeup.signal();
        }
    }
}
