package nl.overheid.recordingpolicy.adapter.security.realm;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.wildfly.security.auth.realm.token.TokenSecurityRealm;
import org.wildfly.security.auth.realm.token.validator.JwtValidator;
import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.evidence.BearerTokenEvidence;

/**
 * Bearer JWTs (the NL GOV OAuth profile's way for portals), checked by Elytron's own token realm and JWT validator:
 * the signature against the configured public key (a PEM file) or keys (a JWKS file, chosen by the token's
 * {@code kid}), the expiry and not-before times, and the issuer and audience where configured. The token's
 * {@code sub} names the identity; its role and authority are the identity realm's, exactly as with a password.
 * Without a configured key no token is accepted.
 */
final class BearerTokens {

    static final String KEY_PROPERTY = "gateway.jwt.public-key";
    static final String ISSUER_PROPERTY = "gateway.jwt.issuer";
    static final String AUDIENCE_PROPERTY = "gateway.jwt.audience";

    private static final Logger LOG = Logger.getLogger(BearerTokens.class.getName());

    private final TokenSecurityRealm realm;

    private BearerTokens(TokenSecurityRealm realm) {
        this.realm = realm;
    }

    /** From the settings; empty when no key is configured (bearer tokens are then refused). */
    static Optional<BearerTokens> configured(Optional<String> keyFile, Optional<String> issuer, Optional<String> audience) {
        if (keyFile.isEmpty()) {
            return Optional.empty();
        }
        Path file = Path.of(keyFile.get());
        JwtValidator.Builder validator = JwtValidator.builder();
        String text = read(file);
        if (text.strip().startsWith("{")) {
            Map<String, PublicKey> keys = jwks(text, file);
            validator.publicKeys(keys);
            LOG.info(() -> "Bearer tokens: signatures checked against the " + keys.size() + " keys of " + file.toAbsolutePath());
        } else {
            validator.publicKey(pem(text, file));
            LOG.info(() -> "Bearer tokens: signatures checked against the public key in " + file.toAbsolutePath());
        }
        issuer.ifPresent(validator::issuer);
        audience.ifPresent(validator::audience);
        if (issuer.isEmpty() || audience.isEmpty()) {
            LOG.warning("Bearer tokens: set gateway.jwt.issuer and gateway.jwt.audience too, or a token the key signed"
                    + " for another service is accepted here");
        }
        return Optional.of(new BearerTokens(TokenSecurityRealm.builder().principalClaimName("sub")
                .validator(validator.build()).build()));
    }

    /** The identity the token names, if it is valid; empty otherwise. */
    Optional<String> subject(BearerTokenEvidence token) throws RealmUnavailableException {
        RealmIdentity identity = realm.getRealmIdentity(token);
        try {
            return identity.exists() ? Optional.of(identity.getRealmIdentityPrincipal().getName()) : Optional.empty();
        } finally {
            identity.dispose();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JWT key file " + file, e);
        }
    }

    private static PublicKey pem(String text, Path file) {
        String base64 = text.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(base64);
        for (String algorithm : List.of("RSA", "EC")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new IllegalStateException(file + " holds no RSA or EC public key (PEM, BEGIN PUBLIC KEY)");
    }

    private static Map<String, PublicKey> jwks(String text, Path file) {
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            for (JsonObject key : reader.readObject().getJsonArray("keys").getValuesAs(JsonObject.class)) {
                keys.put(key.getString("kid"), jwk(key));
            }
        } catch (RuntimeException | GeneralSecurityException e) {
            throw new IllegalStateException(file + " is not a JWKS of RSA or EC keys, each with a kid: " + e.getMessage(), e);
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException(file + " holds no keys");
        }
        return keys;
    }

    private static PublicKey jwk(JsonObject key) throws GeneralSecurityException {
        return switch (key.getString("kty")) {
            case "RSA" -> KeyFactory.getInstance("RSA").generatePublic(
                    new RSAPublicKeySpec(unsigned(key.getString("n")), unsigned(key.getString("e"))));
            case "EC" -> {
                AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
                parameters.init(new ECGenParameterSpec(switch (key.getString("crv")) {
                    case "P-256" -> "secp256r1";
                    case "P-384" -> "secp384r1";
                    case "P-521" -> "secp521r1";
                    default -> throw new GeneralSecurityException("unsupported curve " + key.getString("crv"));
                }));
                yield KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(
                        new ECPoint(unsigned(key.getString("x")), unsigned(key.getString("y"))),
                        parameters.getParameterSpec(ECParameterSpec.class)));
            }
            default -> throw new GeneralSecurityException("unsupported key type " + key.getString("kty"));
        };
    }

    private static BigInteger unsigned(String base64url) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(base64url));
    }
}
