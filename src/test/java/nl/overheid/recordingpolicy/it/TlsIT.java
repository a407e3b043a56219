package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * HTTPS on a fresh start, with no password in the configuration: the jar, started in an empty directory with plain
 * HTTP switched off, generates data/tls/gateway.p12 (a self-signed certificate for localhost and 127.0.0.1) and its
 * random password in data/tls/keystore.password, owner-only, and logs the certificate's SHA-256 fingerprint, never the
 * password. A client that trusts exactly that certificate reaches the REST API over HTTPS, Basic credentials included.
 * A keystore the operator configures (its password from a system property here, as from GATEWAY_TLS_KEYSTORE_PASSWORD)
 * is served instead, and nothing is generated. Runs the jar on its own ports (offset 900: HTTP 8980, HTTPS 9343,
 * management 10890), one start after the other, in the embedded-database run only.
 */
class TlsIT {

    private static final String OFFSET_PROPERTY = "it.tls.port.offset";
    private static final int PORT_OFFSET = Integer.getInteger(OFFSET_PROPERTY, 900);
    private static final int HTTP_PORT = 8080 + PORT_OFFSET;
    private static final int HTTPS_PORT = 8443 + PORT_OFFSET;

    @Test
    void aFreshStartServesHttpsWithAGeneratedCertificateAndHttpCanBeSwitchedOff() throws Exception {
        Assumptions.assumeTrue("embedded".equals(System.getProperty("it.database")),
                "HTTPS on a fresh start is tested in the embedded-database run only");
        try (BootableGateway server = new BootableGateway(OFFSET_PROPERTY, PORT_OFFSET, "gateway-tls-it")) {
            server.start("https only", "-Dgateway.http.enabled=false");
            Path tls = server.workDir().resolve("data").resolve("tls");
            Path passwordFile = tls.resolve("keystore.password");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
            String password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
            KeyStore generated = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(tls.resolve("gateway.p12"))) {
                generated.load(in, password.toCharArray());
            }
            X509Certificate certificate = (X509Certificate) generated.getCertificate("gateway");
            assertEquals("CN=localhost", certificate.getSubjectX500Principal().getName());
            assertEquals(Set.of("localhost", "127.0.0.1"), certificate.getSubjectAlternativeNames().stream()
                    .map(name -> String.valueOf(((List<?>) name).get(1))).collect(Collectors.toSet()));

            String log = server.log();
            String fingerprint = HexFormat.ofDelimiter(":").withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
            assertTrue(log.contains(fingerprint), "the log names the certificate's SHA-256 fingerprint");
            assertFalse(log.contains(password), "the log never holds the keystore's password");

            HttpClient client = HttpClient.newBuilder().sslContext(trusting(certificate))
                    .connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> policies = client.send(get("/api/v1/policies").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, policies.statusCode(), policies.body());
            SSLSession session = policies.sslSession().orElseThrow();
            assertEquals(certificate, session.getPeerCertificates()[0]);
            assertEquals("TLSv1.2", session.getProtocol(), "the one protocol the gateway speaks (gateway-tls.cli says why)");

            ItIdentities identities = ItIdentities.of(server.workDir());
            HttpResponse<String> unknown = client.send(get(ConsentRest.PATH + "/CR-0000000000000000000000000A")
                    .header("Authorization", identities.basic("auditor")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, unknown.statusCode(), unknown.body());
            assertEquals("application/problem+json", unknown.headers().firstValue("Content-Type").orElseThrow());

            // Keep-alive connections stay usable: with TLS 1.3 on, about one in twenty POSTs over a reused HTTP/1.1
            // connection met a reset connection (gateway-tls.cli).
            HttpClient http11 = HttpClient.newBuilder().sslContext(trusting(certificate))
                    .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            String question = "{\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"participant\":true}";
            for (int i = 0; i < 200; i++) {
                HttpResponse<String> decided = http11.send(get("/api/v1/recording-decisions")
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(question)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, decided.statusCode(), "POST " + i + " over one keep-alive connection: " + decided.body());
                assertEquals("TLSv1.2", decided.sslSession().orElseThrow().getProtocol());
            }

            HttpClient trustingNothingOfOurs = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            assertThrows(IOException.class, () -> trustingNothingOfOurs.send(get("/api/v1/policies").build(),
                    HttpResponse.BodyHandlers.discarding()), "the JDK's default trust does not know the self-signed certificate");

            assertFalse(listening(HTTP_PORT), "plain HTTP is switched off (gateway.http.enabled=false)");
        }
    }

    @Test
    void aConfiguredKeystoreIsServedWithThePasswordFromTheEnvironmentAndNothingIsGenerated() throws Exception {
        Assumptions.assumeTrue("embedded".equals(System.getProperty("it.database")),
                "HTTPS with a configured keystore is tested in the embedded-database run only");
        Path operators = Files.createTempDirectory("gateway-tls-it");
        try {
            // The operator's keystore: made the way a fresh start makes one, for another host name, then moved away.
            X509Certificate certificate;
            String password;
            try (BootableGateway first = new BootableGateway(OFFSET_PROPERTY, PORT_OFFSET, "gateway-tls-it")) {
                first.start("another host name", "-Dgateway.tls.host=gateway.example.nl");
                Path tls = first.workDir().resolve("data").resolve("tls");
                password = Files.readString(tls.resolve("keystore.password"), StandardCharsets.UTF_8).strip();
                Files.copy(tls.resolve("gateway.p12"), operators.resolve("operator.p12"));
                KeyStore keyStore = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(operators.resolve("operator.p12"))) {
                    keyStore.load(in, password.toCharArray());
                }
                certificate = (X509Certificate) keyStore.getCertificate("gateway");
            }
            assertEquals("CN=gateway.example.nl", certificate.getSubjectX500Principal().getName());

            try (BootableGateway server = new BootableGateway(OFFSET_PROPERTY, PORT_OFFSET, "gateway-tls-it")) {
                server.start("operator's keystore", "-Dgateway.tls.keystore=" + operators.resolve("operator.p12"),
                        "-Dgateway.tls.keystore.password=" + password);
                HttpClient client = HttpClient.newBuilder().sslContext(trusting(certificate))
                        .connectTimeout(Duration.ofSeconds(5)).build();
                HttpResponse<String> policies = client.send(get("/api/v1/policies").build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, policies.statusCode(), policies.body());
                assertEquals(certificate, policies.sslSession().orElseThrow().getPeerCertificates()[0]);
                assertFalse(Files.exists(server.workDir().resolve("data").resolve("tls")), "nothing generated");
                assertTrue(listening(HTTP_PORT), "plain HTTP is on unless switched off");
            }
        } finally {
            Files.deleteIfExists(operators.resolve("operator.p12"));
            Files.delete(operators);
        }
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + HTTPS_PORT + path)).timeout(Duration.ofSeconds(30)).GET();
    }

    /** Trusts exactly this certificate, nothing else. */
    private static SSLContext trusting(X509Certificate certificate) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("gateway", certificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
