package io.alertify.bot.integration;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Integrations in the database; the secret key is what a sender's URL (or routing_key) carries. */
public final class IntegrationStore {

    private final JdbcClient database;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final SecureRandom random = new SecureRandom();

    public IntegrationStore(JdbcClient database, TransactionTemplate transactions, JsonMapper json) {
        this.database = database;
        this.transactions = transactions;
        this.json = json;
    }

    public List<IntegrationSpec> all() {
        return database.sql("select body from integrations order by name").query(String.class).list().stream()
                .map(this::read).toList();
    }

    public Optional<IntegrationSpec> find(String name) {
        return database.sql("select body from integrations where name = ?").param(name).query(String.class).optional()
                .map(this::read);
    }

    /** The integration whose URL carries {@code key}, if it is of {@code kind}. */
    Optional<IntegrationSpec> byKey(String key, IntegrationKind kind) {
        if (key == null || !IntegrationSpec.KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        return database.sql("select body from integrations where secret_key = ? and kind = ?")
                .params(key, kind.wireName()).query(String.class).optional().map(this::read);
    }

    /**
     * Creates or replaces; an integration written without a key keeps the one it has, or gets a new one.
     * Answers what is stored. Throws IllegalArgumentException naming a mistake.
     */
    public IntegrationSpec put(IntegrationSpec spec) {
        spec.check();
        return transactions.execute(status -> {
            var existing = find(spec.name());
            var key = spec.key() != null ? spec.key() : existing.map(IntegrationSpec::key).orElseGet(this::newKey);
            var stored = spec.withKey(key);
            var body = json.writeValueAsString(stored);
            var replaced = database.sql("update integrations set kind = ?, secret_key = ?, body = ? where name = ?")
                    .params(stored.kindOf().wireName(), key, body, stored.name()).update();
            if (replaced == 0) {
                database.sql("insert into integrations (kind, secret_key, body, name) values (?, ?, ?, ?)")
                        .params(stored.kindOf().wireName(), key, body, stored.name()).update();
            }
            return stored;
        });
    }

    public boolean delete(String name) {
        return database.sql("delete from integrations where name = ?").param(name).update() > 0;
    }

    private String newKey() {
        var bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private IntegrationSpec read(String body) {
        return json.readValue(body, IntegrationSpec.class);
    }
}
