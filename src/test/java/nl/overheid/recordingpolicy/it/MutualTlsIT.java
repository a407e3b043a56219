package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.security.auth.x500.X500Principal;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import nl.overheid.recordingpolicy.testing.TestCertificates;
import nl.overheid.recordingpolicy.testing.TestCertificates.Authority;
import nl.overheid.recordingpolicy.testing.TestCertificates.Caller;

/**
 * Mutual TLS, Digikoppeling's way: with GATEWAY_TLS_CLIENT_CERTIFICATES naming a PEM file (here a CA made for the test,
 * and one caller's own self-signed certificate), the handshake asks for a client certificate of those issuers, and one
 * that chains to the file and whose subject's CN names an identity authenticates as that identity, on REST and SOAP
 * alike, with no Authorization header. A CN that names nobody is a 401 like a wrong password; a certificate of another
 * CA gets no further than the handshake; a caller without a certificate still logs in with Basic, also over TLS 1.2.
 * Without the setting the handshake names only an issuer that issued nothing, so a client that has a certificate keeps
 * it to itself and logs in as before, and one that sends it anyway is refused. Runs the jar on its own ports (offset
 * 1000: HTTP 9080, HTTPS 9443, management 10990), in the embedded-database run only.
 */
class MutualTlsIT {

    private static final String OFFSET_PROPERTY = "it.mtls.port.offset";
    private static final int HTTPS_PORT = 8443 + Integer.getInteger(OFFSET_PROPERTY, 1000);

    @Test
    void aTrustedClientCertificateIsItsCnsIdentityOnRestAndSoap() throws Exception {
        Assumptions.assumeTrue("embedded".equals(System.getProperty("it.database")),
                "mutual TLS is tested in the embedded-database run only");
        Authority ca = Authority.named("CN=Test Case Systems CA,O=Recording Policy IT");
        Caller caseSystem = ca.issue("CN=case-system,OU=Zaaksysteem,O=Recording Policy IT");
        Caller nobody = ca.issue("CN=nobody-we-know,O=Recording Policy IT");
        Caller auditor = Caller.selfSigned("CN=auditor,O=Recording Policy IT");
        Caller impostor = Authority.named("CN=Some Other CA").issue("CN=case-system,O=Recording Policy IT");

        Path pem = Files.createTempFile("trusted-callers", ".pem");
        Files.writeString(pem, "# the CA of our case systems, and the auditor's own certificate\n"
                + TestCertificates.pem(ca.certificate(), auditor.certificate()));
        try (BootableGateway server = new BootableGateway(OFFSET_PROPERTY, 1000, "gateway-mtls-it")) {
            server.start("client certificates", Map.of("GATEWAY_TLS_CLIENT_CERTIFICATES", pem.toString()));
            X509Certificate gateway = generatedCertificate(server.workDir());

            Client asCaseSystem = new Client(gateway, caseSystem, "TLSv1.2", true);
            HttpResponse<String> submitted = asCaseSystem.post(ConsentRest.PATH, "application/json",
                    ConsentRest.recording("VIDEO", ConsentRest.onTimeConversation(), ConsentRest.newCaseReference()));
            assertEquals(201, submitted.statusCode(), submitted.body());
            assertEquals("case-system", Http.json(submitted).getJsonArray("history").getJsonObject(0).getString("actedBy"));
            assertTrue(asCaseSystem.asked().contains(ca.certificate().getSubjectX500Principal()),
                    "the handshake asked for a certificate of the configured CA: " + asCaseSystem.asked());
            String reference = Http.json(submitted).getString("reference");
            ItIdentities identities = ItIdentities.of(server.workDir());
            HttpResponse<String> withAnotherIdentitysPassword = asCaseSystem.post(ConsentRest.PATH, "application/json",
                    ConsentRest.recording("VIDEO", ConsentRest.onTimeConversation(), ConsentRest.newCaseReference()),
                    identities.basic("auditor"));
            assertEquals(201, withAnotherIdentitysPassword.statusCode(), "the certificate is the caller, not the header: "
                    + withAnotherIdentitysPassword.body());
            assertEquals("case-system", Http.json(withAnotherIdentitysPassword).getJsonArray("history").getJsonObject(0)
                    .getString("actedBy"));

            HttpResponse<String> overSoap = asCaseSystem.post("/" + SoapClient.PATH, "text/xml; charset=utf-8", submission());
            assertEquals(200, overSoap.statusCode(), overSoap.body());
            assertEquals("case-system", xml(overSoap).getElementsByTagNameNS(SoapWire.NS, "actedBy").item(0).getTextContent());

            HttpResponse<String> pinned = new Client(gateway, auditor, "TLSv1.2", true).get(ConsentRest.PATH + "/" + reference);
            assertEquals(200, pinned.statusCode(), "the auditor's own certificate, trusted as it is: " + pinned.body());

            Client unknown = new Client(gateway, nobody, "TLSv1.2", true);
            HttpResponse<String> refused = unknown.post(ConsentRest.PATH, "application/json",
                    ConsentRest.recording("VIDEO", ConsentRest.onTimeConversation(), ConsentRest.newCaseReference()));
            assertEquals(401, refused.statusCode(), refused.body());
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
            List<String> challenges = refused.headers().allValues("WWW-Authenticate");
            assertTrue(challenges.stream().anyMatch(challenge -> challenge.startsWith("Basic realm=\"RecordingPolicyGateway\""))
                    && challenges.stream().anyMatch(challenge -> challenge.startsWith("Bearer")), challenges.toString());
            HttpResponse<String> refusedOverSoap = unknown.post("/" + SoapClient.PATH, "text/xml; charset=utf-8", submission());
            assertEquals(401, refusedOverSoap.statusCode(), "as with a wrong password: " + refusedOverSoap.body());
            assertEquals("RPG-0401", xml(refusedOverSoap).getElementsByTagNameNS(SoapWire.NS, "code").item(0).getTextContent());

            assertHandshakeRefused(new Client(gateway, impostor, "TLSv1.2", false), "a certificate of another CA");

            for (String protocol : List.of("TLSv1.2")) {
                Client withoutCertificate = new Client(gateway, null, protocol, true);
                HttpResponse<String> withPassword = withoutCertificate.post(ConsentRest.PATH, "application/json",
                        ConsentRest.recording("VIDEO", ConsentRest.onTimeConversation(), ConsentRest.newCaseReference()),
                        identities.basic("case-system"));
                assertEquals(201, withPassword.statusCode(), protocol + ": " + withPassword.body());
                assertTrue(withoutCertificate.asked().contains(ca.certificate().getSubjectX500Principal()),
                        protocol + ": asked, and answered with no certificate");
            }
        } finally {
            Files.deleteIfExists(pem);
        }
    }

    @Test
    void withoutTheSettingNoClientCertificateIsAccepted() throws Exception {
        Assumptions.assumeTrue("embedded".equals(System.getProperty("it.database")),
                "mutual TLS is tested in the embedded-database run only");
        Caller caseSystem = Authority.named("CN=Test Case Systems CA").issue("CN=case-system");
        try (BootableGateway server = new BootableGateway(OFFSET_PROPERTY, 1000, "gateway-mtls-it")) {
            server.start("no client certificates");
            X509Certificate gateway = generatedCertificate(server.workDir());
            ItIdentities identities = ItIdentities.of(server.workDir());
            for (String protocol : List.of("TLSv1.2")) {
                Client client = new Client(gateway, caseSystem, protocol, true);
                HttpResponse<String> withCertificateAtHand = client.post(ConsentRest.PATH, "application/json",
                        ConsentRest.recording("VIDEO", ConsentRest.onTimeConversation(), ConsentRest.newCaseReference()));
                assertEquals(401, withCertificateAtHand.statusCode(), protocol + ": " + withCertificateAtHand.body());
                HttpResponse<String> withPassword = client.post(ConsentRest.PATH, "application/json",
                        ConsentRest.recording("VIDEO", ConsentRest.onTimeConversation(), ConsentRest.newCaseReference()),
                        identities.basic("case-system"));
                assertEquals(201, withPassword.statusCode(), protocol + ": " + withPassword.body());
                assertEquals(List.of(new X500Principal("CN=No client certificate is accepted"
                        + " (GATEWAY_TLS_CLIENT_CERTIFICATES is not set)")), client.asked(), protocol);
                assertFalse(client.presented(), protocol + ": the client kept its certificate to itself");

                assertHandshakeRefused(new Client(gateway, caseSystem, protocol, false), protocol + ": a certificate sent anyway");
            }
        }
    }

    private static void assertHandshakeRefused(Client client, String what) throws InterruptedException {
        try {
            HttpResponse<String> answer = client.post(ConsentRest.PATH, "application/json",
                    ConsentRest.recording("VIDEO", ConsentRest.onTimeConversation(), ConsentRest.newCaseReference()));
            fail(what + " was let through the handshake: " + answer.statusCode() + " " + answer.body());
        } catch (IOException refused) {
            assertTrue(client.presented(), what + ": the client did present it");
        }
    }

    private static String submission() {
        return SoapWire.envelope("<rp:SubmitConsentRequest><rp:kind>RECORDING</rp:kind><rp:authority>UWV</rp:authority>"
                + "<rp:medium>VIDEO</rp:medium><rp:conversationDate>" + ConsentRest.onTimeConversation()
                + "</rp:conversationDate><rp:channel>MIJN_UWV</rp:channel><rp:caseReference>" + ConsentRest.newCaseReference()
                + "</rp:caseReference></rp:SubmitConsentRequest>");
    }

    private static Document xml(HttpResponse<String> response) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    /** The self-signed certificate the gateway generated on its first start, which the clients trust. */
    private static X509Certificate generatedCertificate(Path workDir) throws Exception {
        Path tls = workDir.resolve("data").resolve("tls");
        char[] password = Files.readString(tls.resolve("keystore.password"), StandardCharsets.UTF_8).strip().toCharArray();
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(tls.resolve("gateway.p12"))) {
            keyStore.load(in, password);
        }
        return (X509Certificate) keyStore.getCertificate("gateway");
    }

    /**
     * An HTTPS client that trusts exactly the gateway's certificate and presents its caller's certificate whenever the
     * server asks, whatever CAs the server names (a JDK client would otherwise hold back a certificate of another CA),
     * and remembers what the server asked for.
     */
    private static final class Client {

        private final HttpClient http;
        private final Presenting keys;

        /**
         * @param byIssuer present the certificate only when it chains to an issuer the server names (as a JDK or
         *                 browser client does); false: whenever asked
         */
        Client(X509Certificate gateway, Caller caller, String protocol, boolean byIssuer) throws Exception {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("gateway", gateway);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            keys = new Presenting(caller, byIssuer);
            context.init(new X509ExtendedKeyManager[] {keys}, trust.getTrustManagers(), null);
            SSLParameters parameters = new SSLParameters();
            parameters.setProtocols(new String[] {protocol});
            this.http = HttpClient.newBuilder().sslContext(context).sslParameters(parameters)
                    .version("TLSv1.2".equals(protocol) ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        }

        /** The issuers the server named when it last asked for a certificate; null if it never asked. */
        List<X500Principal> asked() {
            return keys.asked.get();
        }

        /** Whether the client ever sent its certificate. */
        boolean presented() {
            return keys.presented.get();
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(request(path).header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String contentType, String body, String... authorization)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = request(path).header("Content-Type", contentType)
                    .header("Accept", "application/json, application/problem+json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            for (String header : authorization) {
                request.header("Authorization", header);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private static HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + HTTPS_PORT + path)).timeout(Duration.ofSeconds(30));
        }
    }

    /** The caller's key, presented as the client chooses; remembers what the server asked. */
    private static final class Presenting extends X509ExtendedKeyManager {

        private static final String ALIAS = "caller";
        private final Caller caller; // null: has no certificate
        private final boolean byIssuer;
        final AtomicReference<List<X500Principal>> asked = new AtomicReference<>();
        final AtomicBoolean presented = new AtomicBoolean();

        Presenting(Caller caller, boolean byIssuer) {
            this.caller = caller;
            this.byIssuer = byIssuer;
        }

        private String choose(Principal[] issuers) {
            List<X500Principal> named = new ArrayList<>();
            if (issuers != null) {
                for (Principal issuer : issuers) {
                    named.add(new X500Principal(issuer.getName()));
                }
            }
            asked.set(named);
            if (caller == null) {
                return null;
            }
            X509Certificate top = caller.chain()[caller.chain().length - 1];
            if (byIssuer && !named.isEmpty() && !named.contains(top.getSubjectX500Principal())
                    && !named.contains(top.getIssuerX500Principal())) {
                return null;
            }
            presented.set(true);
            return ALIAS;
        }

        @Override
        public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
            return choose(issuers);
        }

        @Override
        public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
            return choose(issuers);
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return caller == null ? null : new String[] {ALIAS};
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return caller == null ? null : caller.chain().clone();
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return caller == null ? null : caller.key();
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return null;
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return null;
        }
    }
}
