package io.alertify.deploy.testing;

import io.alertify.deploy.AlertifyApplication;
import io.alertify.slack.FakeSlackApi;
import io.alertify.telegram.FakeTelegramBotApi;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Alertify started as an application of its own, with Slack and Telegram pointed at the fakes. */
public final class FakeChatApp {

    private FakeChatApp() {
    }

    /** The fakes' URLs and tokens, and one Slack channel and one Telegram group routed every severity. */
    public static Map<String, String> properties(FakeSlackApi slack, String slackToken, FakeTelegramBotApi telegram,
            String channel, long group) {
        var properties = new HashMap<String, String>();
        properties.put("server.port", "0");
        properties.put("spring.data.redis.port", "1");
        properties.put("alertify.slack.enabled", "true");
        properties.put("alertify.slack.bot-token", slackToken);
        properties.put("alertify.slack.signing-secret", slackToken + "-secret");
        properties.put("alertify.slack.api-url", slack.apiUrl());
        properties.put("alertify.telegram.enabled", "true");
        properties.put("alertify.telegram.bot-token", FakeTelegramBotApi.TOKEN);
        properties.put("alertify.telegram.api-url", telegram.url());
        properties.put("alertify.routing.destinations[0].channel", "slack");
        properties.put("alertify.routing.destinations[0].address", channel);
        properties.put("alertify.routing.destinations[1].channel", "telegram");
        properties.put("alertify.routing.destinations[1].address", Long.toString(group));
        return properties;
    }

    /** Slack and Telegram switched on and pointed at the fakes, for a {@code @DynamicPropertySource}. */
    public static void register(org.springframework.test.context.DynamicPropertyRegistry registry, FakeSlackApi slack,
            String slackToken, String signingSecret, FakeTelegramBotApi telegram) {
        registry.add("alertify.slack.enabled", () -> "true");
        registry.add("alertify.slack.bot-token", () -> slackToken);
        registry.add("alertify.slack.signing-secret", () -> signingSecret);
        registry.add("alertify.slack.api-url", slack::apiUrl);
        registry.add("alertify.telegram.enabled", () -> "true");
        registry.add("alertify.telegram.bot-token", () -> FakeTelegramBotApi.TOKEN);
        registry.add("alertify.telegram.api-url", telegram::url);
    }

    /** Passed as command-line arguments: application.yml would override the builder's default properties. */
    public static ConfigurableApplicationContext start(Map<String, String> properties) {
        return new SpringApplicationBuilder(AlertifyApplication.class).run(properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }
}
