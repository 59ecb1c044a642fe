package io.alertify.bot.escalation;

import io.alertify.bot.escalation.EscalationProperties.PolicySpec;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Escalation policies in the database, as the JSON of their spec: what the API and the configuration write. */
public final class PolicyStore {

    private final JdbcClient database;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    public PolicyStore(JdbcClient database, TransactionTemplate transactions, JsonMapper json) {
        this.database = database;
        this.transactions = transactions;
        this.json = json;
    }

    public List<PolicySpec> all() {
        return database.sql("select body from escalation_policies order by name").query(String.class).list().stream()
                .map(body -> json.readValue(body, PolicySpec.class)).toList();
    }

    public Optional<PolicySpec> find(String name) {
        return database.sql("select body from escalation_policies where name = ?").param(name).query(String.class)
                .optional().map(body -> json.readValue(body, PolicySpec.class));
    }

    /** The policy, checked: a spec that does not make a policy is never stored. */
    public Optional<EscalationPolicy> policy(String name) {
        return find(name).map(EscalationProperties::toPolicy);
    }

    /** Creates or replaces; true when it is new. Throws IllegalArgumentException when it is not a policy. */
    public boolean put(PolicySpec spec) {
        if (spec.name() == null || spec.name().isBlank() || spec.name().length() > 100) {
            throw new IllegalArgumentException("a policy needs a name of 1 to 100 characters");
        }
        EscalationProperties.toPolicy(spec);
        var body = json.writeValueAsString(spec);
        return Boolean.TRUE.equals(transactions.execute(status -> {
            var replaced = database.sql("update escalation_policies set body = ? where name = ?").params(body, spec.name())
                    .update();
            if (replaced == 0) {
                database.sql("insert into escalation_policies (name, body) values (?, ?)").params(spec.name(), body).update();
            }
            return replaced == 0;
        }));
    }

    public boolean delete(String name) {
        return database.sql("delete from escalation_policies where name = ?").param(name).update() > 0;
    }
}
