package io.alertify.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import io.alertify.bot.api.ChatRequests;
import io.alertify.bot.api.IncidentCommands;
import io.alertify.bot.api.TextCommands;
import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.api.Texts;
import io.alertify.conversations.api.Conversations;
import io.alertify.slack.card.CardBlocks;
import io.alertify.slack.card.IncidentButtons;
import io.alertify.slack.client.Mrkdwn;
import io.alertify.slack.client.SlackClient;
import io.alertify.slack.dialog.DialogButtons;
import io.alertify.slack.command.TextSlashCommand;
import io.alertify.slack.dialog.DialogCommand;
import io.alertify.slack.dialog.DialogPoster;
import io.alertify.slack.dialog.StepBlocks;
import io.alertify.slack.interaction.AfterAck;
import io.alertify.slack.interaction.ChannelLocale;
import io.alertify.slack.interaction.ProblemAnswers;
import io.alertify.slack.interaction.RequestWindow;
import io.alertify.slack.interaction.SignedOnce;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The Slack adapter, on when {@code alertify.slack.enabled=true}: the notifier of {@link SlackNotifierConfiguration},
 * and a Bolt app at {@value #EVENTS_PATH} for button clicks and slash commands. Bolt checks every
 * request's signature and timestamp against the signing secret and answers 401 to anything else, which
 * is why deploy leaves that path open.
 *
 * <p>Needs from other modules: {@link IncidentCommands}, {@link ChatRequests}, {@link Subscriptions} and {@link Texts}
 * (bot-core) and {@link Conversations} (conversations).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "alertify.slack", name = "enabled", havingValue = "true")
@Import(SlackNotifierConfiguration.class)
public class SlackConfiguration {

    /** Request URL for Interactivity and Slash Commands in the Slack app's settings. */
    public static final String EVENTS_PATH = "/slack/events";
    /** Who is on call now and next, per schedule. */
    public static final String ON_CALL_COMMAND = "/oncall";
    /** Every text command under one name: {@code /alertify ack 42}. */
    public static final String UMBRELLA_COMMAND = "/alertify";

    @Bean
    AfterAck slackAfterAck() {
        return new AfterAck(4);
    }

    @Bean
    App slackApp(SlackProperties properties, Slack slack, SlackClient client,
            IncidentCommands commands, Conversations conversations, Subscriptions subscriptions, Texts texts,
            AfterAck afterAck, ObjectProvider<TextCommands> textCommands, CardBlocks cards) {
        var app = new App(AppConfig.builder()
                .singleTeamBotToken(properties.botToken())
                .signingSecret(properties.signingSecret())
                .slack(slack)
                .build());
        var locales = new ChannelLocale(subscriptions, texts);
        var steps = new StepBlocks();
        var dialogs = new DialogPoster(conversations, client, steps);
        app.blockAction(startingWith(CardBlocks.ACTION_ID_PREFIX),
                new IncidentButtons(commands, client, afterAck, dialogs, locales));
        app.blockAction(startingWith(StepBlocks.ACTION_ID_PREFIX),
                new DialogButtons(conversations, client, steps, afterAck));
        app.command(DialogCommand.SETTINGS, new DialogCommand(DialogCommand.SETTINGS, "notify",
                Conversations.NOTIFY_SETTINGS, dialogs, locales, texts, afterAck));
        app.command(DialogCommand.SUBSCRIBE, new DialogCommand(DialogCommand.SUBSCRIBE, "",
                Conversations.SUBSCRIBE, dialogs, locales, texts, afterAck));
        // bot-core's commands where the bot role runs; elsewhere (adapter tests) every command gets help
        TextCommands onlyHelp = (name, args, actor, origin, locale) -> TextCommands.Reply.say(texts.get(locale,
                "slack.help"));
        var text = textCommands.getIfAvailable(() -> onlyHelp);
        for (var name : TextCommands.NAMES) {
            if (!name.equals("start")) {
                app.command("/" + name, new TextSlashCommand(name, text, cards, dialogs, locales, afterAck, texts));
            }
        }
        app.command(UMBRELLA_COMMAND, new TextSlashCommand(null, text, cards, dialogs, locales, afterAck, texts));
        return app;
    }

    @Bean
    ServletRegistrationBean<SlackAppServlet> slackEventsServlet(App slackApp) {
        var registration = new ServletRegistrationBean<>(new SlackAppServlet(slackApp), EVENTS_PATH);
        registration.setName("slackEvents");
        return registration;
    }

    /** Outermost, so that it also rewrites the window check's refusals. */
    @Bean
    FilterRegistrationBean<ProblemAnswers> slackProblemAnswers() {
        var registration = new FilterRegistrationBean<>(new ProblemAnswers());
        registration.addUrlPatterns(EVENTS_PATH);
        registration.setName("slackProblemAnswers");
        registration.setOrder(-1);
        return registration;
    }

    /** Bolt refuses requests older than five minutes; one from the future is as suspect. */
    @Bean
    FilterRegistrationBean<RequestWindow> slackRequestWindow(ObjectProvider<Clock> clock) {
        var registration = new FilterRegistrationBean<>(new RequestWindow(clock.getIfAvailable(Clock::systemUTC)));
        registration.addUrlPatterns(EVENTS_PATH);
        registration.setName("slackRequestWindow");
        registration.setOrder(0);
        return registration;
    }

    /** After the window check, so that a stale request is refused, not remembered. */
    @Bean
    FilterRegistrationBean<SignedOnce> slackSignedOnce(ChatRequests requests) {
        var registration = new FilterRegistrationBean<>(new SignedOnce(requests));
        registration.addUrlPatterns(EVENTS_PATH);
        registration.setName("slackSignedOnce");
        registration.setOrder(1);
        return registration;
    }

    private static Pattern startingWith(String prefix) {
        return Pattern.compile("^" + Pattern.quote(prefix) + ".*$");
    }
}
