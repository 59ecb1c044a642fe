package io.alertify.conversations.subscribe;

import io.alertify.bot.api.Severity;
import io.alertify.bot.api.Subscription;
import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.api.Texts;
import io.alertify.conversations.api.Conversations;
import io.alertify.conversations.engine.Dialog;
import io.alertify.conversations.engine.DialogContext;
import io.alertify.conversations.engine.DialogState;
import io.alertify.conversations.engine.Option;
import io.alertify.conversations.engine.Question;
import io.alertify.conversations.engine.Transition;
import io.alertify.conversations.severity.SeverityNames;
import java.util.Arrays;

/**
 * Telegram's {@code /subscribe}: one question, "from which severity on?", answered with a button. The
 * answer subscribes the chat to that severity and every more severe one, in the caller's language.
 */
public final class SubscribeDialog implements Dialog {

    static final String ASK_SEVERITY = "ask-severity";

    private final Subscriptions subscriptions;
    private final Texts texts;

    public SubscribeDialog(Subscriptions subscriptions, Texts texts) {
        this.subscriptions = subscriptions;
        this.texts = texts;
    }

    @Override
    public String name() {
        return Conversations.SUBSCRIBE;
    }

    @Override
    public String command() {
        return "/subscribe";
    }

    @Override
    public DialogState start(DialogContext context) {
        return DialogState.of(ASK_SEVERITY);
    }

    @Override
    public Question ask(DialogContext context, DialogState state) {
        var locale = context.locale();
        // mark the current threshold, so a chat that is already subscribed sees what it chose before
        var current = subscriptions.find(context.key().chat()).map(Subscription::severities);
        var options = Arrays.stream(Severity.values())
                .map(s -> new Option(s.wireName(), texts.get(locale, "conversations.subscribe.from." + s.wireName()),
                        current.filter(s.andAbove()::equals).isPresent()))
                .toList();
        return new Question(texts.get(locale, "conversations.subscribe.question"), options);
    }

    @Override
    public Transition answer(DialogContext context, DialogState state, String value) {
        var locale = context.locale();
        var chosen = SeverityNames.fromValue(value);
        if (chosen.isEmpty()) {
            return Transition.reAsk(state, texts.get(locale, "conversations.choose-offered"));
        }
        var severities = chosen.get().andAbove();
        subscriptions.save(new Subscription(context.key().chat(), severities, locale));
        return Transition.done(texts.get(locale, "conversations.subscribe.done",
                SeverityNames.list(texts, locale, severities)));
    }
}
