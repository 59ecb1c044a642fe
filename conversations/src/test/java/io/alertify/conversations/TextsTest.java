package io.alertify.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text exists in English and in Russian, and the Russian one is really Russian. */
class TextsTest {

    @Test
    void everyKeyIsTranslated() throws IOException {
        var english = load("i18n/conversations.properties");
        var russian = load("i18n/conversations_ru.properties");

        assertThat(russian.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).allMatch(key -> key.startsWith("conversations."));
    }

    @Test
    void russianTextsAreWrittenInCyrillic() throws IOException {
        var russian = load("i18n/conversations_ru.properties");

        assertThat(russian.stringPropertyNames())
                .allSatisfy(key -> assertThat(russian.getProperty(key)).containsPattern("\\p{IsCyrillic}"));
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (var in = TextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
