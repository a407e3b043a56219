package nl.overheid.recordingpolicy.adapter.security.realm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

import javax.security.auth.x500.X500Principal;

import org.wildfly.security.x500.cert.SelfSignedX509CertificateAndSigningKey;

/**
 * The gateway's TLS key and certificate: the operator's PKCS#12 keystore where one is configured (its password from
 * the environment or a system property at run time, never from a file of the repository), otherwise a self-signed
 * certificate generated on the first start into {@code data/tls/gateway.p12}, its random password in
 * {@code data/tls/keystore.password} (readable by its owner only), and reused on every later start. Logs where the
 * keystore is and the certificate's SHA-256 fingerprint, never a password.
 */
public final class GatewayTlsKeys {

    public static final String KEYSTORE_PROPERTY = "gateway.tls.keystore";
    public static final String KEYSTORE_ENV = "GATEWAY_TLS_KEYSTORE";
    public static final String PASSWORD_PROPERTY = "gateway.tls.keystore.password";
    public static final String PASSWORD_ENV = "GATEWAY_TLS_KEYSTORE_PASSWORD";
    public static final String HOST_PROPERTY = "gateway.tls.host";
    public static final String HOST_ENV = "GATEWAY_TLS_HOST";
    /** Where the generated keystore and its password live, relative to the working directory like data/credentials.properties. */
    public static final Path DEFAULT_FOLDER = Path.of("data", "tls");
    static final String KEYSTORE_FILE = "gateway.p12";
    static final String PASSWORD_FILE = "keystore.password";
    static final String ALIAS = "gateway";

    private static final Logger LOG = Logger.getLogger(GatewayTlsKeys.class.getName());

    /** A loaded keystore and the password of its key entries (the same as the keystore's). */
    public record Loaded(KeyStore keyStore, char[] password, Path file, X509Certificate certificate) {

        /** The alias of the key entry whose certificate this is. */
        public String alias() {
            try {
                return Collections.list(keyStore.aliases()).stream()
                        .filter(name -> isKey(keyStore, name) && certificate.equals(certificateOf(keyStore, name)))
                        .findFirst().orElseThrow(() -> new IllegalStateException("no key entry for " + certificate.getSubjectX500Principal()));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Loaded once per server (see {@link #shared()}). */
    private static Loaded shared;

    private GatewayTlsKeys() {
    }

    /**
     * The keys as configured ({@link #fromSettings()}), loaded, and on a fresh start generated, once per server: the
     * HTTPS listener's key manager and the SOAP endpoint, which signs its answers with the same key, share them, so a
     * fresh start cannot generate two certificates.
     */
    public static synchronized Loaded shared() {
        if (shared == null) {
            shared = fromSettings();
        }
        return shared;
    }

    /** As configured by system properties, else environment variables: what the key manager loads at start. */
    public static Loaded fromSettings() {
        return load(GatewayIdentityRealm.setting(KEYSTORE_PROPERTY, KEYSTORE_ENV).map(Path::of),
                GatewayIdentityRealm.setting(PASSWORD_PROPERTY, PASSWORD_ENV).map(String::toCharArray),
                DEFAULT_FOLDER, GatewayIdentityRealm.setting(HOST_PROPERTY, HOST_ENV).orElse("localhost"));
    }

    /**
     * The configured keystore (which then needs its password), or the generated one in {@code folder}: created with
     * a certificate for {@code host} when missing or expired, reused otherwise.
     */
    public static Loaded load(Optional<Path> configured, Optional<char[]> password, Path folder, String host) {
        try {
            Loaded loaded;
            if (configured.isPresent()) {
                Path file = configured.get();
                char[] secret = password.orElseThrow(() -> new IllegalStateException("the TLS keystore " + file.toAbsolutePath()
                        + " is configured (" + KEYSTORE_PROPERTY + " / " + KEYSTORE_ENV + ") but its password is not: set "
                        + PASSWORD_PROPERTY + " or " + PASSWORD_ENV));
                if (!Files.isRegularFile(file)) {
                    throw new IllegalStateException("the configured TLS keystore " + file.toAbsolutePath() + " does not exist");
                }
                loaded = open(file, secret);
                LOG.info(() -> "TLS: the configured keystore " + file.toAbsolutePath() + ", certificate "
                        + describe(loaded.certificate()));
            } else {
                loaded = generated(folder, host);
            }
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the gateway's TLS keystore", e);
        }
    }

    private static Loaded generated(Path folder, String host) throws IOException {
        Path file = folder.resolve(KEYSTORE_FILE);
        Path passwordFile = folder.resolve(PASSWORD_FILE);
        if (Files.exists(file)) {
            if (!Files.exists(passwordFile)) {
                throw new IllegalStateException("the generated TLS keystore " + file.toAbsolutePath() + " is there but its password file "
                        + passwordFile.toAbsolutePath() + " is not; remove the keystore to have a new one generated");
            }
            Loaded existing = open(file, Files.readString(passwordFile, StandardCharsets.UTF_8).strip().toCharArray());
            try {
                existing.certificate().checkValidity();
                LOG.info(() -> "TLS: the self-signed certificate generated earlier, in " + file.toAbsolutePath() + ", "
                        + describe(existing.certificate()));
                return existing;
            } catch (CertificateExpiredException | CertificateNotYetValidException e) {
                LOG.warning(() -> "TLS: the generated certificate in " + file.toAbsolutePath() + " is no longer valid; generating a new one");
            }
        }
        Files.createDirectories(folder);
        char[] password = OwnerOnlyFiles.newSecret().toCharArray();
        KeyStore keyStore = selfSigned(host, password);
        writeOwnerOnly(passwordFile, new String(password).getBytes(StandardCharsets.UTF_8));
        Path partial = Files.createTempFile(folder, KEYSTORE_FILE, ".new", OwnerOnlyFiles.ownerOnly(folder));
        try (OutputStream out = Files.newOutputStream(partial)) {
            keyStore.store(out, password);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot write the generated TLS keystore", e);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Loaded loaded = open(file, password);
        LOG.warning(() -> "TLS: generated a self-signed certificate for " + host + " in " + file.toAbsolutePath()
                + " (its password is in " + passwordFile.toAbsolutePath() + ", readable by this user only), "
                + describe(loaded.certificate()) + ". Configure a real keystore with " + KEYSTORE_PROPERTY + " / "
                + KEYSTORE_ENV + " for production.");
        return loaded;
    }

    private static KeyStore selfSigned(String host, char[] password) {
        try {
            SelfSignedX509CertificateAndSigningKey pair = SelfSignedX509CertificateAndSigningKey.builder()
                    .setDn(new X500Principal("CN=" + host))
                    .setKeyAlgorithmName("RSA")
                    .setKeySize(3072)
                    .setSignatureAlgorithmName("SHA256withRSA")
                    .setNotValidBefore(ZonedDateTime.now().minusMinutes(5))
                    .setNotValidAfter(ZonedDateTime.now().plusYears(1))
                    .addExtension(false, "SubjectAlternativeName", subjectAlternativeNames(host))
                    .build();
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, null);
            keyStore.setKeyEntry(ALIAS, pair.getSigningKey(), password, new Certificate[] {pair.getSelfSignedCertificate()});
            return keyStore;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot generate the gateway's self-signed TLS certificate", e);
        }
    }

    static String subjectAlternativeNames(String host) {
        StringBuilder names = new StringBuilder();
        if (!"localhost".equals(host) && !"127.0.0.1".equals(host)) {
            names.append(host.matches("[0-9.]+|.*:.*") ? "IP:" : "DNS:").append(host).append(',');
        }
        return names.append("DNS:localhost,IP:127.0.0.1").toString();
    }

    private static Loaded open(Path file, char[] password) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, password);
            String alias = Collections.list(keyStore.aliases()).stream().filter(name -> isKey(keyStore, name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the TLS keystore " + file.toAbsolutePath() + " holds no private key"));
            keyStore.getKey(alias, password); // fails here, clearly, when the key has a password of its own
            return new Loaded(keyStore, password, file, (X509Certificate) keyStore.getCertificate(alias));
        } catch (UnrecoverableKeyException e) {
            throw new IllegalStateException("cannot read the private key in the TLS keystore " + file.toAbsolutePath()
                    + ": its password must be the keystore's password", e);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw new IllegalStateException("cannot open the TLS keystore " + file.toAbsolutePath()
                        + ": wrong password (" + PASSWORD_PROPERTY + " / " + PASSWORD_ENV + ") or not PKCS#12", e);
            }
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open the TLS keystore " + file.toAbsolutePath() + " (PKCS#12 expected)", e);
        }
    }

    private static Certificate certificateOf(KeyStore keyStore, String alias) {
        try {
            return keyStore.getCertificate(alias);
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    private static boolean isKey(KeyStore keyStore, String alias) {
        try {
            return keyStore.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The subject and SHA-256 fingerprint, for the log. */
    static String describe(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName() + ", valid until " + certificate.getNotAfter().toInstant()
                + ", SHA-256 fingerprint " + fingerprint(certificate);
    }

    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        Files.deleteIfExists(file);
        OwnerOnlyFiles.create(file);
        Files.write(file, content);
    }
}
