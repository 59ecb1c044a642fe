package io.alertify.deploy.cli;

import io.alertify.deploy.security.ClientSecrets;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./alertify token ROLE}: one client-credentials request to the running server's issuer. */
final class TokenCommand {

    private final PrintStream out;
    private final PrintStream err;

    TokenCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        String role = null;
        var url = "http://localhost:" + env("SERVER_PORT", "8080");
        var dataDir = env("ALERTIFY_DATA_DIR", "./data");
        for (var arg : args) {
            if (arg.startsWith("--url=")) {
                url = arg.substring("--url=".length());
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = arg.substring("--data-dir=".length());
            } else if (role == null && !arg.startsWith("--")) {
                role = arg;
            } else {
                err.println("Unexpected option '" + arg + "'.");
                err.print(Help.TOKEN);
                return 2;
            }
        }
        if (role == null) {
            err.print(Help.TOKEN);
            return 2;
        }
        var secrets = ClientSecrets.in(Path.of(dataDir));
        var secret = secrets.find(role);
        if (secret.isBlank()) {
            err.println("No secret for client '" + role + "' in " + secrets.file()
                    + ". Start Alertify once (./alertify) so it creates them, or pass --data-dir.");
            return 1;
        }
        return request(url, role, secret);
    }

    private int request(String url, String clientId, String secret) {
        var basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(url.replaceAll("/$", "") + "/oauth2/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        try (var client = HttpClient.newHttpClient()) {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            var token = response.statusCode() == 200 ? accessToken(response.body()) : "";
            if (token.isBlank()) {
                err.println("The issuer at " + url + " refused client '" + clientId + "' (HTTP "
                        + response.statusCode() + "). Is this the data folder of that server?");
                return 1;
            }
            out.println(token);
            return 0;
        } catch (ConnectException e) {
            err.println("Nothing answers at " + url + ". Start Alertify first (./alertify), or pass --url.");
            return 1;
        } catch (IOException e) {
            err.println("Could not get a token from " + url + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static String accessToken(String body) {
        try {
            return JsonMapper.builder().build().readTree(body).path("access_token").asString("");
        } catch (JacksonException e) {
            return "";
        }
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
