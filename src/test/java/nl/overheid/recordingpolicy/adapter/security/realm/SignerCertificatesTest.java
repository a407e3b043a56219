package nl.overheid.recordingpolicy.adapter.security.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import javax.security.auth.x500.X500Principal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wildfly.security.x500.cert.SelfSignedX509CertificateAndSigningKey;

/** The trusted caller certificates: one PEM file, all of its certificates, or nothing trusted when unset. */
class SignerCertificatesTest {

    @TempDir
    Path folder;

    @Test
    void everyCertificateOfThePemFileIsTrusted() throws Exception {
        X509Certificate caseSystem = certificate("case-system");
        X509Certificate ca = certificate("Zaaksystemen CA");
        Path pem = folder.resolve("callers.pem");
        Files.writeString(pem, "# the case systems of Testdorp\n" + pem(caseSystem) + pem(ca), StandardCharsets.US_ASCII);

        List<X509Certificate> trusted = SignerCertificates.load(Optional.of(pem));

        assertEquals(List.of(caseSystem, ca), trusted);
        KeyStore trustStore = SignerCertificates.trustStore(trusted);
        assertEquals(2, Collections.list(trustStore.aliases()).size());
        assertTrue(trustStore.getCertificateAlias(ca) != null);
    }

    @Test
    void unsetNothingIsTrusted() {
        assertEquals(List.of(), SignerCertificates.load(Optional.empty()));
    }

    @Test
    void aConfiguredFileThatIsMissingStopsTheStart() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> SignerCertificates.load(Optional.of(folder.resolve("absent.pem"))));
        assertTrue(refused.getMessage().contains("absent.pem") && refused.getMessage().contains(SignerCertificates.PROPERTY),
                refused.getMessage());
    }

    @Test
    void aFileWithoutCertificatesStopsTheStart() throws Exception {
        Path empty = Files.writeString(folder.resolve("empty.pem"), "");
        Path garbage = Files.writeString(folder.resolve("garbage.pem"), "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n"
                + "-----END CERTIFICATE-----\n");

        assertThrows(IllegalStateException.class, () -> SignerCertificates.load(Optional.of(empty)));
        assertThrows(IllegalStateException.class, () -> SignerCertificates.load(Optional.of(garbage)));
    }

    private static X509Certificate certificate(String commonName) {
        return SelfSignedX509CertificateAndSigningKey.builder()
                .setDn(new X500Principal("CN=" + commonName))
                .setKeyAlgorithmName("EC")
                .setKeySize(256)
                .setSignatureAlgorithmName("SHA256withECDSA")
                .setNotValidBefore(ZonedDateTime.now().minusMinutes(5))
                .setNotValidAfter(ZonedDateTime.now().plusDays(1))
                .build()
                .getSelfSignedCertificate();
    }

    private static String pem(X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n";
    }
}
