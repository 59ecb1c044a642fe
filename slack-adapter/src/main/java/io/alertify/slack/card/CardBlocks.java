package io.alertify.slack.card;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import io.alertify.bot.api.Card;
import io.alertify.bot.api.Texts;
import io.alertify.slack.client.Mrkdwn;
import io.alertify.slack.client.SlackMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a {@link Card} out in Block Kit: a header with the title, the fields as a two-column section,
 * the evidence as a code block, a context line with the footer and the link, and the card's buttons.
 * A resolved card has no buttons, so its message loses the actions block when it is updated.
 */
public final class CardBlocks {

    /** Prefix of every incident button's {@code action_id}; the click handler is registered on it. */
    public static final String ACTION_ID_PREFIX = "alertify-incident-";

    // Block Kit limits: https://docs.slack.dev/reference/block-kit/blocks
    private static final int HEADER_MAX = 150;
    private static final int FIELDS_PER_SECTION = 10;
    private static final int FIELD_MAX = 2000;
    private static final int SECTION_TEXT_MAX = 3000;

    private final Texts texts;
    private final CardButtons buttons;

    public CardBlocks(Texts texts) {
        this.texts = texts;
        this.buttons = new CardButtons(texts);
    }

    public SlackMessage render(Card card) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(header(h -> h.blockId("title").text(plainText(Mrkdwn.truncate(card.title(), HEADER_MAX), true))));
        blocks.addAll(fieldSections(card.fields()));
        if (hasText(card.evidence())) {
            blocks.add(section(s -> s.blockId("evidence").text(markdownText(codeBlock(card.evidence())))));
        }
        var contextLine = contextElements(card);
        if (!contextLine.isEmpty()) {
            blocks.add(context(c -> c.blockId("footer").elements(contextLine)));
        }
        if (!card.buttons().isEmpty()) {
            blocks.add(actions(a -> a.blockId("actions").elements(buttons.render(card))));
        }
        // The fallback text shows in notifications: escaped, so "<!channel>" in a service name pings nobody.
        return new SlackMessage(Mrkdwn.escape(card.title()), blocks);
    }

    private static List<LayoutBlock> fieldSections(List<Card.Field> fields) {
        var sections = new ArrayList<LayoutBlock>();
        for (int from = 0; from < fields.size(); from += FIELDS_PER_SECTION) {
            var chunk = fields.subList(from, Math.min(from + FIELDS_PER_SECTION, fields.size()));
            List<TextObject> texts = chunk.stream().<TextObject>map(CardBlocks::field).toList();
            var blockId = "fields-" + from / FIELDS_PER_SECTION;
            sections.add(section(s -> s.blockId(blockId).fields(texts)));
        }
        return sections;
    }

    private static TextObject field(Card.Field field) {
        var text = "*" + Mrkdwn.escape(field.label()) + "*\n" + Mrkdwn.escape(field.value());
        return markdownText(Mrkdwn.truncate(text, FIELD_MAX));
    }

    private static String codeBlock(String evidence) {
        // Cut before escaping so that an entity like &gt; is never split in half.
        return "```" + Mrkdwn.escape(Mrkdwn.truncate(evidence, SECTION_TEXT_MAX - 100)) + "```";
    }

    private List<ContextBlockElement> contextElements(Card card) {
        var elements = new ArrayList<ContextBlockElement>();
        if (hasText(card.footer())) {
            elements.add(markdownText(Mrkdwn.escape(card.footer())));
        }
        if (hasText(card.link())) {
            var label = texts.get(card.locale(), "slack.card.open");
            elements.add(markdownText("<" + card.link() + "|" + Mrkdwn.escape(label) + ">"));
        }
        return elements;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
