package io.alertify.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every Slack text exists in English and Russian. */
class SlackTextsTest {

    @Test
    void russianHasEveryEnglishKeyAndNoOthers() throws IOException {
        var english = load("i18n/slack.properties");
        var russian = load("i18n/slack_ru.properties");

        assertThat(russian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).allMatch(key -> key.startsWith("slack."));
    }

    @Test
    void russianIsReadAsUtf8() throws IOException {
        assertThat(load("i18n/slack_ru.properties").getProperty("slack.confirm.cancel")).isEqualTo("Отмена");
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (var in = SlackTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
