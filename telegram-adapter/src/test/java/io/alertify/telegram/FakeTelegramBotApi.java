package io.alertify.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local Telegram Bot API that checks requests the way the real one does: {@code /bot<token>/<method>}
 * (method names case-insensitive, the library sends them lowercase), 401 or 404 for a wrong token,
 * required fields per method, HTML that Telegram can parse, callback data within 64 bytes, one answer per
 * callback query, and "message is not modified" for an edit that changes nothing. getUpdates serves a
 * queue that the test fills ({@link FakeUpdates}). Every request is recorded.
 *
 * <p>Failure modes as https://core.telegram.org/bots/faq#broadcasting-to-users and the Bot API describe
 * them: more than about one message a second to a chat (bursts of three pass), 20 a minute to a group or 30 a second in all is
 * answered 429 with {@code parameters.retry_after}; {@link #blockedBy} answers 403 "bot was blocked by
 * the user" for a chat; {@link #upgradeToSupergroup} answers 400 with {@code migrate_to_chat_id};
 * {@link #failFor} answers 5xx for a while; {@link #slowFor} does the work and answers late.
 */
public final class FakeTelegramBotApi implements AutoCloseable {

    public static final String TOKEN = "4242424242:AAF-fake_token_for-tests";
    public static final long BOT_ID = 4242424242L;

    private static final Pattern PATH = Pattern.compile("^/bot([^/]*)/([A-Za-z]+)$");
    private static final Pattern TOKEN_FORMAT = Pattern.compile("[0-9]+:[A-Za-z0-9_-]+");
    private static final Pattern WEBHOOK_URL = Pattern.compile("https://[^/:?#]+(:(443|80|88|8443))?(/[^?#]*)?");
    private static final Pattern SECRET_TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(Thread.ofPlatform().daemon(true).factory());
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final FakeChats chats = new FakeChats(json);
    private final FakeUpdates updates = new FakeUpdates(json, chats);
    private volatile JsonNode webhook;
    private final java.util.Map<Long, String> blocked = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<Long, Long> migrated = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<Long, java.util.Deque<Long>> sentByChat = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Deque<Long> sentByBot = new java.util.ArrayDeque<>();
    private final java.util.concurrent.atomic.AtomicInteger tooManyRequests = new java.util.concurrent.atomic.AtomicInteger();
    private volatile long failingUntil;
    private volatile int failStatus = 502;
    private volatile long slowUntil;
    private volatile long slowByMillis;
    private volatile boolean enforceLimits = true;

    /** The user of private chat {@code chatId} blocked the bot: 403 from now on. */
    public void blockedBy(long chatId) {
        blocked.put(chatId, "Forbidden: bot was blocked by the user");
    }

    /** Group {@code chatId} became supergroup {@code newChatId}: sending to the old id answers 400 with the new one. */
    public void upgradeToSupergroup(long chatId, long newChatId) {
        migrated.put(chatId, newChatId);
    }

    public void failFor(java.time.Duration duration, int status) {
        failStatus = status;
        failingUntil = System.currentTimeMillis() + duration.toMillis();
    }

    public void slowFor(java.time.Duration duration, java.time.Duration delay) {
        slowByMillis = delay.toMillis();
        slowUntil = System.currentTimeMillis() + duration.toMillis();
    }

    /** Tests of other things may switch flood control off. */
    public void enforceLimits(boolean enforce) {
        enforceLimits = enforce;
    }

    /** How many 429s the fake has answered. */
    public int tooManyRequestsAnswered() {
        return tooManyRequests.get();
    }

    /** One call as the fake saw it, with its answer. */
    public record Request(String method, JsonNode body, int status, JsonNode response) {
    }

    public FakeTelegramBotApi() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** What {@code alertify.telegram.api-url} must be to reach this fake. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeUpdates updates() {
        return updates;
    }

    public FakeChats chats() {
        return chats;
    }

    /** Forgets the recorded requests (chats and pending updates stay), for tests that share one fake. */
    public void forgetRequests() {
        requests.clear();
    }

    /** Forgets what was sent for flood control, as a minute's pause would: the next test class starts fresh. */
    public synchronized void forgetFloodControl() {
        sentByChat.clear();
        sentByBot.clear();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Requests for one method, lowercase ({@code sendmessage}). */
    public List<Request> requests(String method) {
        return requests.stream().filter(r -> r.method().equals(method)).toList();
    }

    public Request lastRequest(String method) {
        var matching = requests(method);
        if (matching.isEmpty()) {
            throw new AssertionError("no " + method + " request; got " + requests.stream().map(Request::method).toList());
        }
        return matching.getLast();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var path = PATH.matcher(exchange.getRequestURI().getPath());
            if (!path.matches()) {
                reply(exchange, FakeReply.error(404, "Not Found"));
                return;
            }
            var method = path.group(2).toLowerCase(Locale.ROOT);
            var contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            var body = FakeMultipart.is(contentType)
                    ? FakeMultipart.read(contentType, exchange.getRequestBody().readAllBytes(), json.createObjectNode())
                    : readBody(exchange);
            FakeReply reply;
            if (!path.group(1).equals(TOKEN)) {
                // Telegram: a token that cannot exist is "Not Found", a well-formed wrong one "Unauthorized".
                reply = TOKEN_FORMAT.matcher(path.group(1)).matches()
                        ? FakeReply.error(401, "Unauthorized")
                        : FakeReply.error(404, "Not Found");
            } else if (body == null) {
                reply = FakeReply.error(400, "Bad Request: can't parse JSON");
            } else if (System.currentTimeMillis() < failingUntil && !method.equals("getupdates")) {
                reply = FakeReply.error(failStatus, "Bad Gateway");
            } else {
                reply = limited(method, body);
                if (reply == null) {
                    reply = call(method, body);
                }
            }
            if (System.currentTimeMillis() < slowUntil && !method.equals("getupdates")) {
                try {
                    Thread.sleep(slowByMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            requests.add(new Request(method, body, reply.status(), reply.body(json)));
            reply(exchange, reply);
        }
    }

    /** Blocked chats, migrated groups and flood control, for methods that send to a chat; null when the call may go. */
    private FakeReply limited(String method, ObjectNode body) {
        if (!method.equals("sendmessage") && !method.equals("editmessagetext")) {
            return null;
        }
        long chat;
        try {
            chat = Long.parseLong(body.path("chat_id").asString(""));
        } catch (NumberFormatException e) {
            return null;
        }
        if (blocked.containsKey(chat)) {
            return FakeReply.error(403, blocked.get(chat));
        }
        if (chat > 0 && !chats.hasStarted(chat)) {
            // a private chat is a user's id; Telegram lets a bot write there only once the user has started it
            return FakeReply.error(403, "Forbidden: bot can't initiate conversation with a user");
        }
        if (migrated.containsKey(chat)) {
            return FakeReply.migrated(migrated.get(chat));
        }
        if (!enforceLimits) {
            return null;
        }
        var now = System.currentTimeMillis();
        var perChat = sentByChat.computeIfAbsent(chat, c -> new java.util.ArrayDeque<>());
        synchronized (this) {
            prune(perChat, now, chat < 0 ? 60_000 : 1_000);
            prune(sentByBot, now, 1_000);
            // About one a second to a chat, with the short bursts Telegram tolerates; 20 a minute to a group.
            var chatFull = chat < 0 ? perChat.size() >= 20 : perChat.size() >= 3;
            if (chatFull || sentByBot.size() >= 30) {
                tooManyRequests.incrementAndGet();
                var oldest = chatFull ? perChat.peekFirst() : sentByBot.peekFirst();
                var window = chatFull && chat < 0 ? 60_000 : 1_000;
                return FakeReply.tooManyRequests(Math.max(1, (oldest + window - now + 999) / 1000));
            }
            perChat.addLast(now);
            sentByBot.addLast(now);
        }
        return null;
    }

    private static void prune(java.util.Deque<Long> sent, long now, long window) {
        while (!sent.isEmpty() && sent.peekFirst() <= now - window) {
            sent.pollFirst();
        }
    }

    private FakeReply call(String method, ObjectNode body) {
        return switch (method) {
            case "getme" -> FakeReply.ok(chats.bot());
            case "deletewebhook" -> FakeReply.ok(json.getNodeFactory().booleanNode(true));
            case "getupdates" -> updates.getUpdates(body);
            case "sendmessage" -> chats.sendMessage(body);
            case "editmessagetext" -> chats.editMessageText(body);
            case "answercallbackquery" -> updates.answerCallbackQuery(body);
            case "setwebhook" -> setWebhook(body);
            default -> FakeReply.error(404, "Not Found");
        };
    }

    /** Telegram's rules: an https URL on a webhook port, a well-formed secret token, a JSON list of update types. */
    private FakeReply setWebhook(ObjectNode body) {
        var url = body.path("url").asString("");
        if (!WEBHOOK_URL.matcher(url).matches()) {
            return FakeReply.error(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook");
        }
        var secret = body.path("secret_token");
        if (!secret.isMissingNode() && !SECRET_TOKEN.matcher(secret.asString()).matches()) {
            return FakeReply.error(400, "Bad Request: secret token contains unallowed characters");
        }
        var allowed = body.path("allowed_updates");
        if (!allowed.isMissingNode()) {
            try {
                if (!(allowed.isArray() || json.readTree(allowed.asString()).isArray())) {
                    return FakeReply.error(400, "Bad Request: can't parse allowed updates");
                }
            } catch (RuntimeException e) {
                return FakeReply.error(400, "Bad Request: can't parse allowed updates");
            }
        }
        webhook = body;
        return FakeReply.ok(json.getNodeFactory().booleanNode(true));
    }

    /** The last webhook Telegram accepted (its fields as sent), or null. */
    public JsonNode webhook() {
        return webhook;
    }

    private ObjectNode readBody(HttpExchange exchange) throws IOException {
        var bytes = exchange.getRequestBody().readAllBytes();
        if (bytes.length == 0) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(bytes) instanceof ObjectNode object ? object : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void reply(HttpExchange exchange, FakeReply reply) throws IOException {
        var bytes = json.writeValueAsString(reply.body(json)).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        updates.close();
        server.stop(0);
        threads.shutdownNow();
    }
}
