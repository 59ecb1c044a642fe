package io.alertify.bot.routing;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The routes in the database, in the order they are tried; replaced as a whole, since order is their meaning. */
public final class RouteStore {

    private final JdbcClient database;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    public RouteStore(JdbcClient database, TransactionTemplate transactions, JsonMapper json) {
        this.database = database;
        this.transactions = transactions;
        this.json = json;
    }

    public List<RouteSpec> all() {
        return database.sql("select body from routes order by position").query(String.class).list().stream()
                .map(body -> json.readValue(body, RouteSpec.class)).toList();
    }

    /** Replaces every route; throws IllegalArgumentException naming the first one that is wrong. */
    public void replace(List<RouteSpec> routes) {
        for (int i = 0; i < routes.size(); i++) {
            try {
                routes.get(i).check();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("routes[" + i + "]: " + e.getMessage(), e);
            }
        }
        transactions.executeWithoutResult(status -> {
            database.sql("delete from routes").update();
            for (int i = 0; i < routes.size(); i++) {
                database.sql("insert into routes (position, name, body) values (?, ?, ?)")
                        .params(i, routes.get(i).name(), json.writeValueAsString(routes.get(i))).update();
            }
        });
    }
}
