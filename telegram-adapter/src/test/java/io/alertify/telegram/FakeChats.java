package io.alertify.telegram;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The fake's messages: sendMessage stores them, editMessageText changes them, tests read them back. */
public final class FakeChats {

    private static final int MAX_TEXT = 4096;
    private static final int MAX_CALLBACK_DATA_BYTES = 64;

    private final JsonMapper json;
    private final java.util.Set<Long> started = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The user of private chat {@code userId} has written to the bot (pressed Start): it may write to them. */
    public void started(long userId) {
        started.add(userId);
    }

    /** As if {@code userId} had never written to the bot (the fake is shared by test classes). */
    public void neverStarted(long userId) {
        started.remove(userId);
    }

    boolean hasStarted(long userId) {
        return started.contains(userId);
    }

    private final AtomicInteger nextMessageId = new AtomicInteger(100);
    private final Map<String, Message> messages = new ConcurrentHashMap<>();

    /** A message as the chat shows it now; {@code keyboard} is the inline_keyboard JSON or null. */
    public record Message(long chatId, int messageId, String text, String parseMode, JsonNode keyboard) {

        public String visibleText() {
            return "html".equalsIgnoreCase(parseMode) ? TelegramHtml.plain(text) : text;
        }

        /** The callback_data of every button, row by row. */
        public List<String> callbackData() {
            var data = new ArrayList<String>();
            if (keyboard != null) {
                keyboard.forEach(row -> row.forEach(button -> data.add(button.path("callback_data").asString())));
            }
            return data;
        }
    }

    FakeChats(JsonMapper json) {
        this.json = json;
    }

    public Optional<Message> message(long chatId, int messageId) {
        return Optional.ofNullable(messages.get(key(chatId, messageId)));
    }

    /** A message the bot sent before the test started (a card), for updates to refer to. */
    public Message existing(long chatId, String text) {
        var message = new Message(chatId, nextMessageId.getAndIncrement(), text, null, null);
        messages.put(key(chatId, message.messageId()), message);
        return message;
    }

    FakeReply sendMessage(ObjectNode body) {
        var chatId = chatId(body);
        if (chatId == null) {
            return FakeReply.error(400, body.has("chat_id") ? "Bad Request: chat not found" : "Bad Request: chat_id is empty");
        }
        var problem = checkText(body);
        if (problem != null) {
            return problem;
        }
        var replyTo = body.path("reply_parameters").path("message_id");
        if (!replyTo.isMissingNode() && message(chatId, replyTo.asInt()).isEmpty()
                && !body.path("reply_parameters").path("allow_sending_without_reply").asBoolean()) {
            return FakeReply.error(400, "Bad Request: message to be replied not found");
        }
        var message = new Message(chatId, nextMessageId.getAndIncrement(), body.path("text").asString(),
                parseMode(body), keyboard(body));
        messages.put(key(chatId, message.messageId()), message);
        var result = json(message);
        if (!replyTo.isMissingNode()) {
            message(chatId, replyTo.asInt()).ifPresent(original -> result.set("reply_to_message", json(original)));
        }
        return FakeReply.ok(result);
    }

    FakeReply editMessageText(ObjectNode body) {
        var chatId = chatId(body);
        if (chatId == null) {
            return FakeReply.error(400, "Bad Request: chat_id is empty");
        }
        if (!body.path("message_id").canConvertToInt()) {
            return FakeReply.error(400, "Bad Request: message identifier is not specified");
        }
        var problem = checkText(body);
        if (problem != null) {
            return problem;
        }
        var current = message(chatId, body.path("message_id").asInt());
        if (current.isEmpty()) {
            return FakeReply.error(400, "Bad Request: message to edit not found");
        }
        var edited = new Message(chatId, current.get().messageId(), body.path("text").asString(), parseMode(body),
                keyboard(body));
        if (edited.visibleText().equals(current.get().visibleText())
                && Objects.equals(edited.keyboard(), current.get().keyboard())) {
            return FakeReply.error(400, "Bad Request: message is not modified: specified new message content and "
                    + "reply markup are exactly the same as a current content and reply markup of the message");
        }
        messages.put(key(chatId, edited.messageId()), edited);
        var result = json(edited);
        result.put("edit_date", Instant.now().getEpochSecond());
        return FakeReply.ok(result);
    }

    private FakeReply checkText(ObjectNode body) {
        var text = body.path("text").asString("");
        if (text.isEmpty()) {
            return FakeReply.error(400, "Bad Request: message text is empty");
        }
        var parseMode = parseMode(body);
        if (parseMode != null && !parseMode.equals("html")) {
            return FakeReply.error(400, "Bad Request: unsupported parse_mode");
        }
        if (parseMode != null) {
            var problem = TelegramHtml.check(text);
            if (problem != null) {
                return FakeReply.error(400, "Bad Request: can't parse entities: " + problem);
            }
            text = TelegramHtml.plain(text);
        }
        if (text.length() > MAX_TEXT) {
            return FakeReply.error(400, "Bad Request: message is too long");
        }
        var rows = body.path("reply_markup").path("inline_keyboard");
        for (var row : rows) {
            for (var button : row) {
                var data = button.path("callback_data").asString("");
                if (button.path("text").asString("").isEmpty()) {
                    return FakeReply.error(400, "Bad Request: text buttons are unallowed in the inline keyboard");
                }
                if (data.isEmpty() || data.getBytes(StandardCharsets.UTF_8).length > MAX_CALLBACK_DATA_BYTES) {
                    return FakeReply.error(400, "Bad Request: BUTTON_DATA_INVALID");
                }
            }
        }
        return null;
    }

    ObjectNode bot() {
        var bot = json.createObjectNode();
        bot.put("id", FakeTelegramBotApi.BOT_ID);
        bot.put("is_bot", true);
        bot.put("first_name", "Alertify");
        bot.put("username", "alertify_test_bot");
        return bot;
    }

    ObjectNode chat(long chatId) {
        var chat = json.createObjectNode();
        chat.put("id", chatId);
        if (chatId > 0) {
            chat.put("type", "private");
            chat.put("first_name", "Someone");
        } else {
            chat.put("type", "supergroup");
            chat.put("title", "On-call");
        }
        return chat;
    }

    ObjectNode json(Message message) {
        var node = json.createObjectNode();
        node.put("message_id", message.messageId());
        node.set("from", bot());
        node.set("chat", chat(message.chatId()));
        node.put("date", Instant.now().getEpochSecond());
        node.put("text", message.visibleText());
        if (message.keyboard() != null) {
            node.set("reply_markup", json.createObjectNode().set("inline_keyboard", message.keyboard()));
        }
        return node;
    }

    private static Long chatId(ObjectNode body) {
        var value = body.path("chat_id").asString("");
        try {
            return value.isBlank() ? null : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null; // "@channel" names: no such channel here
        }
    }

    private static String parseMode(ObjectNode body) {
        var mode = body.path("parse_mode").asString("");
        return mode.isEmpty() ? null : mode.toLowerCase(Locale.ROOT);
    }

    private static JsonNode keyboard(ObjectNode body) {
        var keyboard = body.path("reply_markup").path("inline_keyboard");
        return keyboard.isMissingNode() || keyboard.isEmpty() ? null : keyboard;
    }

    private static String key(long chatId, int messageId) {
        return chatId + "/" + messageId;
    }
}
