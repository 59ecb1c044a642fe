package io.alertify.bot;

import io.alertify.bot.api.Channel;
import io.alertify.bot.delivery.NotifierConfiguration;
import io.alertify.bot.testing.FakeRemediator;
import io.alertify.bot.testing.RecordingNotifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/**
 * bot-core as deploy wires it, for bot-core's own tests: H2, the destinations and chat users of
 * {@code bot-core-test.properties}, recording notifiers for Slack (edits in place) and email (does
 * not), no Telegram notifier (its destination is skipped), and a fake remediator.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({BotCoreConfiguration.class, NotifierConfiguration.class})
@PropertySource("classpath:bot-core-test.properties")
public class BotCoreTestApplication {

    @Bean
    RecordingNotifier slackNotifier() {
        return new RecordingNotifier(Channel.SLACK, true);
    }

    @Bean
    RecordingNotifier emailNotifier() {
        return new RecordingNotifier(Channel.EMAIL, false);
    }

    @Bean
    FakeRemediator remediator() {
        return new FakeRemediator();
    }
}
