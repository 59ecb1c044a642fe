package io.alertify.deploy.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The embedded issuer's RSA key, kept in the data folder so that tokens stay valid across restarts
 * (a new key per start would log everyone out each time).
 */
final class SigningKey {

    static final String FILE_NAME = "jwt-signing-key.pem";

    private final RSAKey key;

    private SigningKey(RSAKey key) {
        this.key = key;
    }

    static SigningKey loadOrCreate(Path dataDir) {
        var file = dataDir.resolve(FILE_NAME);
        try {
            var privateKey = Files.exists(file) ? read(file) : create(file);
            var publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new SigningKey(new RSAKey.Builder(publicKey).privateKey(privateKey).keyIDFromThumbprint().build());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the token signing key " + file, e);
        } catch (GeneralSecurityException | com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException("token signing key " + file + " is unusable; delete it to make a new one", e);
        }
    }

    RSAPublicKey publicKey() {
        try {
            return key.toRSAPublicKey();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException("token signing key has no usable public part", e);
        }
    }

    JWKSource<SecurityContext> asJwkSource() {
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    private static RSAPrivateCrtKey read(Path file) throws IOException, GeneralSecurityException {
        var pem = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    private static RSAPrivateCrtKey create(Path file) throws IOException, GeneralSecurityException {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var privateKey = (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
        Files.createDirectories(file.getParent());
        Files.createFile(file);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the folder's ACL.
        }
        var body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(privateKey.getEncoded());
        Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");
        return privateKey;
    }
}
