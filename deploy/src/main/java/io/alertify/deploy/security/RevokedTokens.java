package io.alertify.deploy.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded issuer's revocation list, in the database so that it holds across restarts and for every
 * instance. Tokens are named by the SHA-256 of their value: the list never holds a usable token.
 */
public final class RevokedTokens {

    private final JdbcClient database;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public RevokedTokens(JdbcClient database, TransactionTemplate transactions, Clock clock) {
        this.database = database;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void revoke(String tokenValue, String clientId, Instant expiresAt) {
        var now = clock.instant();
        transactions.executeWithoutResult(status -> {
            database.sql("delete from revoked_tokens where expires_at < ?").param(now).update();
            if (!isRevoked(tokenValue)) {
                database.sql("insert into revoked_tokens (token_hash, client_id, revoked_at, expires_at) "
                        + "values (?, ?, ?, ?)").params(hash(tokenValue), clientId, now, expiresAt).update();
            }
        });
    }

    public boolean isRevoked(String tokenValue) {
        return database.sql("select count(*) from revoked_tokens where token_hash = ?").param(hash(tokenValue))
                .query(Integer.class).single() > 0;
    }

    static String hash(String tokenValue) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(tokenValue.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
