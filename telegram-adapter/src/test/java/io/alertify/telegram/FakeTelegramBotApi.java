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
            } else {
                reply = call(method, body);
            }
            requests.add(new Request(method, body, reply.status(), reply.body(json)));
            reply(exchange, reply);
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
