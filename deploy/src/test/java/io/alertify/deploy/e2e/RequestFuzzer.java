package io.alertify.deploy.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The fuzz's generator: requests to every public endpoint, mostly wrong in some way (broken JSON, wrong
 * types, control characters, lone surrogates, huge and tiny values, far timestamps, odd content types,
 * signed and unsigned chat callbacks, unknown paths and methods), all from one seeded {@link Random}.
 */
final class RequestFuzzer {

    private final Random random;
    private final String slackSecret;
    private final String telegramSecret;

    RequestFuzzer(Random random, String slackSecret, String telegramSecret) {
        this.random = random;
        this.slackSecret = slackSecret;
        this.telegramSecret = telegramSecret;
    }

    FuzzedRequest anyRequest(Map<String, String> tokens) {
        var role = pick("user", "engineer", "admin", "admin", "engineer", null);
        var token = role == null ? null : tokens.get(role);
        return switch (random.nextInt(14)) {
            case 0, 1, 2, 3 -> json("POST /metrics", "POST", "/metrics", token, metricsBody());
            case 4 -> json("POST /backtest", "POST", "/backtest", token, backtestBody());
            case 5 -> json("POST /notify", "POST", "/notify", token, anyObject("incident_id", "channel", "message"));
            case 6 -> json("POST /incidents/test", "POST", "/incidents/test", token, anyObject("service", "severity"));
            case 7 -> json("GET /incidents", pick("GET", "GET", "DELETE", "PATCH"), pick("/incidents", "/incidents/"
                    + anyPathSegment(), "/incidents?status=" + anyPathSegment(), "/destinations", "/oncall", "/people"), token, new byte[0]);
            case 8 -> random.nextBoolean()
                    ? json("PUT /subscriptions", pick("PUT", "GET", "POST"), "/subscriptions", token,
                            anyObject("channel", "address", "severities", "locale"))
                    : json("PUT /people", pick("PUT", "GET", "DELETE"), "/people/" + anyPathSegment(), token,
                            anyObject("name", "role", "time_zone", "locale", "slack_user_id", "telegram_user_id", "email"));
            case 9 -> json("POST /run-script", "POST", "/run-script", token,
                    anyObject("incident_id", "script_name", "parameters"));
            case 10 -> slackEvent();
            case 11 -> telegramUpdate();
            case 12 -> new FuzzedRequest("POST /oauth2/token", "POST", pick("/oauth2/token", "/oauth2/introspect",
                    "/oauth2/revoke"), "application/x-www-form-urlencoded",
                    ("grant_type=" + anyPathSegment() + "&token=" + anyPathSegment()).getBytes(StandardCharsets.UTF_8),
                    Map.of("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (pick("user", "admin", "x") + ":" + anyPathSegment()).getBytes(StandardCharsets.UTF_8))));
            default -> json("other", pick("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"),
                    pick("/", "/error", "/nothing", "/actuator", "/actuator/env", "/actuator/health/readiness",
                            "/actuator/prometheus", "/metrics/x", "/incidents/1/x", "/%2e%2e/etc/passwd",
                            "/" + anyPathSegment()), token, anyBytes());
        };
    }

    private FuzzedRequest json(String target, String method, String path, String token, byte[] body) {
        var headers = new LinkedHashMap<String, String>();
        if (token != null) {
            headers.put("Authorization", random.nextInt(20) == 0 ? "Bearer " + token.substring(1) : "Bearer " + token);
        }
        return new FuzzedRequest(target, method, path, pick("application/json", "application/json", "application/json",
                "application/json; charset=utf-8", null, "*/*", "text/plain", "application/*", "json",
                "multipart/form-data", "application/x-www-form-urlencoded", ";;"), body, headers);
    }

    private byte[] metricsBody() {
        var body = new LinkedHashMap<String, Object>();
        body.put("service_id", random.nextInt(3) == 0 ? anyValue(1) : anyString());
        if (random.nextBoolean()) {
            body.put("timestamp", pick(Instant.now().toString(), "+999999999-12-31T23:59:59Z", "-1000000-01-01T00:00:00Z",
                    1.7e9, 1.7e12, 1e300, -1, "yesterday", 0, anyValue(1)));
        }
        var metrics = new LinkedHashMap<String, Object>();
        for (int i = random.nextInt(4); i > 0; i--) {
            metrics.put(random.nextBoolean() ? pick("latency", "error_rate", "cpu") : anyString(), anyNumberish());
        }
        body.put("metrics", random.nextInt(8) == 0 ? anyValue(2) : metrics);
        if (random.nextBoolean()) {
            var labels = new LinkedHashMap<String, Object>();
            for (int i = random.nextInt(5); i > 0; i--) {
                labels.put(anyString(), random.nextInt(5) == 0 ? anyValue(1) : anyString());
            }
            body.put("labels", labels);
        }
        return random.nextInt(10) == 0 ? anyBytes() : Ascii.json(body).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] backtestBody() {
        var series = new ArrayList<Object>();
        for (int i = random.nextInt(30); i > 0; i--) {
            series.add(random.nextInt(6) == 0 ? anyValue(1) : map("timestamp", pick(Instant.now().minusSeconds(60L * i)
                    .toString(), "+999999999-12-31T23:59:59Z", 1e300, -5, anyString()), "value", anyNumberish()));
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("series", random.nextInt(6) == 0 ? anyValue(2) : series);
        if (random.nextBoolean()) {
            body.put("rule", random.nextBoolean() ? anyValue(2) : map("above", anyNumberish(), "for_samples",
                    anyNumberish()));
        } else if (random.nextBoolean()) {
            body.put("detector", pick("auto", "zscore", "rcf", anyString()));
        }
        if (random.nextInt(4) == 0) {
            body.put(anyString(), anyValue(1));
        }
        return random.nextInt(10) == 0 ? anyBytes() : Ascii.json(body).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] anyObject(String... fields) {
        var body = new LinkedHashMap<String, Object>();
        for (var field : fields) {
            if (random.nextInt(4) != 0) {
                body.put(field, random.nextBoolean() ? anyString() : anyValue(2));
            }
        }
        return random.nextInt(8) == 0 ? anyBytes() : Ascii.json(body).getBytes(StandardCharsets.UTF_8);
    }

    /** Signed with the app's secret or not, well-formed or not: Bolt's answers must be ours too. */
    private FuzzedRequest slackEvent() {
        var body = pick("payload=" + java.net.URLEncoder.encode(new String(anyObject("type", "actions", "user"),
                StandardCharsets.UTF_8), StandardCharsets.UTF_8), "command=/alertify&text=" + anyPathSegment(),
                new String(anyBytes(), StandardCharsets.ISO_8859_1), Ascii.json(Map.of("type", "url_verification",
                        "challenge", anyString())));
        var timestamp = Long.toString(Instant.now().getEpochSecond() + pick(0L, 0L, -600L, 600L));
        var headers = new LinkedHashMap<String, String>();
        headers.put("X-Slack-Request-Timestamp", timestamp);
        headers.put("X-Slack-Signature", random.nextInt(3) == 0 ? "v0=" + "0".repeat(64) : sign(timestamp, body));
        return new FuzzedRequest("POST /slack/events", "POST", "/slack/events", pick("application/x-www-form-urlencoded",
                "application/json", null), body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private FuzzedRequest telegramUpdate() {
        var headers = new LinkedHashMap<String, String>();
        if (random.nextInt(4) != 0) {
            headers.put("X-Telegram-Bot-Api-Secret-Token", random.nextInt(5) == 0 ? "wrong" : telegramSecret);
        }
        var body = random.nextInt(3) == 0 ? pick("null", "[]", "{}", "{\"update_id\":\"x\"}", "1", "\"\"")
                .getBytes(StandardCharsets.UTF_8) : anyObject("update_id", "message", "callback_query");
        return new FuzzedRequest("POST /telegram/webhook", "POST", "/telegram/webhook", pick("application/json", null, "*/*"),
                body, headers);
    }

    private String sign(String timestamp, String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(slackSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String anyString() {
        return switch (random.nextInt(16)) {
            case 0 -> "";
            case 1 -> " ";
            case 2 -> "x".repeat(190 + random.nextInt(30));
            case 3 -> "y".repeat(1000 + random.nextInt(20_000));
            case 4 -> "check\u0000out";
            case 5 -> "line\nERROR forged";
            case 6 -> "esc\u001b[31m";
            case 7 -> "платежи-" + random.nextInt(100);
            case 8 -> "emoji-\uD83D\uDD25";
            case 9 -> "lone-\uD800";
            case 10 -> "<!channel> @here";
            case 11 -> "'; drop table incidents; --";
            case 12 -> "../../etc/passwd";
            case 13 -> "%00%0a";
            default -> "svc-" + Integer.toHexString(random.nextInt());
        };
    }

    private Object anyNumberish() {
        return pick(730, 0.02, -1, 1e308, 4.9e-324, Long.MAX_VALUE, "12", "NaN", true, null, List.of(1), Map.of());
    }

    private Object anyValue(int depth) {
        int kind = random.nextInt(depth > 0 ? 7 : 5);
        return switch (kind) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> anyNumberish();
            case 3, 4 -> anyString();
            case 5 -> java.util.Arrays.asList(anyValue(depth - 1), anyValue(depth - 1));
            default -> {
                var object = new LinkedHashMap<String, Object>();
                object.put(anyString(), anyValue(depth - 1));
                yield object;
            }
        };
    }

    private byte[] anyBytes() {
        return switch (random.nextInt(5)) {
            case 0 -> new byte[0];
            case 1 -> "{\"service_id\":".getBytes(StandardCharsets.UTF_8);
            case 2 -> new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, '{'};
            case 3 -> "[1,2,3]".getBytes(StandardCharsets.UTF_8);
            default -> {
                var bytes = new byte[random.nextInt(200)];
                random.nextBytes(bytes);
                yield bytes;
            }
        };
    }

    private String anyPathSegment() {
        return java.net.URLEncoder.encode(anyString().substring(0, 0) + pick("1", "-1", "999999999999999999999",
                "abc", "%", "x y", "ünïcode", "", "1;drop"), StandardCharsets.UTF_8);
    }

    /** A map that, unlike Map.of, takes null values. */
    private static Map<String, Object> map(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return map;
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /**
     * Breaches with unusual but valid names and labels, each sent as three slow samples of one series
     * between the other requests: those answered 200 three times must open an incident.
     */
    final class Breaches {

        private final List<String> accepted = new ArrayList<>();
        private String service;
        private Map<String, Object> labels;
        private int sent;
        private boolean allAccepted;
        private int n;

        FuzzedRequest next(String token) {
            if (service == null || sent == 3) {
                n++;
                service = pick("breach-" + n, "платёж-" + n, "emoji-\uD83D\uDD25-" + n, "b".repeat(190) + "-" + n,
                        "<!here> " + n, "tab\tbreach-" + n);
                labels = random.nextBoolean() ? Map.of("namespace", "shop", "pod", "p-" + n)
                        : Map.of("region", "z".repeat(1900), "note", "ünïcode \uD83D\uDE80");
                sent = 0;
                allAccepted = true;
            }
            sent++;
            var body = Ascii.json(Map.of("service_id", service, "metrics", Map.of("latency", 900 + sent),
                    "labels", labels));
            return new FuzzedRequest("breach", "POST", "/metrics", "application/json", body.getBytes(StandardCharsets.UTF_8),
                    Map.of("Authorization", "Bearer " + token));
        }

        void answered(FuzzedRequest request, int status) {
            if (!"breach".equals(request.target())) {
                return;
            }
            allAccepted &= status == 200;
            if (sent == 3 && allAccepted) {
                accepted.add(service);
            }
        }

        List<String> accepted() {
            return accepted;
        }
    }

    /** JSON with every non-ASCII character escaped, so that lone surrogates travel as they are. */
    static final class Ascii {

        static String json(Object value) {
            var out = new StringBuilder();
            write(value, out);
            return out.toString();
        }

        private static void write(Object value, StringBuilder out) {
            switch (value) {
                case null -> out.append("null");
                case String s -> {
                    out.append('"');
                    for (char c : s.toCharArray()) {
                        if (c == '"' || c == '\\') {
                            out.append('\\').append(c);
                        } else if (c < 0x20 || c > 0x7e) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                    out.append('"');
                }
                case Map<?, ?> map -> {
                    out.append('{');
                    var first = true;
                    for (var entry : map.entrySet()) {
                        out.append(first ? "" : ",");
                        first = false;
                        write(String.valueOf(entry.getKey()), out);
                        out.append(':');
                        write(entry.getValue(), out);
                    }
                    out.append('}');
                }
                case List<?> list -> {
                    out.append('[');
                    for (int i = 0; i < list.size(); i++) {
                        out.append(i == 0 ? "" : ",");
                        write(list.get(i), out);
                    }
                    out.append(']');
                }
                default -> out.append(value);
            }
        }
    }
}
