package nl.overheid.recordingpolicy.adapter.security.realm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.X509KeyManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TLS keys: generated once, reused, or the operator's keystore with the password from the environment. */
class GatewayTlsKeysTest {

    @TempDir
    Path folder;

    @Test
    void aFreshStartGeneratesASelfSignedCertificateAndAnOwnerOnlyPassword() throws Exception {
        GatewayTlsKeys.Loaded keys = GatewayTlsKeys.load(Optional.empty(), Optional.empty(), folder, "localhost");

        Path passwordFile = folder.resolve("keystore.password");
        assertEquals(folder.resolve("gateway.p12"), keys.file());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.file())));
        String password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
        assertTrue(password.length() >= 32, "a random password, not a default one");
        KeyStore onDisk = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keys.file())) {
            onDisk.load(in, password.toCharArray());
        }
        X509Certificate certificate = (X509Certificate) onDisk.getCertificate("gateway");
        assertEquals(keys.certificate(), certificate);
        assertEquals("CN=localhost", certificate.getSubjectX500Principal().getName());
        assertEquals(certificate.getSubjectX500Principal(), certificate.getIssuerX500Principal());
        assertEquals(Set.of("localhost", "127.0.0.1"), subjectAlternativeNames(certificate));
        certificate.verify(certificate.getPublicKey());
    }

    @Test
    void theNextStartReusesTheSameCertificate() throws Exception {
        GatewayTlsKeys.Loaded first = GatewayTlsKeys.load(Optional.empty(), Optional.empty(), folder, "localhost");
        String password = Files.readString(folder.resolve("keystore.password"));

        GatewayTlsKeys.Loaded second = GatewayTlsKeys.load(Optional.empty(), Optional.empty(), folder, "localhost");

        assertEquals(first.certificate(), second.certificate());
        assertEquals(GatewayTlsKeys.fingerprint(first.certificate()), GatewayTlsKeys.fingerprint(second.certificate()));
        assertEquals(password, Files.readString(folder.resolve("keystore.password")));
    }

    @Test
    void aHostNameOfItsOwnIsTheSubjectAndAnAlternativeName() throws Exception {
        X509Certificate certificate = GatewayTlsKeys.load(Optional.empty(), Optional.empty(), folder, "gateway.example.nl")
                .certificate();

        assertEquals("CN=gateway.example.nl", certificate.getSubjectX500Principal().getName());
        assertEquals(Set.of("gateway.example.nl", "localhost", "127.0.0.1"), subjectAlternativeNames(certificate));
    }

    @Test
    void aConfiguredKeystoreIsUsedWithThePasswordFromTheSetting() throws Exception {
        Path elsewhere = Files.createDirectory(folder.resolve("elsewhere"));
        X509Certificate operators = GatewayTlsKeys.load(Optional.empty(), Optional.empty(), elsewhere, "gateway.example.nl")
                .certificate();
        Path keystore = elsewhere.resolve("gateway.p12");
        char[] password = Files.readString(elsewhere.resolve("keystore.password")).strip().toCharArray();

        GatewayTlsKeys.Loaded keys = GatewayTlsKeys.load(Optional.of(keystore), Optional.of(password), folder, "localhost");

        assertEquals(operators, keys.certificate());
        assertArrayEquals(password, keys.password());
        assertTrue(Files.notExists(folder.resolve("gateway.p12")), "nothing generated when a keystore is configured");
        assertTrue(Files.notExists(folder.resolve("keystore.password")));
        GatewayTlsKeyManagerFactory factory = new GatewayTlsKeyManagerFactory();
        factory.init(keys);
        KeyManager[] managers = factory.engineGetKeyManagers();
        X509KeyManager manager = (X509KeyManager) managers[0];
        String alias = manager.chooseServerAlias("RSA", null, null);
        assertEquals(operators, manager.getCertificateChain(alias)[0]);
    }

    @Test
    void aWrongPasswordFailsClearly() throws Exception {
        Path elsewhere = Files.createDirectory(folder.resolve("elsewhere"));
        GatewayTlsKeys.load(Optional.empty(), Optional.empty(), elsewhere, "localhost");
        Path keystore = elsewhere.resolve("gateway.p12");

        IllegalStateException wrong = assertThrows(IllegalStateException.class,
                () -> GatewayTlsKeys.load(Optional.of(keystore), Optional.of("not-the-password".toCharArray()), folder, "localhost"));

        assertTrue(wrong.getMessage().contains("wrong password"), wrong.getMessage());
        assertTrue(wrong.getMessage().contains(keystore.toAbsolutePath().toString()), wrong.getMessage());
        assertTrue(!wrong.getMessage().contains("not-the-password"), "never the password itself");
    }

    @Test
    void aConfiguredKeystoreWithoutItsPasswordFailsClearly() throws Exception {
        Path keystore = folder.resolve("operator.p12");
        KeyStore empty = KeyStore.getInstance("PKCS12");
        empty.load(null, null);
        try (OutputStream out = Files.newOutputStream(keystore)) {
            empty.store(out, "x".toCharArray());
        }

        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> GatewayTlsKeys.load(Optional.of(keystore), Optional.empty(), folder, "localhost"));

        assertTrue(missing.getMessage().contains("GATEWAY_TLS_KEYSTORE_PASSWORD"), missing.getMessage());
    }

    @Test
    void theProviderOffersTheKeyManagerAlgorithm() {
        GatewayTlsProvider provider = new GatewayTlsProvider();

        assertEquals(GatewayTlsKeyManagerFactory.class.getName(),
                provider.getService("KeyManagerFactory", GatewayTlsProvider.ALGORITHM).getClassName());
        assertNotEquals(null, assertDoesNotThrowGetInstance(provider));
    }

    private static KeyManagerFactory assertDoesNotThrowGetInstance(GatewayTlsProvider provider) {
        try {
            return KeyManagerFactory.getInstance(GatewayTlsProvider.ALGORITHM, provider);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> subjectAlternativeNames(X509Certificate certificate) throws Exception {
        return certificate.getSubjectAlternativeNames().stream().map(name -> String.valueOf(((List<?>) name).get(1)))
                .collect(Collectors.toSet());
    }
}
