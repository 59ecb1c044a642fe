package io.alertify.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local Slack Web API that answers like the real one for the methods Alertify calls: {@code auth.test},
 * {@code chat.postMessage}, {@code chat.update} and {@code chat.postEphemeral}. It checks what Slack
 * checks ({@code Authorization: Bearer <bot token>}, a channel, a text or blocks, the ts of a message
 * that exists) and answers {@code ok:false} with Slack's error codes otherwise. It also takes the JSON
 * that Bolt posts to a slash command's {@code response_url}. Every request is recorded.
 *
 * <p>Failure modes as Slack documents them (https://docs.slack.dev/apis/web-api/rate-limits): more than
 * about one {@code chat.postMessage} per second to a channel (bursts of {@value #BURST} pass) is answered
 * HTTP 429 {@code ratelimited} with {@code Retry-After}; {@link #failFor} answers 5xx for a while;
 * {@link #slowFor} answers late but does the work first (as Slack does when its answer is slow);
 * {@link #rateLimitNext} forces 429s. {@code conversations.history} returns posted messages with their
 * metadata, newest first, as Slack does with {@code include_all_metadata}.
 */
public final class FakeSlackApi implements AutoCloseable {

    public static final String TEAM_ID = "T0ALERTIFY";
    public static final String BOT_USER_ID = "U0BOT";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final String botToken;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final FakeDirectMessages directMessages = new FakeDirectMessages();
    private final Set<String> postedMessages = ConcurrentHashMap.newKeySet();
    private final Map<String, String> refusedChannels = new ConcurrentHashMap<>();
    // Message ts are microseconds since the epoch, from now on, as Slack's are (history looks them up by time).
    private final AtomicLong clock = new AtomicLong(System.currentTimeMillis() * 1000);
    static final int BURST = 3;
    private final Map<String, double[]> buckets = new ConcurrentHashMap<>();
    private final List<Map<String, Object>> history = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger forcedRateLimits = new java.util.concurrent.atomic.AtomicInteger();
    private volatile int forcedRetryAfter = 1;
    private volatile long failingUntil;
    private volatile int failStatus = 500;
    private volatile long slowUntil;
    private volatile long slowByMillis;
    private final java.util.concurrent.atomic.AtomicInteger rateLimited = new java.util.concurrent.atomic.AtomicInteger();

    /** One request as the fake received it; form fields and top-level JSON fields alike are params. */
    public record Call(String method, String authorization, String contentType, Map<String, String> params,
            Map<String, Object> answer, long receivedNanos) {

        Call(String method, String authorization, String contentType, Map<String, String> params,
                Map<String, Object> answer) {
            this(method, authorization, contentType, params, answer, System.nanoTime());
        }

        public String param(String name) {
            return params.get(name);
        }

        /** A param that holds JSON, such as {@code blocks}. */
        public JsonNode json(String name) {
            var value = params.get(name);
            return value == null ? null : JSON.readTree(value);
        }

        /** A field of the fake's answer, such as the {@code ts} of a posted message. */
        public String answered(String name) {
            var value = answer.get(name);
            return value == null ? null : value.toString();
        }

        public boolean ok() {
            return Boolean.TRUE.equals(answer.get("ok"));
        }
    }

    private FakeSlackApi(String botToken) throws IOException {
        this.botToken = botToken;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", this::api);
        server.createContext("/response/", this::responseUrl);
        // Slow answers must not hold up other calls, as they do not at Slack.
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(Thread.ofPlatform().daemon(true).factory()));
        server.start();
    }

    public static FakeSlackApi start(String botToken) {
        try {
            return new FakeSlackApi(botToken);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code alertify.slack.api-url} must be. */
    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    /** A {@code response_url} to put in a slash command; what Bolt posts there is recorded as method "response_url". */
    public String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + id;
    }

    /** Makes {@code chat.*} calls to {@code channel} fail with {@code error}, e.g. {@code not_in_channel}. */
    public void refuse(String channel, String error) {
        refusedChannels.put(channel, error);
    }

    /** The next {@code times} chat.postMessage calls get 429 with {@code Retry-After: seconds}. */
    public void rateLimitNext(int times, int seconds) {
        forcedRetryAfter = seconds;
        forcedRateLimits.set(times);
    }

    /** Every Web API call answers HTTP {@code status} (500, 503) for {@code duration}. */
    public void failFor(java.time.Duration duration, int status) {
        failStatus = status;
        failingUntil = System.currentTimeMillis() + duration.toMillis();
    }

    /** For {@code duration}, each call is done at once but answered {@code delay} later. */
    public void slowFor(java.time.Duration duration, java.time.Duration delay) {
        slowByMillis = delay.toMillis();
        slowUntil = System.currentTimeMillis() + duration.toMillis();
    }

    /** How many 429s the fake has answered, forced or earned. */
    public int rateLimitedAnswers() {
        return rateLimited.get();
    }

    /** Messages that exist in {@code channel} (posted successfully, whatever became of the answer). */
    public List<Map<String, Object>> messagesIn(String channel) {
        return history.stream().filter(m -> channel.equals(m.get("channel"))).toList();
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public void reset() {
        calls.clear();
        refusedChannels.clear();
        failingUntil = 0;
        slowUntil = 0;
        forcedRateLimits.set(0);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void api(HttpExchange exchange) throws IOException {
        var method = exchange.getRequestURI().getPath().substring("/api/".length());
        var contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        var authorization = exchange.getRequestHeaders().getFirst("Authorization");
        var arrived = System.nanoTime();
        var params = params(contentType, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        var now = System.currentTimeMillis();
        if (now < failingUntil && !method.equals("auth.test")) {
            calls.add(new Call(method, authorization, contentType, params, Map.of("ok", false, "http", failStatus)));
            respond(exchange, failStatus, "<html>Slack is having trouble</html>", "text/html");
            return;
        }
        if (method.equals("chat.postMessage")) {
            var retryAfter = rateLimit(params.get("channel"), now);
            if (retryAfter > 0) {
                rateLimited.incrementAndGet();
                calls.add(new Call(method, authorization, contentType, params, Map.of("ok", false, "http", 429)));
                exchange.getResponseHeaders().set("Retry-After", Integer.toString(retryAfter));
                respond(exchange, 429, JSON.writeValueAsString(error("ratelimited")), "application/json; charset=utf-8");
                return;
            }
        }
        var result = answer(method, authorization, params);
        calls.add(new Call(method, authorization, contentType, params, result, arrived));
        if (now < slowUntil) {
            try {
                Thread.sleep(slowByMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        respond(exchange, JSON.writeValueAsString(result));
    }

    /**
     * Seconds to wait, or 0 when the post may go: about one per second per channel with short bursts,
     * as a token bucket of {@value #BURST} refilled at one a second.
     */
    private int rateLimit(String channel, long now) {
        if (forcedRateLimits.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return forcedRetryAfter;
        }
        if (channel == null) {
            return 0;
        }
        var bucket = buckets.computeIfAbsent(channel, c -> new double[] {BURST, now});
        synchronized (bucket) {
            bucket[0] = Math.min(BURST, bucket[0] + (now - bucket[1]) / 1000.0);
            bucket[1] = now;
            if (bucket[0] < 1) {
                return 1;
            }
            bucket[0] -= 1;
            return 0;
        }
    }

    private Map<String, Object> answer(String method, String authorization, Map<String, String> params) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return error("not_authed");
        }
        if (!authorization.equals("Bearer " + botToken)) {
            return error("invalid_auth");
        }
        return switch (method) {
            case "auth.test" -> Map.of("ok", true, "url", "https://alertify-test.slack.com/", "team", "Alertify Test",
                    "user", "alertify", "team_id", TEAM_ID, "user_id", BOT_USER_ID, "bot_id", "B0BOT");
            case "chat.postMessage" -> postMessage(params);
            case "chat.update" -> update(params);
            case "chat.postEphemeral" -> postEphemeral(params);
            case "conversations.history" -> history(params);
            case "conversations.open" -> directMessages.open(params.get("users"));
            default -> error("unknown_method");
        };
    }

    private Map<String, Object> postMessage(Map<String, String> params) {
        var problem = checkMessage(params);
        if (problem != null) {
            return error(problem);
        }
        var channel = params.get("channel");
        var ts = nextTs();
        postedMessages.add(channel + "/" + ts);
        var message = new LinkedHashMap<String, Object>();
        message.put("channel", channel);
        message.put("ts", ts);
        message.put("text", params.getOrDefault("text", ""));
        if (params.get("metadata") != null) {
            message.put("metadata", JSON.readValue(params.get("metadata"), Map.class));
        }
        history.add(message);
        return Map.of("ok", true, "channel", channel, "ts", ts,
                "message", Map.of("type", "message", "text", params.getOrDefault("text", ""), "ts", ts));
    }

    private Map<String, Object> update(Map<String, String> params) {
        var problem = checkMessage(params);
        if (problem != null) {
            return error(problem);
        }
        var channel = params.get("channel");
        var ts = params.get("ts");
        if (ts == null || !postedMessages.contains(channel + "/" + ts)) {
            return error("message_not_found");
        }
        return Map.of("ok", true, "channel", channel, "ts", ts, "text", params.getOrDefault("text", ""));
    }

    /** Newest first, only messages at or after {@code oldest}; metadata only with {@code include_all_metadata}. */
    private Map<String, Object> history(Map<String, String> params) {
        var channel = params.get("channel");
        if (isBlank(channel)) {
            return error("channel_not_found");
        }
        var oldest = params.get("oldest") == null ? 0.0 : Double.parseDouble(params.get("oldest"));
        var withMetadata = "true".equals(params.get("include_all_metadata")) || "1".equals(params.get("include_all_metadata"));
        var messages = new java.util.ArrayList<Map<String, Object>>();
        for (var message : messagesIn(channel).reversed()) {
            if (Double.parseDouble((String) message.get("ts")) < oldest) {
                continue;
            }
            var copy = new LinkedHashMap<String, Object>(Map.of("type", "message", "ts", message.get("ts"),
                    "text", message.get("text")));
            if (withMetadata && message.containsKey("metadata")) {
                copy.put("metadata", message.get("metadata"));
            }
            messages.add(copy);
        }
        return Map.of("ok", true, "messages", messages, "has_more", false);
    }

    /** The user's account is deactivated: conversations.open answers user_disabled. */
    public void disableUser(String userId) {
        directMessages.disable(userId);
    }

    private Map<String, Object> postEphemeral(Map<String, String> params) {
        var problem = checkMessage(params);
        if (problem != null) {
            return error(problem);
        }
        if (isBlank(params.get("user"))) {
            return error("user_not_in_channel");
        }
        return Map.of("ok", true, "message_ts", nextTs());
    }

    private String checkMessage(Map<String, String> params) {
        var channel = params.get("channel");
        if (isBlank(channel)) {
            return "channel_not_found";
        }
        if (refusedChannels.containsKey(channel)) {
            return refusedChannels.get(channel);
        }
        if (isBlank(params.get("text")) && isBlank(params.get("blocks"))) {
            return "no_text";
        }
        return null;
    }

    private void responseUrl(HttpExchange exchange) throws IOException {
        var contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(new Call("response_url", null, contentType, params(contentType, body), Map.of("ok", true)));
        respond(exchange, "{\"ok\":true}");
    }

    /** Now, in microseconds, and always after the last one: Slack's ts are unique per channel and follow the clock. */
    private String nextTs() {
        var micros = clock.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis() * 1000));
        return micros / 1_000_000 + "." + String.format("%06d", micros % 1_000_000);
    }

    /** Slack's Web API takes form fields or, for some methods and clients, a JSON body. */
    private static Map<String, String> params(String contentType, String body) {
        var params = new LinkedHashMap<String, String>();
        if (contentType != null && contentType.startsWith("application/json")) {
            JSON.readTree(body).properties().forEach(e ->
                    params.put(e.getKey(), e.getValue().isString() ? e.getValue().asString() : e.getValue().toString()));
            return params;
        }
        for (var pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            var eq = pair.indexOf('=');
            var name = eq < 0 ? pair : pair.substring(0, eq);
            var value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }

    private static Map<String, Object> error(String code) {
        return Map.of("ok", false, "error", code);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        respond(exchange, 200, json, "application/json; charset=utf-8");
    }

    private static void respond(HttpExchange exchange, int status, String body, String contentType) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
