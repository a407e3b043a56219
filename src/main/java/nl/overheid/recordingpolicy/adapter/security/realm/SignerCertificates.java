package nl.overheid.recordingpolicy.adapter.security.realm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The callers' certificates the gateway trusts, or the certificates of the CAs that issued them: one PEM file named
 * by {@code gateway.tls.client-certificates} / {@code GATEWAY_TLS_CLIENT_CERTIFICATES}, any number of
 * {@code BEGIN CERTIFICATE} blocks. The same file serves every check of a caller's certificate (WS-Security signatures
 * on SOAP; client certificates on TLS). A caller is then known by the CN of its certificate's subject, which must name
 * an identity of {@code identities.properties}.
 *
 * <p>Unset, no certificate is trusted. A configured file that is missing, unreadable or holds no certificate stops
 * the start: a gateway that half-read its trust would lock the right callers out, or silently trust none.
 */
public final class SignerCertificates {

    public static final String PROPERTY = "gateway.tls.client-certificates";
    public static final String ENV = "GATEWAY_TLS_CLIENT_CERTIFICATES";

    private static final Logger LOG = Logger.getLogger(SignerCertificates.class.getName());

    private SignerCertificates() {
    }

    /** The certificates of the configured file, or none when it is not configured. */
    public static List<X509Certificate> fromSettings() {
        return load(GatewayIdentityRealm.setting(PROPERTY, ENV).map(Path::of));
    }

    static List<X509Certificate> load(Optional<Path> configured) {
        if (configured.isEmpty()) {
            LOG.info(() -> "No trusted caller certificates (" + PROPERTY + " / " + ENV + " unset): no signature or client"
                    + " certificate is accepted");
            return List.of();
        }
        Path file = configured.get();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the trusted caller certificates " + file.toAbsolutePath() + " (" + PROPERTY
                    + " / " + ENV + ") do not exist");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certificates.add((X509Certificate) certificate);
            }
        } catch (CertificateException e) {
            throw new IllegalStateException("cannot read the trusted caller certificates " + file.toAbsolutePath()
                    + ": PEM (BEGIN CERTIFICATE blocks) expected", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trusted caller certificates " + file.toAbsolutePath(), e);
        }
        if (certificates.isEmpty()) {
            throw new IllegalStateException("the trusted caller certificates " + file.toAbsolutePath() + " hold no certificate");
        }
        LOG.info(() -> "Trusted caller certificates from " + file.toAbsolutePath() + ": " + certificates.stream()
                .map(certificate -> certificate.getSubjectX500Principal().getName() + " (SHA-256 "
                        + GatewayTlsKeys.fingerprint(certificate) + ")")
                .toList());
        return List.copyOf(certificates);
    }

    /** The certificates as trust anchors: a PKCS#12 store in memory, never written, with no secret to protect. */
    public static KeyStore trustStore(List<X509Certificate> certificates) {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            for (int i = 0; i < certificates.size(); i++) {
                trusted.setCertificateEntry("trusted-" + i, certificates.get(i));
            }
            return trusted;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot hold the trusted caller certificates", e);
        }
    }
}
