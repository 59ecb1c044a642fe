package io.alertify.conversations.silence;

import io.alertify.bot.api.Silencing;
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
import java.util.function.Supplier;

/** The Silence button: for how long incidents like this one stay out of chat (1 h, 4 h, until tomorrow 09:00). */
public final class SilenceDialog implements Dialog {

    static final String CANCEL = "cancel";

    private final Supplier<Silencing> silencing;
    private final Texts texts;

    /** @param silencing bot-core's, or null where it does not run */
    public SilenceDialog(Supplier<Silencing> silencing, Texts texts) {
        this.silencing = silencing;
        this.texts = texts;
    }

    @Override
    public String name() {
        return Conversations.SILENCE;
    }

    @Override
    public String command() {
        return "/silence N";
    }

    @Override
    public DialogState start(DialogContext context) {
        return IncidentPick.start(context);
    }

    @Override
    public Question ask(DialogContext context, DialogState state) {
        var locale = context.locale();
        var options = new ArrayList<Option>();
        for (var choice : Silencing.CHOICES) {
            options.add(Option.of(choice, texts.get(locale, "conversations.silence." + choice)));
        }
        options.add(Option.of(CANCEL, texts.get(locale, "conversations.silence.cancel")));
        var number = state.get(IncidentPick.INCIDENT, "?");
        return new Question(texts.get(locale, "conversations.silence.question", number), options);
    }

    @Override
    public Transition answer(DialogContext context, DialogState state, String value) {
        var locale = context.locale();
        if (CANCEL.equals(value)) {
            return Transition.done(texts.get(locale, "conversations.silence.cancelled"));
        }
        var port = silencing.get();
        if (!Silencing.CHOICES.contains(value) || port == null) {
            return Transition.reAsk(state, texts.get(locale, "conversations.choose-offered"));
        }
        var incident = IncidentPick.incident(state);
        return Transition.done(port.silence(incident, value, null, context.key().user(), locale).message());
    }
}
