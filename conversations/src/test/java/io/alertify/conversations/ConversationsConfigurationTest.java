package io.alertify.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Texts;
import io.alertify.conversations.api.ConversationKey;
import io.alertify.conversations.api.Conversations;
import io.alertify.conversations.api.Step;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** What deploy gets by importing {@link ConversationsConfiguration}. */
@SpringBootTest
class ConversationsConfigurationTest {

    @Autowired
    List<Texts.TextBundle> bundles;
    @Autowired
    Conversations conversations;

    @Test
    void registersItsTextsForBotCoresTextsBean() {
        assertThat(bundles).contains(new Texts.TextBundle("i18n/conversations"));
    }

    @Test
    void knowsBothDialogsTheAdaptersStart() {
        var key = new ConversationKey(new Destination(Channel.SLACK, "C0WIRING"),
                new ChatUser(Channel.SLACK, "U0WIRING", "Wiring"));

        assertThat(conversations.start(Conversations.SUBSCRIBE, key, Locale.ENGLISH)).isInstanceOf(Step.Prompt.class);
        assertThat(conversations.start(Conversations.NOTIFY_SETTINGS, key, Locale.ENGLISH)).isInstanceOf(Step.Prompt.class);
    }
}
