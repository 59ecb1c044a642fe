package io.alertify.slack.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.ButtonElement;
import io.alertify.bot.api.BundleTexts;
import io.alertify.bot.api.Card;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CardBlocksTest {

    private final CardBlocks cards = new CardBlocks(new BundleTexts(Locale.ENGLISH, List.of("i18n/slack")));

    @Test
    void laysOutATriggeredCardAsHeaderFieldsEvidenceFooterAndButtons() {
        var message = cards.render(Cards.triggered(Locale.ENGLISH));

        assertThat(message.blocks()).extracting(LayoutBlock::getType)
                .containsExactly("header", "section", "section", "context", "actions");
        assertThat(message.text()).as("escaped: it shows in notifications").isEqualTo("[CRITICAL] checkout: latency &gt; 500 for 3 samples");
        assertThat(((HeaderBlock) message.blocks().get(0)).getText().getText())
                .isEqualTo("[CRITICAL] checkout: latency > 500 for 3 samples");
        assertThat(((SectionBlock) message.blocks().get(1)).getFields()).extracting(TextObject::getText)
                .containsExactly("*Service*\ncheckout", "*Severity*\ncritical", "*Status*\ntriggered",
                        "*Opened*\n2026-11-25 06:00 UTC");
        assertThat(((SectionBlock) message.blocks().get(2)).getText().getText())
                .isEqualTo("```latency ▁▃▅█ 610 680 730```");
        assertThat(((ContextBlock) message.blocks().get(3)).getElements())
                .extracting(e -> ((MarkdownTextObject) e).getText())
                .containsExactly("Opened by alertify-pipeline",
                        "<https://alertify.example/api/incidents/42|Open in Alertify>");
    }

    @Test
    void givesEachButtonAStableActionIdAndThePayloadAsValue() {
        var buttons = buttons(cards.render(Cards.triggered(Locale.ENGLISH)));

        assertThat(buttons).extracting(ButtonElement::getActionId).containsExactly(
                "alertify-incident-acknowledge", "alertify-incident-resolve", "alertify-incident-restart_pod");
        assertThat(buttons).extracting(ButtonElement::getValue)
                .containsExactly("a:ACKNOWLEDGE:42", "a:RESOLVE:42", "a:RESTART_POD:42");
        assertThat(buttons).extracting(b -> b.getText().getText())
                .containsExactly("Acknowledge", "Resolve", "Restart Pod");
        assertThat(buttons).extracting(ButtonElement::getActionId).allMatch(id -> id.startsWith(CardBlocks.ACTION_ID_PREFIX));
    }

    @Test
    void makesRestartPodRedAndAsksForConfirmation() {
        var buttons = buttons(cards.render(Cards.triggered(Locale.ENGLISH)));

        assertThat(buttons.get(0).getStyle()).isNull();
        assertThat(buttons.get(0).getConfirm()).isNull();
        var restart = buttons.get(2);
        assertThat(restart.getStyle()).isEqualTo("danger");
        assertThat(restart.getConfirm().getTitle().getText()).isEqualTo("Are you sure?");
        assertThat(restart.getConfirm().getText().getText())
                .isEqualTo("Kubernetes will delete the pod of incident #42, and its controller will start a new one.");
        assertThat(restart.getConfirm().getConfirm().getText()).isEqualTo("Restart Pod");
        assertThat(restart.getConfirm().getDeny().getText()).isEqualTo("Cancel");
    }

    @Test
    void confirmsInTheReadersLanguage() {
        var restart = buttons(cards.render(Cards.triggered(Locale.forLanguageTag("ru")))).get(2);

        assertThat(restart.getConfirm().getTitle().getText()).isEqualTo("Вы уверены?");
        assertThat(restart.getConfirm().getDeny().getText()).isEqualTo("Отмена");
    }

    @Test
    void dropsTheActionsBlockOnceResolved() {
        var message = cards.render(Cards.resolved());

        assertThat(message.blocks()).extracting(LayoutBlock::getType).containsExactly("header", "section", "context");
        assertThat(message.blocks()).noneMatch(ActionsBlock.class::isInstance);
    }

    @Test
    void escapesSlackControlCharactersInTexts() {
        var card = withFields(List.of(new Card.Field("Rule", "errors > 5 & <!channel>")));

        var field = ((SectionBlock) cards.render(card).blocks().get(1)).getFields().getFirst().getText();

        assertThat(field).isEqualTo("*Rule*\nerrors &gt; 5 &amp; &lt;!channel&gt;");
    }

    @Test
    void splitsFieldsIntoSectionsOfTenAsBlockKitRequires() {
        var fields = IntStream.rangeClosed(1, 12).mapToObj(i -> new Card.Field("f" + i, "v" + i)).toList();

        var blocks = cards.render(withFields(fields)).blocks();

        assertThat(((SectionBlock) blocks.get(1)).getFields()).hasSize(10);
        assertThat(((SectionBlock) blocks.get(2)).getFields()).extracting(TextObject::getText)
                .containsExactly("*f11*\nv11", "*f12*\nv12");
    }

    private static Card withFields(List<Card.Field> fields) {
        var c = Cards.resolved();
        return new Card(c.incidentId(), c.severity(), c.status(), c.title(), fields, c.evidence(), c.footer(),
                c.buttons(), c.link(), c.locale());
    }

    private static List<ButtonElement> buttons(io.alertify.slack.client.SlackMessage message) {
        var actions = (ActionsBlock) message.blocks().getLast();
        return actions.getElements().stream().map(ButtonElement.class::cast).toList();
    }
}
