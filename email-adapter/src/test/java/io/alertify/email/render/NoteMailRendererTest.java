package io.alertify.email.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.bot.api.BundleTexts;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoteMailRendererTest {

    private final NoteMailRenderer renderer =
            new NoteMailRenderer(new BundleTexts(SampleCards.RUSSIAN, List.of("i18n/email")), "[Alertify]");

    @Test
    void subjectIsTheFirstLineAndTheBodyTheWholeMessage() {
        var content = renderer.render("Restart Pod finished: checkout-7d9f deleted\nNew pod: checkout-8a1c", false);

        assertThat(content.subject()).isEqualTo("[Alertify] Restart Pod finished: checkout-7d9f deleted");
        assertThat(content.text()).startsWith("Restart Pod finished: checkout-7d9f deleted\nNew pod: checkout-8a1c\n\n-- \n")
                .endsWith("Это письмо Alertify отправил автоматически.\n");
    }

    @Test
    void aReplyInAThreadSaysRe() {
        assertThat(renderer.render("done", true).subject()).isEqualTo("Re: [Alertify] done");
    }

    @Test
    void htmlIsEscapedWithLineBreaks() {
        var html = renderer.render("<b>pod</b> & co\nline two", false).html();

        assertThat(html).contains("<html lang=\"ru\">", "&lt;b&gt;pod&lt;/b&gt; &amp; co<br>\nline two")
                .doesNotContain("<b>");
    }
}
