package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import nl.overheid.recordingpolicy.testing.TestTokens;

/**
 * No hole on a fresh start: the jar, started as README says in an empty directory, has no open door and no default
 * password. It writes one random password for each role into data/credentials.properties, readable by its owner
 * only, and logs where that file is, never a password. Started with the switch that closes the public questions
 * too, an anonymous recording decision is refused on every protocol (REST, SOAP, AuthZEN) and the generated
 * credentials open it.
 * Runs the jar on its own ports (offset 800: HTTP 8880, management 10790), in the embedded-database run only.
 */
class FreshStartIT {

    private static final String ISSUER = "https://idp.example.overheid.nl";
    private static final String AUDIENCE = "recording-policy-gateway";
    private static final String QUESTION = "{\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"participant\":true}";

    @Test
    void aFreshStartGeneratesOwnerOnlyCredentialsAndTheSwitchClosesThePublicQuestions() throws Exception {
        Assumptions.assumeTrue("embedded".equals(System.getProperty("it.database")),
                "the fresh start is tested in the embedded-database run only");
        TestTokens identityProvider = TestTokens.newKeyPair();
        Path key = Files.createTempFile("identity-provider", ".pem");
        Files.writeString(key, identityProvider.publicKeyPem());
        try (BootableGateway server = new BootableGateway("it.fresh-start.port.offset", 800, "gateway-fresh-start-it")) {
            server.start("fresh", "-Dgateway.security.decisions-require-authentication=true",
                    "-Dgateway.jwt.public-key=" + key, "-Dgateway.jwt.issuer=" + ISSUER, "-Dgateway.jwt.audience=" + AUDIENCE);
            Path credentials = server.workDir().resolve("data").resolve("credentials.properties");
            Properties passwords = new Properties();
            try (Reader reader = Files.newBufferedReader(credentials, StandardCharsets.UTF_8)) {
                passwords.load(reader);
            }
            assertEquals(Set.of("case-system", "consent-officer", "auditor"), passwords.stringPropertyNames());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)));
            String log = server.log();
            assertTrue(log.contains(credentials.toRealPath().toString()) || log.contains(credentials.toString()),
                    "the log says where the passwords are");
            passwords.stringPropertyNames().forEach(identity -> assertFalse(log.contains(passwords.getProperty(identity)),
                    "the log never holds a password"));

            Http anonymous = new Http(server.url());
            HttpResponse<String> refused = anonymous.postJson("/api/v1/recording-decisions", QUESTION);
            assertEquals(401, refused.statusCode(), refused.body());
            assertTrue(refused.headers().allValues("WWW-Authenticate").stream().anyMatch(value -> value.startsWith("Basic ")));
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(401, anonymous.get("/api/v1/policies").statusCode());
            // The caller is checked before the question is read: no field's reason (nor the list of loaded
            // authorities an unknown one is told) reaches a caller who may not ask.
            HttpResponse<String> badAndAnonymous = anonymous.postJson("/api/v1/recording-decisions",
                    "{\"authority\":\"NOPE\",\"medium\":\"SMELL\"}");
            assertEquals(401, badAndAnonymous.statusCode(), badAndAnonymous.body());
            assertFalse(badAndAnonymous.body().contains("NOPE") || badAndAnonymous.body().contains("UWV"), badAndAnonymous.body());
            // Nor is the body read: not even whether it is JSON.
            HttpResponse<String> notJsonAndAnonymous = anonymous.postJson("/api/v1/usage-decisions", "{\"authority\": [[[");
            assertEquals(401, notJsonAndAnonymous.statusCode(), notJsonAndAnonymous.body());
            assertEquals("application/problem+json", notJsonAndAnonymous.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(401, anonymous.get("/api/v1/lead-time?authority=NOPE&medium=VIDEO").statusCode());
            assertEquals(401, anonymous.get("/api/v1/policies/NOPE").statusCode());
            String authzenQuestion = "{\"subject\":{\"type\":\"citizen\",\"id\":\"c-1\",\"properties\":{\"participant\":true}},"
                    + "\"action\":{\"name\":\"record\",\"properties\":{\"medium\":\"AUDIO\"}},"
                    + "\"resource\":{\"type\":\"conversation\",\"id\":\"UWV\"}}";
            HttpResponse<String> authzenRefused = anonymous.postJson("/access/v1/evaluation", authzenQuestion,
                    "X-Request-ID", "fresh-start-1");
            assertEquals(401, authzenRefused.statusCode(), authzenRefused.body());
            assertTrue(authzenRefused.headers().allValues("WWW-Authenticate").stream().anyMatch(value -> value.startsWith("Basic ")));
            assertEquals("application/problem+json", authzenRefused.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("fresh-start-1", authzenRefused.headers().firstValue("X-Request-ID").orElseThrow());

            ItIdentities identities = ItIdentities.of(server.workDir());
            HttpResponse<String> answered = anonymous.as(identities, "case-system").postJson("/api/v1/recording-decisions", QUESTION);
            assertEquals(200, answered.statusCode(), answered.body());
            assertEquals("PERMITTED", Http.json(answered).getString("outcome"));
            HttpResponse<String> authzenAnswered = anonymous.as(identities, "case-system")
                    .postJson("/access/v1/evaluation", authzenQuestion);
            assertEquals(200, authzenAnswered.statusCode(), authzenAnswered.body());
            assertTrue(Http.json(authzenAnswered).getBoolean("decision"));

            Document fault = SoapWire.post(anonymous, SoapWire.envelope("<rp:ListPolicies/>"), 500);
            assertEquals("RPG-0401", fault.getElementsByTagNameNS(SoapWire.NS, "code").item(0).getTextContent());

            Instant later = Instant.now().plusSeconds(600);
            Http portal = anonymous.withAuthorization("Bearer " + identityProvider.token("case-system", ISSUER, AUDIENCE, later));
            HttpResponse<String> submitted = portal.postJson(ConsentRest.PATH,
                    ConsentRest.recording("VIDEO", ConsentRest.onTimeConversation(), ConsentRest.newCaseReference()));
            assertEquals(201, submitted.statusCode(), submitted.body());
            assertEquals("case-system", Http.json(submitted).getJsonArray("history").getJsonObject(0).getString("actedBy"));
            for (String token : List.of(
                    identityProvider.token("case-system", ISSUER, AUDIENCE, Instant.now().minusSeconds(60)),
                    identityProvider.token("case-system", "https://elsewhere.example", AUDIENCE, later),
                    TestTokens.newKeyPair().token("case-system", ISSUER, AUDIENCE, later))) {
                HttpResponse<String> answer = anonymous.withAuthorization("Bearer " + token)
                        .postJson("/api/v1/recording-decisions", QUESTION);
                assertEquals(401, answer.statusCode(), answer.body());
            }
        } finally {
            Files.deleteIfExists(key);
        }
    }
}
