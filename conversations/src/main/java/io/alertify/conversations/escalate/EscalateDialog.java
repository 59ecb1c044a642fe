package io.alertify.conversations.escalate;

import io.alertify.bot.api.Escalation;
import io.alertify.bot.api.Texts;
import io.alertify.conversations.api.Conversations;
import io.alertify.conversations.engine.Dialog;
import io.alertify.conversations.engine.DialogContext;
import io.alertify.conversations.engine.DialogState;
import io.alertify.conversations.engine.IncidentPick;
import io.alertify.conversations.engine.Option;
import io.alertify.conversations.engine.Question;
import io.alertify.conversations.engine.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Escalate button: whom to page about the incident. The policy's next step now comes first (the
 * common case, one more tap), then each schedule with who is on call in it, then the people. Answering
 * escalates at once and closes the picker with who was paged; the timeline names the person who chose.
 */
public final class EscalateDialog implements Dialog {

    static final String CANCEL = "cancel";
    /** Telegram carries 64 bytes per button: {@code d:}, a conversation id and this much of a value. */
    static final int LONGEST_VALUE = 36;

    private final Supplier<Escalation> escalations;
    private final Texts texts;

    /** @param escalations bot-core's escalation, or null where it does not run */
    public EscalateDialog(Supplier<Escalation> escalations, Texts texts) {
        this.escalations = escalations;
        this.texts = texts;
    }

    private List<Escalation.Target> targets(java.util.Locale locale) {
        var escalation = escalations.get();
        return escalation == null ? List.of() : escalation.targets(locale);
    }

    @Override
    public String name() {
        return Conversations.ESCALATE;
    }

    @Override
    public String command() {
        return "/escalate N";
    }

    @Override
    public DialogState start(DialogContext context) {
        return IncidentPick.start(context);
    }

    @Override
    public Question ask(DialogContext context, DialogState state) {
        var locale = context.locale();
        var options = new ArrayList<Option>();
        for (var target : targets(locale)) {
            if (target.value().length() <= LONGEST_VALUE) {
                options.add(Option.of(target.value(), target.label()));
            }
        }
        options.add(Option.of(CANCEL, texts.get(locale, "conversations.escalate.cancel")));
        var number = state.get(IncidentPick.INCIDENT, "?");
        return new Question(texts.get(locale, "conversations.escalate.question", number), options);
    }

    @Override
    public Transition answer(DialogContext context, DialogState state, String value) {
        var locale = context.locale();
        if (CANCEL.equals(value)) {
            return Transition.done(texts.get(locale, "conversations.escalate.cancelled"));
        }
        var offered = targets(locale).stream().anyMatch(t -> t.value().equals(value));
        if (!offered || escalations.get() == null) {
            return Transition.reAsk(state, texts.get(locale, "conversations.choose-offered"));
        }
        var incident = IncidentPick.incident(state);
        return Transition.done(escalations.get().escalate(incident, value, context.key().user(), locale).message());
    }
}
