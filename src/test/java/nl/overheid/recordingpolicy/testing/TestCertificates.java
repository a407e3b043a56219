package nl.overheid.recordingpolicy.testing;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;

import javax.security.auth.x500.X500Principal;

import org.wildfly.security.x500.cert.BasicConstraintsExtension;
import org.wildfly.security.x500.cert.ExtendedKeyUsageExtension;
import org.wildfly.security.x500.cert.KeyUsage;
import org.wildfly.security.x500.cert.KeyUsageExtension;
import org.wildfly.security.x500.cert.X509CertificateBuilder;

/**
 * Certificate authorities and caller certificates made at test time (EC P-256, Elytron's certificate builder, which
 * the build has on the test classpath already), as an operator's CA would issue them to case systems: the tests hold
 * the private keys, the gateway is given certificates only.
 */
public final class TestCertificates {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

    private TestCertificates() {
    }

    /** A CA: a key pair and its self-signed certificate (basic constraints CA, may sign certificates). */
    public record Authority(KeyPair keys, X509Certificate certificate) {

        public static Authority named(String subject) {
            return named(subject, ZonedDateTime.now().plusDays(1));
        }

        public static Authority named(String subject, ZonedDateTime notAfter) {
            KeyPair keys = newKeyPair();
            X509Certificate certificate = build(new X509CertificateBuilder()
                    .setIssuerDn(new X500Principal(subject)).setSubjectDn(new X500Principal(subject))
                    .setPublicKey(keys.getPublic()).setSigningKey(keys.getPrivate())
                    .setNotValidAfter(notAfter)
                    .addExtension(new BasicConstraintsExtension(true, true, 0))
                    .addExtension(new KeyUsageExtension(true, KeyUsage.keyCertSign, KeyUsage.digitalSignature)));
            return new Authority(keys, certificate);
        }

        /** A caller's certificate for {@code subject}, signed by this CA, for TLS client authentication. */
        public Caller issue(String subject) {
            KeyPair caller = newKeyPair();
            X509Certificate issued = build(new X509CertificateBuilder()
                    .setIssuerDn(certificate.getSubjectX500Principal()).setSubjectDn(new X500Principal(subject))
                    .setPublicKey(caller.getPublic()).setSigningKey(keys.getPrivate())
                    .setNotValidAfter(ZonedDateTime.now().plusDays(1))
                    .addExtension(new KeyUsageExtension(true, KeyUsage.digitalSignature))
                    .addExtension(new ExtendedKeyUsageExtension(false, List.of(CLIENT_AUTH))));
            return new Caller(caller.getPrivate(), new X509Certificate[] {issued, certificate});
        }
    }

    /** A caller's private key and the chain it presents, its own certificate first. */
    public record Caller(PrivateKey key, X509Certificate[] chain) {

        /** A caller with a self-signed certificate of its own, which an operator trusts as it is. */
        public static Caller selfSigned(String subject) {
            return selfSigned(subject, ZonedDateTime.now().plusDays(1));
        }

        public static Caller selfSigned(String subject, ZonedDateTime notAfter) {
            Authority own = Authority.named(subject, notAfter);
            return new Caller(own.keys().getPrivate(), new X509Certificate[] {own.certificate()});
        }

        public X509Certificate certificate() {
            return chain[0];
        }
    }

    /** The certificates as a PEM file's text. */
    public static String pem(X509Certificate... certificates) {
        StringBuilder text = new StringBuilder();
        for (X509Certificate certificate : certificates) {
            try {
                text.append("-----BEGIN CERTIFICATE-----\n")
                        .append(Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(certificate.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return text.toString();
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate build(X509CertificateBuilder builder) {
        try {
            return builder.setSerialNumber(new BigInteger(63, RANDOM).add(BigInteger.ONE))
                    .setNotValidBefore(ZonedDateTime.now().minusMinutes(5))
                    .setSignatureAlgorithmName("SHA256withECDSA")
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
