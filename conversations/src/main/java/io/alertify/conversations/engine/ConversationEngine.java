package io.alertify.conversations.engine;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.ChatRoles;
import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Texts;
import io.alertify.conversations.api.Choice;
import io.alertify.conversations.api.ConversationKey;
import io.alertify.conversations.api.Conversations;
import io.alertify.conversations.api.DialogAnswer;
import io.alertify.conversations.api.Step;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs {@link Dialog}s for every chat platform, keeping each conversation's state in the database so
 * that a dialog survives restarts and may be answered on any instance.
 *
 * <p>Button presses are user input: an unknown, finished or expired conversation ends politely, and a
 * press by someone other than the person who started the dialog (in a group chat) shows the same
 * question again with a note saying whose dialog it is, without changing its state.
 */
public final class ConversationEngine implements Conversations {

    private static final Logger log = LoggerFactory.getLogger(ConversationEngine.class);
    /** Concurrent presses on one dialog are rare; a few attempts settle them all. */
    private static final int ATTEMPTS = 3;

    private final ConversationRepository repository;
    private final Map<String, Dialog> dialogs;
    private final ChatRoles roles;
    private final Texts texts;
    private final Clock clock;
    private final Duration expireAfter;
    private final Duration keepFor;

    /**
     * @param expireAfter how long a dialog may sit untouched before its buttons stop working
     * @param keepFor how long rows are kept after their last change (old ones are purged on start)
     */
    public ConversationEngine(ConversationRepository repository, List<Dialog> dialogs, ChatRoles roles, Texts texts,
            Clock clock, Duration expireAfter, Duration keepFor) {
        this.repository = repository;
        this.roles = roles;
        this.dialogs = dialogs.stream().collect(Collectors.toUnmodifiableMap(Dialog::name, Function.identity()));
        this.texts = texts;
        this.clock = clock;
        this.expireAfter = expireAfter;
        this.keepFor = keepFor;
    }

    @Override
    public Step start(String dialogName, ConversationKey key, Locale locale, Map<String, String> arguments) {
        var dialog = dialogs.get(dialogName);
        if (dialog == null) {
            throw new IllegalArgumentException("unknown dialog '" + dialogName + "'; known: " + dialogs.keySet());
        }
        Objects.requireNonNull(key, "key");
        var effectiveLocale = locale == null ? texts.defaultLocale() : locale;
        var role = roles.roleOf(key.user());
        if (!role.includes(dialog.requiredRole())) {
            log.warn("audit: refused {} in {} for {}:{} ({}): their role is {}, it needs {}", dialog.command(),
                    key.chat(), key.user().channel().wireName(), key.user().userId(), key.user().displayName(), role,
                    dialog.requiredRole());
            return new Step.Finished("", texts.get(effectiveLocale, "conversations.refused", dialog.command()));
        }
        var now = clock.instant();
        // purging here keeps the table small without a scheduler; starts are rare and the delete is indexed
        repository.deleteUntouchedSince(now.minus(keepFor));
        repository.finishOpen(key.chat().channel().wireName(), key.chat().address(), key.user().channel().wireName(),
                key.user().userId(), dialog.name(), now);
        var state = dialog.start(new DialogContext(key, effectiveLocale, arguments));
        var context = new DialogContext(key, effectiveLocale);
        var entity = new ConversationEntity(ConversationIds.next(), key, dialog.name(),
                effectiveLocale.toLanguageTag(), now);
        entity.moveTo(state.name(), DialogDataCodec.encode(state.data()), now);
        repository.save(entity);
        log.debug("Started dialog {} as conversation {} in {}", dialog.name(), entity.id(), key.chat());
        return prompt(entity.id(), dialog, context, state, null);
    }

    @Override
    public Step answer(DialogAnswer answer, ChatUser user) {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(user, "user");
        for (var attempt = 1; ; attempt++) {
            try {
                return apply(answer, user);
            } catch (OptimisticLockingFailureException e) {
                // another press on the same dialog was saved first: apply this one on top of it
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Step apply(DialogAnswer answer, ChatUser user) {
        var id = answer.conversationId();
        var found = id.isBlank() ? Optional.<ConversationEntity>empty() : repository.findById(id);
        if (found.isEmpty()) {
            log.debug("Answer to unknown conversation {}", id);
            return new Step.Finished(id, texts.get(texts.defaultLocale(), "conversations.unknown"));
        }
        var entity = found.get();
        var locale = Locale.forLanguageTag(entity.locale());
        var dialog = dialogs.get(entity.dialog());
        if (dialog == null) {
            return new Step.Finished(id, texts.get(locale, "conversations.unknown"));
        }
        if (entity.finished()) {
            return new Step.Finished(id, texts.get(locale, "conversations.finished"));
        }
        var now = clock.instant();
        if (entity.updatedAt().plus(expireAfter).isBefore(now)) {
            entity.finish(now);
            repository.save(entity);
            return new Step.Finished(id, texts.get(locale, "conversations.expired", dialog.command()));
        }
        var context = new DialogContext(keyOf(entity), locale);
        var state = new DialogState(entity.state(), DialogDataCodec.decode(entity.data()));
        if (!entity.belongsTo(user)) {
            return prompt(id, dialog, context, state, texts.get(locale, "conversations.not-yours", entity.ownerName()));
        }
        return switch (dialog.answer(context, state, answer.value())) {
            case Transition.Next next -> {
                entity.moveTo(next.state().name(), DialogDataCodec.encode(next.state().data()), now);
                repository.save(entity);
                yield prompt(id, dialog, context, next.state(), next.notice());
            }
            case Transition.Done done -> {
                entity.finish(now);
                repository.save(entity);
                yield new Step.Finished(id, done.text());
            }
        };
    }

    private static Step.Prompt prompt(String id, Dialog dialog, DialogContext context, DialogState state,
            String notice) {
        var question = dialog.ask(context, state);
        var text = notice == null ? question.text() : notice + "\n" + question.text();
        var choices = question.options().stream()
                .map(o -> new Choice(o.value(), o.label(), o.selected(), new DialogAnswer(id, o.value()).encode()))
                .toList();
        return new Step.Prompt(id, text, choices);
    }

    private static ConversationKey keyOf(ConversationEntity entity) {
        return new ConversationKey(new Destination(Channel.parse(entity.chatChannel()), entity.chatAddress()),
                new ChatUser(Channel.parse(entity.userChannel()), entity.userId(), entity.userName()));
    }
}
