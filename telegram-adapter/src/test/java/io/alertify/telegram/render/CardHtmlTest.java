package io.alertify.telegram.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.bot.api.BundleTexts;
import io.alertify.bot.api.Card;
import io.alertify.telegram.TelegramHtml;
import io.alertify.telegram.TestCards;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CardHtmlTest {

    private final CardHtml html = new CardHtml(new BundleTexts(Locale.ENGLISH, List.of("i18n/telegram")));

    @Test
    void laysOutTitleFieldsEvidenceFooterAndLink() {
        var text = html.render(TestCards.triggered());

        assertThat(text).isEqualTo("""
                🔴 <b>[CRITICAL] checkout: latency &gt; 500 for 3 samples</b>

                <b>Service:</b> checkout &lt;shop&gt;
                <b>Status:</b> triggered

                <pre><code>latency ▁▃█ 730 &amp; rising</code></pre>

                <i>Opened by alertify-pipeline</i>

                <a href="https://alertify.example/api/incidents/42?view=full&amp;x=1">Open in Alertify</a>""");
        assertThat(TelegramHtml.check(text)).isNull();
    }

    @Test
    void marksAResolvedIncidentAsDone() {
        assertThat(html.render(TestCards.resolved())).startsWith("✅ <b>").contains("<i>Resolved by alice</i>");
    }

    @Test
    void labelsTheLinkInTheCardsLanguage() {
        var card = TestCards.triggered();
        var russian = new Card(card.incidentId(), card.severity(), card.status(), card.title(), card.fields(),
                card.evidence(), card.footer(), card.buttons(), card.link(), Locale.of("ru"));

        assertThat(html.render(russian)).contains(">Открыть в Alertify</a>");
    }

    @Test
    void leavesOutEmptyPartsAndLinksThatAreNotWebAddresses() {
        var card = TestCards.triggered();
        var bare = new Card(card.incidentId(), card.severity(), card.status(), "a < b", List.of(), "", "",
                List.of(), "javascript:alert(1)", Locale.ENGLISH);

        assertThat(html.render(bare)).isEqualTo("🔴 <b>a &lt; b</b>");
    }

    @Test
    void keepsTheNewestEvidenceWhenTheMessageWouldBeTooLong() {
        var evidence = "old&old\n".repeat(1000) + "newest point 730";
        var card = TestCards.triggered();
        var longCard = new Card(card.incidentId(), card.severity(), card.status(), card.title(), card.fields(),
                evidence, card.footer(), card.buttons(), card.link(), card.locale());

        var text = html.render(longCard);

        assertThat(text).hasSizeBetween(CardHtml.MAX_TEXT_LENGTH - 20, CardHtml.MAX_TEXT_LENGTH)
                .contains("<pre><code>…")
                .contains("newest point 730</code></pre>")
                .contains("<i>Opened by alertify-pipeline</i>");
        assertThat(TelegramHtml.check(text)).isNull();
    }
}
