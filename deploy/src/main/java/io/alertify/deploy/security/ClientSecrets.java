package io.alertify.deploy.security;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The secrets of the embedded authorization server's clients that were not configured explicitly: made
 * up once, kept in a file only the owner can read, so that a newcomer gets working credentials without
 * inventing any and a restart does not change them.
 */
public final class ClientSecrets {

    public static final String FILE_NAME = "credentials.properties";

    private final Path file;
    private final Properties secrets = new Properties();

    private ClientSecrets(Path file) {
        this.file = file;
    }

    public static ClientSecrets in(Path dataDir) {
        var store = new ClientSecrets(dataDir.resolve(FILE_NAME));
        store.load();
        return store;
    }

    public Path file() {
        return file;
    }

    /** The stored secret of a client, or empty when none was made yet. */
    public String find(String clientId) {
        return secrets.getProperty(clientId, "");
    }

    /** The stored secret of a client, made up and saved on first use. */
    public synchronized String getOrCreate(String clientId) {
        var existing = secrets.getProperty(clientId);
        if (existing != null && !existing.isBlank()) {
            return existing;
        }
        var bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        var secret = HexFormat.of().formatHex(bytes);
        secrets.setProperty(clientId, secret);
        save();
        return secret;
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try (Reader in = Files.newBufferedReader(file)) {
            secrets.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read client secrets from " + file, e);
        }
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.createFile(file);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the file inherits the folder's ACL, which is the best we can do here.
                }
            }
            try (Writer out = Files.newBufferedWriter(file)) {
                secrets.store(out, "Alertify embedded OAuth2 clients (client id = secret). Keep private.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write client secrets to " + file, e);
        }
    }
}
