package io.alertify.email.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.bot.api.BundleTexts;
import io.alertify.bot.api.Button;
import io.alertify.bot.api.Card;
import io.alertify.bot.api.Action;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IncidentMailRendererTest {

    private final IncidentMailRenderer renderer =
            new IncidentMailRenderer(new BundleTexts(Locale.ENGLISH, List.of("i18n/email")), "[Alertify]");

    @Test
    void subjectIsThePrefixAndTheCardTitle() {
        assertThat(renderer.render(SampleCards.english()).subject())
                .isEqualTo("[Alertify] [CRITICAL] checkout: latency > 500 for 3 samples");
    }

    @Test
    void aTitleWithoutSeverityGetsTheLocalisedOne() {
        var card = withTitle(SampleCards.russian(), "checkout: задержка > 500");

        assertThat(renderer.render(card).subject()).isEqualTo("[Alertify] [КРИТИЧНО] checkout: задержка > 500");
    }

    @Test
    void textBodyListsFieldsEvidenceAndHowToAct() {
        var text = renderer.render(SampleCards.english()).text();

        assertThat(text).startsWith("Incident #42\n[CRITICAL] checkout: latency > 500 for 3 samples\n\n")
                .contains("Service:  checkout\nSeverity: critical\n")
                .contains("Evidence\nlatency ▂▅█ 610 690 730\n")
                .contains("How to act\n- Acknowledge — on the card of incident #42 in Slack or Telegram.\n")
                .contains("- Restart Pod — on the card of incident #42")
                .contains("The incident in the Alertify API: http://localhost:8080/incidents/42\n")
                .contains("Opened by alertify-pipeline")
                .endsWith("-- \nAlertify sent this message automatically.\n");
    }

    @Test
    void htmlBodyShowsTheSameInTablesWithBarsAndALink() {
        var html = renderer.render(SampleCards.english()).html();

        assertThat(html).contains("<html lang=\"en\">")
                .contains("<th align=\"left\" valign=\"top\" style=\"padding:4px 16px 4px 0;color:#57606a\">Service</th>"
                        + "<td style=\"padding:4px 0\">checkout</td>")
                .contains("bgcolor=\"#4a78c2\"")
                .contains("latency ▂▅█ 610 690 730</pre>")
                .contains("<li>Resolve — on the card of incident #42 in Slack or Telegram.</li>")
                .contains("<a href=\"http://localhost:8080/incidents/42\">")
                .contains("checkout: latency &gt; 500 for 3 samples</h1>");
    }

    @Test
    void htmlEscapesEveryTextFromTheCard() {
        var hostile = new Card(7, SampleCards.english().severity(), SampleCards.english().status(),
                "[CRITICAL] <script>alert(1)</script>",
                List.of(new Card.Field("<b>pod</b>", "a&b \"c\"")),
                "<img src=x onerror=alert(2)>",
                "by <i>Mallory</i>",
                List.of(new Button(Action.ACKNOWLEDGE, "<u>Ack</u>", "a:ACKNOWLEDGE:7", false)),
                "javascript:alert(3)",
                Locale.ENGLISH);

        var html = renderer.render(hostile).html();

        assertThat(html).doesNotContain("<script>", "<b>pod", "<img", "<i>Mallory", "<u>Ack", "href=\"javascript")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;pod&lt;/b&gt;", "a&amp;b &quot;c&quot;",
                        "&lt;img src=x onerror=alert(2)&gt;", "by &lt;i&gt;Mallory&lt;/i&gt;", "&lt;u&gt;Ack&lt;/u&gt;");
    }

    @Test
    void anApiPathReadsAsTheCallThatShowsTheIncident() {
        var content = renderer.render(withLink(SampleCards.english(), "/incidents/42"));

        assertThat(content.text()).contains("The incident in the Alertify API: GET /incidents/42\n");
        assertThat(content.html()).contains("The incident in the Alertify API: GET /incidents/42</p>")
                .doesNotContain("href");
    }

    @Test
    void russianCardGetsRussianLabels() {
        var content = renderer.render(SampleCards.russian());

        assertThat(content.subject()).isEqualTo("[Alertify] [КРИТИЧНО] checkout: задержка > 500 в 3 замерах");
        assertThat(content.text()).startsWith("Инцидент №42\n")
                .contains("Что можно сделать\n- Подтвердить — на карточке инцидента №42 в Slack или Telegram.")
                .contains("Инцидент в API Alertify: http://localhost:8080/incidents/42");
        assertThat(content.html()).contains("<html lang=\"ru\">", "<h2 style=\"margin:16px 0 8px;font-size:15px\">Данные</h2>");
    }

    @Test
    void resolvedCardSaysSoAndOffersNoActions() {
        var content = renderer.render(SampleCards.resolved(SampleCards.english()));

        assertThat(content.text()).startsWith("Incident #42 is resolved\n").doesNotContain("How to act")
                .contains("Resolved automatically: the metric recovered");
        assertThat(content.html()).contains("color:#2b8a3e").doesNotContain("How to act");
        assertThat(content.reply().subject()).isEqualTo("Re: [Alertify] [CRITICAL] checkout: latency > 500 for 3 samples");
    }

    @Test
    void incidentIdsAreNotGroupedLikeNumbers() {
        var card = withId(SampleCards.english(), 123456);

        assertThat(renderer.render(card).text()).startsWith("Incident #123456\n").contains("card of incident #123456 in Slack");
    }

    private static Card withTitle(Card c, String title) {
        return new Card(c.incidentId(), c.severity(), c.status(), title, c.fields(), c.evidence(), c.footer(),
                c.buttons(), c.link(), c.locale());
    }

    private static Card withLink(Card c, String link) {
        return new Card(c.incidentId(), c.severity(), c.status(), c.title(), c.fields(), c.evidence(), c.footer(),
                c.buttons(), link, c.locale());
    }

    private static Card withId(Card c, long id) {
        return new Card(id, c.severity(), c.status(), c.title(), c.fields(), c.evidence(), c.footer(),
                c.buttons(), c.link(), c.locale());
    }
}
