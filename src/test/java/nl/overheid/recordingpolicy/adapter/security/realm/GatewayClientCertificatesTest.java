package nl.overheid.recordingpolicy.adapter.security.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.net.ssl.X509ExtendedTrustManager;
import javax.security.auth.x500.X500Principal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wildfly.security.auth.SupportLevel;
import org.wildfly.security.auth.principal.NamePrincipal;
import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.evidence.BearerTokenEvidence;
import org.wildfly.security.evidence.X509PeerCertificateChainEvidence;

import nl.overheid.recordingpolicy.testing.TestCertificates;
import nl.overheid.recordingpolicy.testing.TestCertificates.Authority;
import nl.overheid.recordingpolicy.testing.TestCertificates.Caller;

/** Trusted client certificates from a PEM file, and the identity a certificate names, as the realm uses them. */
class GatewayClientCertificatesTest {

    private static final Authority CASE_SYSTEMS = Authority.named("CN=Case Systems CA,O=Test");

    @TempDir
    Path folder;

    private Path pem(String text) throws Exception {
        Path file = folder.resolve("trusted.pem");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aPemFileGivesEveryCertificateInItAndIgnoresTheTextAround() throws Exception {
        Caller pinned = Caller.selfSigned("CN=auditor");
        Path file = pem("# our CA\n" + TestCertificates.pem(CASE_SYSTEMS.certificate()) + "\nand an auditor's own:\n"
                + TestCertificates.pem(pinned.certificate()));

        assertEquals(List.of(CASE_SYSTEMS.certificate(), pinned.certificate()), GatewayClientCertificates.read(file));
    }

    @Test
    void asATrustStoreForWss4jEveryCertificateIsAnAnchor() throws Exception {
        Caller pinned = Caller.selfSigned("CN=auditor");
        java.security.KeyStore store = GatewayClientCertificates.trustStore(List.of(CASE_SYSTEMS.certificate(), pinned.certificate()));

        assertEquals(2, java.util.Collections.list(store.aliases()).size());
        assertTrue(store.getCertificateAlias(CASE_SYSTEMS.certificate()) != null && store.getCertificateAlias(pinned.certificate()) != null);
        assertTrue(store.isCertificateEntry(store.getCertificateAlias(pinned.certificate())), "a certificate, no key");
    }

    @Test
    void aConfiguredFileThatIsMissingOrHoldsNoCertificateStopsTheStartNamingFileAndSetting() throws Exception {
        Path empty = pem("-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----\n");
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> GatewayClientCertificates.read(empty));
        assertTrue(none.getMessage().contains(empty.toAbsolutePath().toString()), none.getMessage());
        assertTrue(none.getMessage().contains("GATEWAY_TLS_CLIENT_CERTIFICATES"), none.getMessage());

        Path broken = pem("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n");
        assertThrows(IllegalStateException.class, () -> GatewayClientCertificates.read(broken));

        UncheckedIOException missing = assertThrows(UncheckedIOException.class,
                () -> GatewayClientCertificates.read(folder.resolve("absent.pem")));
        assertTrue(missing.getMessage().contains("absent.pem"), missing.getMessage());
    }

    @Test
    void theSystemPropertyNamesTheFileAndUnsetMeansNoCertificateAtAll() throws Exception {
        Path file = pem(TestCertificates.pem(CASE_SYSTEMS.certificate()));
        assertEquals(Optional.empty(), GatewayClientCertificates.configuredFile(), "the test runs without the setting");
        assertEquals(List.of(), GatewayClientCertificates.trusted());
        System.setProperty(GatewayClientCertificates.PROPERTY, file.toString());
        try {
            assertEquals(List.of(CASE_SYSTEMS.certificate()), GatewayClientCertificates.trusted());
        } finally {
            System.clearProperty(GatewayClientCertificates.PROPERTY);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "CN=case-system                                  | case-system",
            "CN=case-system,OU=Zaaksysteem,O=Gemeente,C=NL   | case-system",
            "C=NL,O=UWV,CN=zaaksysteem-wia                   | zaaksysteem-wia",
            "SERIALNUMBER=00000001234567890000,CN=case-system | case-system",
            "O=UWV,OU=no common name                         | none",
            "CN=case-system,CN=auditor                       | none",
    })
    void theIdentityIsTheSubjectsOneCommonName(String subject, String identity) {
        Caller caller = CASE_SYSTEMS.issue(subject);
        assertEquals(Optional.ofNullable(identity), GatewayClientCertificates.identityName(caller.certificate()));
    }

    @Test
    void aChainToATrustedCaOrATrustedCertificateItselfIsTrustedAndNothingElse() throws Exception {
        Caller pinned = Caller.selfSigned("CN=auditor");
        X509ExtendedTrustManager trust = GatewayClientCertificates.trustManager(
                List.of(CASE_SYSTEMS.certificate(), pinned.certificate()));

        trust.checkClientTrusted(CASE_SYSTEMS.issue("CN=case-system").chain(), "EC");
        trust.checkClientTrusted(pinned.chain(), "EC");
        assertEquals(Set.of(CASE_SYSTEMS.certificate(), pinned.certificate()), Set.of(trust.getAcceptedIssuers()));

        Caller impostor = Authority.named("CN=Case Systems CA,O=Test").issue("CN=case-system");
        assertThrows(CertificateException.class, () -> trust.checkClientTrusted(impostor.chain(), "EC"),
                "another CA with the same name");
        assertThrows(CertificateException.class,
                () -> trust.checkClientTrusted(Caller.selfSigned("CN=case-system").chain(), "EC"));
        assertThrows(CertificateException.class, () -> trust.checkServerTrusted(pinned.chain(), "EC"),
                "trusted callers are no servers");
    }

    @Test
    void aTrustedCertificateThatExpiredIsRefusedEvenWhereItIsTrustedItself() {
        Caller expired = Caller.selfSigned("CN=auditor", ZonedDateTime.now().minusMinutes(1));
        X509ExtendedTrustManager trust = GatewayClientCertificates.trustManager(List.of(expired.certificate()));

        assertThrows(CertificateException.class, () -> trust.checkClientTrusted(expired.chain(), "EC"));
    }

    @Test
    void withNoCertificatesNothingIsTrustedAndTheOneIssuerNamedIssuedNothing() {
        X509ExtendedTrustManager trust = GatewayClientCertificates.trustManager(List.of());

        X509Certificate[] named = trust.getAcceptedIssuers();
        assertEquals(1, named.length);
        assertEquals(GatewayClientCertificates.NO_ISSUER, named[0].getSubjectX500Principal());
        assertThrows(CertificateException.class, () -> trust.checkClientTrusted(CASE_SYSTEMS.issue("CN=case-system").chain(), "EC"));
        assertThrows(CertificateException.class, () -> trust.checkClientTrusted(named, "EC"), "not even the placeholder itself");
    }

    @Test
    void theEvidenceDecoderNamesTheIdentityByCommonNameAndLeavesOtherEvidenceAlone() {
        GatewayClientCertificateDecoder decoder = new GatewayClientCertificateDecoder();

        assertEquals(new NamePrincipal("case-system"), decoder.getPrincipal(new X509PeerCertificateChainEvidence(
                CASE_SYSTEMS.issue("CN=case-system,O=Gemeente").chain())));
        assertNull(decoder.getPrincipal(new X509PeerCertificateChainEvidence(CASE_SYSTEMS.issue("O=Gemeente").chain())));
        assertNull(decoder.getPrincipal(new BearerTokenEvidence("a.b.c")));
    }

    @Test
    void theRealmVerifiesATrustedCertificateForTheIdentityItsCommonNameNames() throws Exception {
        GatewayIdentityRealm realm = realm(List.of(CASE_SYSTEMS.certificate()));
        X509PeerCertificateChainEvidence caseSystem = new X509PeerCertificateChainEvidence(
                CASE_SYSTEMS.issue("CN=case-system,O=Gemeente").chain());

        assertEquals(SupportLevel.POSSIBLY_SUPPORTED, realm.getEvidenceVerifySupport(X509PeerCertificateChainEvidence.class, null));
        RealmIdentity identity = realm.getRealmIdentity(new NamePrincipal("case-system"));
        assertTrue(identity.verifyEvidence(caseSystem));
        assertEquals(List.of("case-system"), List.copyOf(identity.getAuthorizationIdentity().getAttributes()
                .get(GatewayIdentityRealm.GROUPS)));
        assertFalse(realm.getRealmIdentity(new NamePrincipal("auditor")).verifyEvidence(caseSystem),
                "a certificate for case-system is no auditor");
        assertFalse(identity.verifyEvidence(new X509PeerCertificateChainEvidence(
                Authority.named("CN=Other CA").issue("CN=case-system").chain())), "a certificate of another CA");
    }

    @Test
    void withoutTrustedCertificatesTheRealmVerifiesNone() throws Exception {
        GatewayIdentityRealm realm = realm(List.of());
        X509PeerCertificateChainEvidence caseSystem = new X509PeerCertificateChainEvidence(
                CASE_SYSTEMS.issue("CN=case-system").chain());

        assertEquals(SupportLevel.UNSUPPORTED, realm.getEvidenceVerifySupport(X509PeerCertificateChainEvidence.class, null));
        RealmIdentity identity = realm.getRealmIdentity(new NamePrincipal("case-system"));
        assertEquals(SupportLevel.UNSUPPORTED, identity.getEvidenceVerifySupport(X509PeerCertificateChainEvidence.class, null));
        assertFalse(identity.verifyEvidence(caseSystem));
    }

    @Test
    void theWholeSubjectIsNoIdentityName() throws Exception {
        GatewayIdentityRealm realm = realm(List.of(CASE_SYSTEMS.certificate()));

        assertFalse(realm.getRealmIdentity(new X500Principal("CN=case-system,O=Gemeente")).exists());
    }

    private GatewayIdentityRealm realm(List<X509Certificate> trusted) {
        GatewayIdentities identities = GatewayIdentities.load(folder.resolve("identities.properties"),
                folder.resolve("credentials.properties"));
        return new GatewayIdentityRealm(identities, Optional.empty(), trusted);
    }
}
