package io.alertify.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Updates for the bot: tests build them here (which also opens the callback queries they carry, so that
 * answerCallbackQuery can be checked) and either queue them for getUpdates or post them to the webhook.
 * getUpdates behaves like Telegram's: an offset confirms everything before it, and an empty queue holds
 * the call for the requested timeout (at most {@link #MAX_HOLD} here) before answering [].
 */
public final class FakeUpdates {

    static final Duration MAX_HOLD = Duration.ofSeconds(1);

    private final JsonMapper json;
    private final FakeChats chats;
    private final AtomicInteger nextUpdateId = new AtomicInteger(1);
    private final AtomicInteger nextIncomingId = new AtomicInteger(5000);
    private final Set<String> openQueries = ConcurrentHashMap.newKeySet();
    private final Set<String> answeredQueries = ConcurrentHashMap.newKeySet();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final List<ObjectNode> queue = new ArrayList<>();
    private boolean closed;

    FakeUpdates(JsonMapper json, FakeChats chats) {
        this.json = json;
        this.chats = chats;
    }

    /** A press on a button with {@code data} under the bot's message {@code messageId} in {@code chatId}. */
    public ObjectNode callbackQuery(long chatId, int messageId, FakeUser user, String data) {
        var queryId = String.valueOf(8_000_000_000L + nextIncomingId.getAndIncrement());
        openQueries.add(queryId);
        var message = chats.message(chatId, messageId)
                .map(chats::json)
                .orElseGet(() -> chats.json(new FakeChats.Message(chatId, messageId, "an older message", null, null)));
        var query = json.createObjectNode();
        query.put("id", queryId);
        query.set("from", user.json(json));
        query.set("message", message);
        query.put("chat_instance", "-" + Math.abs(chatId));
        query.put("data", data);
        return update("callback_query", query);
    }

    /** A text message from {@code user}; a leading /command gets its bot_command entity, as Telegram adds. */
    public ObjectNode textMessage(long chatId, FakeUser user, String text) {
        var message = json.createObjectNode();
        message.put("message_id", nextIncomingId.getAndIncrement());
        message.set("from", user.json(json));
        message.set("chat", chats.chat(chatId));
        message.put("date", Instant.now().getEpochSecond());
        message.put("text", text);
        if (chatId == user.id()) {
            chats.started(chatId); // a private chat: the person wrote to the bot, which may write back from now on
        }
        if (text.startsWith("/")) {
            var entity = json.createObjectNode();
            entity.put("offset", 0);
            entity.put("length", text.split("\\s", 2)[0].length());
            entity.put("type", "bot_command");
            message.set("entities", json.createArrayNode().add(entity));
        }
        return update("message", message);
    }

    /** Makes {@code update} available to getUpdates. */
    public void enqueue(ObjectNode update) {
        lock.lock();
        try {
            queue.add(update);
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public boolean isAnswered(ObjectNode callbackQueryUpdate) {
        return answeredQueries.contains(callbackQueryUpdate.path("callback_query").path("id").asString());
    }

    FakeReply getUpdates(ObjectNode body) {
        var offset = body.path("offset").asLong(0);
        var limit = body.path("limit").asInt(100);
        var hold = Duration.ofSeconds(body.path("timeout").asLong(0));
        var deadline = System.nanoTime() + Math.min(hold.toNanos(), MAX_HOLD.toNanos());
        lock.lock();
        try {
            queue.removeIf(update -> update.path("update_id").asLong() < offset);
            while (queue.isEmpty() && !closed) {
                var left = deadline - System.nanoTime();
                if (left <= 0 || !arrived.await(left, TimeUnit.NANOSECONDS)) {
                    break;
                }
            }
            var result = json.createArrayNode();
            queue.stream().limit(limit).forEach(result::add);
            return FakeReply.ok(result);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FakeReply.ok(json.createArrayNode());
        } finally {
            lock.unlock();
        }
    }

    FakeReply answerCallbackQuery(ObjectNode body) {
        var id = body.path("callback_query_id").asString("");
        if (!openQueries.remove(id)) {
            return FakeReply.error(400,
                    "Bad Request: query is too old and response timeout expired or query ID is invalid");
        }
        if (body.path("text").asString("").length() > 200) {
            return FakeReply.error(400, "Bad Request: MESSAGE_TOO_LONG");
        }
        answeredQueries.add(id);
        return FakeReply.ok(json.getNodeFactory().booleanNode(true));
    }

    void close() {
        lock.lock();
        try {
            closed = true;
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private ObjectNode update(String kind, ObjectNode content) {
        var update = json.createObjectNode();
        update.put("update_id", nextUpdateId.getAndIncrement());
        update.set(kind, content);
        return update;
    }
}
