package io.alertify.deploy.testing;

import org.springframework.test.context.DynamicPropertyRegistry;

/** The embedded issuer's three clients with secrets a test knows: {@code user}, {@code engineer}, {@code admin}. */
public final class TestClients {

    private TestClients() {
    }

    /** Each client's secret is its name followed by {@code -secret}. */
    public static void register(DynamicPropertyRegistry registry) {
        var clients = new String[] {"user", "engineer", "admin"};
        for (int i = 0; i < clients.length; i++) {
            var client = clients[i];
            var prefix = "alertify.security.authorization-server.clients[" + i + "].";
            registry.add(prefix + "id", () -> client);
            registry.add(prefix + "secret", () -> client + "-secret");
            registry.add(prefix + "role", () -> client);
        }
    }
}
