package nl.overheid.recordingpolicy.adapter.security.realm;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.security.auth.x500.X500Principal;

import org.wildfly.security.x500.X500;
import org.wildfly.security.x500.cert.SelfSignedX509CertificateAndSigningKey;
import org.wildfly.security.x500.util.X500PrincipalUtil;

/**
 * The callers that may authenticate with a TLS client certificate (mutual TLS, Digikoppeling's way): the certificates
 * in one PEM file named by {@value #PROPERTY} / {@value #ENVIRONMENT_VARIABLE}, each trusted as an anchor, so the file
 * holds the callers' own certificates or the CAs that issue them. Unset: no certificate is accepted.
 * A certificate names its identity by its subject's common name: {@code CN=case-system} is the identity
 * {@code case-system} of identities.properties, with that identity's role and authority.
 *
 * <p>Used by the TLS trust manager ({@link GatewayClientTrustManagerFactory}), the identity realm, and whatever else
 * has to decide whether a certificate belongs to a caller (a signed SOAP message, say).
 */
public final class GatewayClientCertificates {

    public static final String PROPERTY = "gateway.tls.client-certificates";
    public static final String ENVIRONMENT_VARIABLE = "GATEWAY_TLS_CLIENT_CERTIFICATES";
    /** The subject of the one issuer the handshake names when no client certificate is trusted. */
    public static final X500Principal NO_ISSUER = new X500Principal(
            "CN=No client certificate is accepted (" + ENVIRONMENT_VARIABLE + " is not set)");

    private static final Pattern PEM_CERTIFICATE = Pattern.compile(
            "-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]*?)-----END CERTIFICATE-----");

    private GatewayClientCertificates() {
    }

    /** The configured file, if the operator set one. */
    public static Optional<Path> configuredFile() {
        return GatewayIdentityRealm.setting(PROPERTY, ENVIRONMENT_VARIABLE).map(Path::of);
    }

    /**
     * The trusted certificates from the configured PEM file; empty when none is configured. A configured file that is
     * missing, unreadable or holds no certificate fails here, naming the file and the setting: a gateway that silently
     * trusted nobody (or somebody else) would lock its callers out or let the wrong one in.
     */
    public static List<X509Certificate> trusted() {
        return configuredFile().map(GatewayClientCertificates::read).orElse(List.of());
    }

    /** Every certificate of a PEM file (text around the blocks, such as comments, is ignored). */
    public static List<X509Certificate> read(Path pemFile) {
        String text;
        try {
            text = Files.readString(pemFile, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trusted client certificates " + pemFile.toAbsolutePath()
                    + " (" + PROPERTY + " / " + ENVIRONMENT_VARIABLE + ")", e);
        }
        List<X509Certificate> certificates = new ArrayList<>();
        Matcher block = PEM_CERTIFICATE.matcher(text);
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            while (block.find()) {
                byte[] der = Base64.getMimeDecoder().decode(block.group(1));
                certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
            }
        } catch (CertificateException | IllegalArgumentException e) {
            throw new IllegalStateException("the trusted client certificates " + pemFile.toAbsolutePath()
                    + " hold a certificate that is not X.509 (PEM, BEGIN CERTIFICATE)", e);
        }
        if (certificates.isEmpty()) {
            throw new IllegalStateException("the trusted client certificates " + pemFile.toAbsolutePath() + " (" + PROPERTY
                    + " / " + ENVIRONMENT_VARIABLE + ") hold no PEM certificate (-----BEGIN CERTIFICATE-----)");
        }
        return List.copyOf(certificates);
    }

    /** The certificates as trust anchors for a library that wants a KeyStore (WSS4J): in memory, never written. */
    public static KeyStore trustStore(List<X509Certificate> certificates) {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            for (int i = 0; i < certificates.size(); i++) {
                trusted.setCertificateEntry("trusted-" + i, certificates.get(i));
            }
            return trusted;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot hold the trusted client certificates", e);
        }
    }

    /**
     * The identity a certificate names: its subject's common name, when the subject has exactly one. Whether that
     * identity exists is the identities file's to say.
     */
    public static Optional<String> identityName(X509Certificate certificate) {
        return commonName(certificate.getSubjectX500Principal());
    }

    static Optional<String> commonName(X500Principal subject) {
        String[] names = X500PrincipalUtil.getAttributeValues(subject, X500.OID_AT_COMMON_NAME);
        return names.length == 1 && !names[0].isBlank() ? Optional.of(names[0]) : Optional.empty();
    }

    /**
     * A trust manager for client certificates that trusts a chain ending in one of {@code trusted} (the JDK's PKIX
     * validation: signatures, validity, basic constraints, key usage), and nothing when {@code trusted} is empty. The
     * first certificate must be valid now even when it is itself one of the trusted ones (PKIX does not look at the
     * validity of a trust anchor).
     *
     * <p>The handshake names the accepted issuers when it asks for a certificate, and Elytron's server SSL context can
     * only ask always or never (the setting is a file, not a switch it could read). So with nothing trusted the one
     * issuer named is {@link #NO_ISSUER}, a throwaway certificate made at start whose key nobody holds: a client that
     * picks its certificate by the issuers asked for (browsers, the JDK) sends none and connects as before; one that
     * sends a certificate anyway is refused in the handshake.
     */
    public static X509ExtendedTrustManager trustManager(List<X509Certificate> trusted) {
        if (trusted.isEmpty()) {
            return new Trusting(null);
        }
        try {
            KeyStore anchors = KeyStore.getInstance("PKCS12");
            anchors.load(null, null);
            for (int i = 0; i < trusted.size(); i++) {
                anchors.setCertificateEntry("trusted-" + i, trusted.get(i));
            }
            TrustManagerFactory pkix = TrustManagerFactory.getInstance("PKIX");
            pkix.init(anchors);
            for (TrustManager manager : pkix.getTrustManagers()) {
                if (manager instanceof X509ExtendedTrustManager extended) {
                    return new Trusting(extended);
                }
            }
            throw new IllegalStateException("the JDK's PKIX trust manager factory gave no X509ExtendedTrustManager");
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a trust manager for the trusted client certificates", e);
        }
    }

    /** The JDK's PKIX trust manager for client chains, or one that trusts nothing; never trusts a server. */
    private static final class Trusting extends X509ExtendedTrustManager {

        private final X509ExtendedTrustManager pkix; // null: nothing trusted

        Trusting(X509ExtendedTrustManager pkix) {
            this.pkix = pkix;
        }

        private X509ExtendedTrustManager firstValid(X509Certificate[] chain) throws CertificateException {
            if (pkix == null) {
                throw new CertificateException("no client certificate is trusted (" + PROPERTY + " / " + ENVIRONMENT_VARIABLE
                        + " is not set)");
            }
            if (chain == null || chain.length == 0) {
                throw new CertificateException("no client certificate");
            }
            chain[0].checkValidity();
            return pkix;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            firstValid(chain).checkClientTrusted(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            firstValid(chain).checkClientTrusted(chain, authType, socket);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            firstValid(chain).checkClientTrusted(chain, authType, engine);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("this trust manager is for the gateway's callers, not for servers");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            checkServerTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            checkServerTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return pkix == null ? new X509Certificate[] {NoIssuer.CERTIFICATE} : pkix.getAcceptedIssuers();
        }
    }

    /** Made once, when first needed; its key is dropped at once, so nothing can ever be signed by it. */
    private static final class NoIssuer {
        static final X509Certificate CERTIFICATE = create();

        private static X509Certificate create() {
            return SelfSignedX509CertificateAndSigningKey.builder().setDn(NO_ISSUER).setKeyAlgorithmName("EC")
                    .setKeySize(256).setSignatureAlgorithmName("SHA256withECDSA")
                    .setNotValidBefore(ZonedDateTime.now().minusMinutes(5))
                    .setNotValidAfter(ZonedDateTime.now().plusYears(100))
                    .build().getSelfSignedCertificate();
        }
    }
}
