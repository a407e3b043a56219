package nl.overheid.recordingpolicy.adapter.security.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wildfly.security.auth.SupportLevel;
import org.wildfly.security.auth.principal.NamePrincipal;
import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.evidence.BearerTokenEvidence;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import nl.overheid.recordingpolicy.testing.TestTokens;

/** The identity realm as Elytron uses it, on files in a temporary folder. */
class GatewayIdentityRealmTest {

    @TempDir
    Path data;

    private Path identities() {
        return data.resolve("identities.properties");
    }

    private Path credentials() {
        return data.resolve("credentials.properties");
    }

    private Properties read(Path file) throws Exception {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void aFreshStartWritesTheThreeRolesWithRandomPasswordsReadableByTheOwnerOnly() throws Exception {
        GatewayIdentities.load(identities(), credentials());

        Properties passwords = read(credentials());
        assertEquals(Set.of("case-system", "consent-officer", "auditor"), passwords.stringPropertyNames());
        assertEquals(3, Set.copyOf(passwords.values()).size(), "every identity has a password of its own");
        passwords.values().forEach(password -> assertTrue(((String) password).length() >= 32, "random, not short"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials())));
        assertEquals("case-system,UWV", read(identities()).getProperty("case-system"));
    }

    @Test
    void twoFreshStartsGiveDifferentPasswordsAndARestartKeepsThem() throws Exception {
        GatewayIdentities.load(identities(), credentials());
        Properties first = read(credentials());
        GatewayIdentities.load(identities(), credentials());
        assertEquals(first, read(credentials()), "a restart keeps the passwords it wrote");

        Path other = data.resolve("other");
        GatewayIdentities.load(other.resolve("identities.properties"), other.resolve("credentials.properties"));
        assertFalse(first.getProperty("auditor").equals(read(other.resolve("credentials.properties")).getProperty("auditor")));
    }

    @Test
    void anIdentityAddedByTheOperatorGetsAPasswordAndKeepsTheOthers() throws Exception {
        Files.writeString(identities(), "officer-gemeente=consent-officer,MUNICIPALITY\ncase-uwv=case-system,UWV\n");
        Files.writeString(credentials(), "case-uwv=chosen-by-the-operator\n");

        GatewayIdentities loaded = GatewayIdentities.load(identities(), credentials());

        Properties passwords = read(credentials());
        assertEquals("chosen-by-the-operator", passwords.getProperty("case-uwv"));
        assertTrue(passwords.getProperty("officer-gemeente").length() >= 32);
        assertTrue(loaded.passwordMatches("case-uwv", "chosen-by-the-operator".toCharArray()));
    }

    @Test
    void theRealmVerifiesPasswordsAndGivesRoleAndAuthority() throws Exception {
        Files.writeString(identities(), "officer-gemeente=consent-officer,MUNICIPALITY\n");
        Files.writeString(credentials(), "officer-gemeente=s3cret-for-the-test\nno-role=another-secret\n");
        GatewayIdentityRealm realm = new GatewayIdentityRealm(GatewayIdentities.load(identities(), credentials()),
                Optional.empty());

        RealmIdentity officer = realm.getRealmIdentity(new NamePrincipal("officer-gemeente"));
        assertTrue(officer.exists());
        assertEquals(SupportLevel.SUPPORTED, officer.getEvidenceVerifySupport(PasswordGuessEvidence.class, null));
        assertTrue(officer.verifyEvidence(new PasswordGuessEvidence("s3cret-for-the-test".toCharArray())));
        assertFalse(officer.verifyEvidence(new PasswordGuessEvidence("s3cret-for-the-tesT".toCharArray())));
        assertFalse(officer.verifyEvidence(new PasswordGuessEvidence(new char[0])));
        assertEquals("consent-officer", officer.getAuthorizationIdentity().getAttributes().getFirst("groups"));
        assertEquals("MUNICIPALITY", officer.getAuthorizationIdentity().getAttributes().getFirst("authority"));

        RealmIdentity noRole = realm.getRealmIdentity(new NamePrincipal("no-role"));
        assertTrue(noRole.exists(), "a password without an identity line is a caller without a role");
        assertTrue(noRole.getAuthorizationIdentity().getAttributes().get("groups").isEmpty());

        assertFalse(realm.getRealmIdentity(new NamePrincipal("nobody")).exists());
    }

    @Test
    void aMalformedIdentityStopsTheStartInsteadOfLettingTheWrongCallerIn() throws Exception {
        Files.writeString(identities(), "someone=administrator,UWV\n");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> GatewayIdentities.load(identities(), credentials()));
        assertTrue(refused.getMessage().contains("someone=administrator,UWV"), refused.getMessage());

        Files.writeString(identities(), "someone=auditor,Amsterdam\n");
        assertThrows(IllegalStateException.class, () -> GatewayIdentities.load(identities(), credentials()));
        assertFalse(Files.exists(credentials()), "nothing written for a configuration that was refused");
    }

    @Test
    void aBearerTokenSignedWithTheConfiguredKeyNamesAKnownIdentityUntilItExpires() throws Exception {
        Files.writeString(identities(), "portal-uwv=case-system,UWV\n");
        TestTokens issuer = TestTokens.newKeyPair();
        Path key = data.resolve("issuer.pem");
        Files.writeString(key, issuer.publicKeyPem());
        GatewayIdentityRealm realm = new GatewayIdentityRealm(GatewayIdentities.load(identities(), credentials()),
                BearerTokens.configured(Optional.of(key.toString()), Optional.of("https://idp.example"),
                        Optional.of("recording-policy-gateway")));
        Instant later = Instant.now().plusSeconds(300);

        RealmIdentity portal = realm.getRealmIdentity(new BearerTokenEvidence(
                issuer.token("portal-uwv", "https://idp.example", "recording-policy-gateway", later)));
        assertTrue(portal.exists());
        assertEquals("portal-uwv", portal.getRealmIdentityPrincipal().getName());
        assertEquals("case-system", portal.getAuthorizationIdentity().getAttributes().getFirst("groups"));
        assertEquals("UWV", portal.getAuthorizationIdentity().getAttributes().getFirst("authority"));

        for (String refused : new String[] {
                issuer.token("portal-uwv", "https://idp.example", "recording-policy-gateway", Instant.now().minusSeconds(60)),
                issuer.token("portal-uwv", "https://other-idp.example", "recording-policy-gateway", later),
                issuer.token("portal-uwv", "https://idp.example", "another-service", later),
                issuer.token("nobody-we-know", "https://idp.example", "recording-policy-gateway", later),
                TestTokens.newKeyPair().token("portal-uwv", "https://idp.example", "recording-policy-gateway", later),
                "not.a.token"}) {
            assertFalse(realm.getRealmIdentity(new BearerTokenEvidence(refused)).exists(), refused);
        }
    }

    @Test
    void withoutAConfiguredKeyNoBearerTokenIsAccepted() throws Exception {
        Files.writeString(identities(), "portal-uwv=case-system,UWV\n");
        GatewayIdentityRealm realm = new GatewayIdentityRealm(GatewayIdentities.load(identities(), credentials()),
                Optional.empty());
        String token = TestTokens.newKeyPair().token("portal-uwv", "i", "a", Instant.now().plusSeconds(300));

        assertFalse(realm.getRealmIdentity(new BearerTokenEvidence(token)).exists());
        assertEquals(SupportLevel.UNSUPPORTED, realm.getEvidenceVerifySupport(BearerTokenEvidence.class, null));
    }
}
