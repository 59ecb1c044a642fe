package io.alertify.conversations.settings;

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
import java.util.ArrayList;
import java.util.EnumSet;

/**
 * Slack's {@code /settings notify}: the channel's severities as toggles, then Save or Cancel. Nothing is
 * written until Save, so toggling around and cancelling leaves the subscription as it was.
 */
public final class NotifySettingsDialog implements Dialog {

    static final String CHOOSE = "choose";
    static final String SAVE = "save";
    static final String CANCEL = "cancel";

    private final Subscriptions subscriptions;
    private final Texts texts;

    public NotifySettingsDialog(Subscriptions subscriptions, Texts texts) {
        this.subscriptions = subscriptions;
        this.texts = texts;
    }

    @Override
    public String name() {
        return Conversations.NOTIFY_SETTINGS;
    }

    @Override
    public String command() {
        return "/settings notify";
    }

    @Override
    public DialogState start(DialogContext context) {
        // a channel without a subscription of its own starts from "everything", the broadest choice
        var current = subscriptions.find(context.key().chat())
                .map(Subscription::severities)
                .orElse(EnumSet.allOf(Severity.class));
        return SeveritySelection.of(current).toState(CHOOSE);
    }

    @Override
    public Question ask(DialogContext context, DialogState state) {
        var locale = context.locale();
        var selection = SeveritySelection.from(state);
        var options = new ArrayList<Option>();
        for (var severity : Severity.values()) {
            options.add(new Option(severity.wireName(), SeverityNames.label(texts, locale, severity),
                    selection.contains(severity)));
        }
        options.add(Option.of(SAVE, texts.get(locale, "conversations.notify-settings.save")));
        options.add(Option.of(CANCEL, texts.get(locale, "conversations.notify-settings.cancel")));
        return new Question(texts.get(locale, "conversations.notify-settings.question"), options);
    }

    @Override
    public Transition answer(DialogContext context, DialogState state, String value) {
        var locale = context.locale();
        var selection = SeveritySelection.from(state);
        if (SAVE.equals(value)) {
            return save(context, state, selection);
        }
        if (CANCEL.equals(value)) {
            return Transition.done(texts.get(locale, "conversations.notify-settings.cancelled"));
        }
        return SeverityNames.fromValue(value)
                .map(severity -> Transition.to(selection.toggle(severity).toState(CHOOSE)))
                .orElseGet(() -> Transition.reAsk(state, texts.get(locale, "conversations.choose-offered")));
    }

    private Transition save(DialogContext context, DialogState state, SeveritySelection selection) {
        var locale = context.locale();
        if (selection.isEmpty()) {
            return Transition.reAsk(state, texts.get(locale, "conversations.notify-settings.empty"));
        }
        var chat = context.key().chat();
        // these settings are about severities only: a language chosen earlier for the channel stays
        var subscriptionLocale = subscriptions.find(chat).map(Subscription::locale).orElse(locale);
        subscriptions.save(new Subscription(chat, selection.severities(), subscriptionLocale));
        return Transition.done(texts.get(locale, "conversations.notify-settings.saved",
                SeverityNames.list(texts, locale, selection.severities())));
    }
}
