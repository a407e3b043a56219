package nl.overheid.recordingpolicy.adapter.security.realm;

import java.nio.file.Path;
import java.security.Principal;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.spec.AlgorithmParameterSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.net.ssl.X509TrustManager;

import org.wildfly.security.auth.SupportLevel;
import org.wildfly.security.auth.principal.NamePrincipal;
import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityRealm;
import org.wildfly.security.authz.AuthorizationIdentity;
import org.wildfly.security.authz.MapAttributes;
import org.wildfly.security.credential.Credential;
import org.wildfly.security.evidence.BearerTokenEvidence;
import org.wildfly.security.evidence.Evidence;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import org.wildfly.security.evidence.X509PeerCertificateChainEvidence;

/**
 * Elytron's view of {@link GatewayIdentities}: verifies passwords (HTTP Basic), bearer JWTs ({@link BearerTokens},
 * where a key is configured) and TLS client certificates ({@link GatewayClientCertificates}, where trusted ones are
 * configured) and gives every known identity its attributes, {@code groups} (the role) and {@code authority},
 * whichever way it authenticated. Elytron creates it with the no-argument constructor when the security domain starts.
 */
public final class GatewayIdentityRealm implements SecurityRealm {

    public static final String IDENTITIES_PROPERTY = "gateway.security.identities";
    public static final String CREDENTIALS_PROPERTY = "gateway.security.credentials";
    public static final String GROUPS = "groups";
    public static final String AUTHORITY = "authority";

    private final GatewayIdentities identities;
    private final Optional<BearerTokens> tokens;
    /** Trusts the configured client certificates; empty: no certificate is accepted. */
    private final Optional<X509TrustManager> certificates;

    public GatewayIdentityRealm() {
        this(GatewayIdentities.load(
                        Path.of(setting(IDENTITIES_PROPERTY, "GATEWAY_SECURITY_IDENTITIES").orElse("data/identities.properties")),
                        Path.of(setting(CREDENTIALS_PROPERTY, "GATEWAY_SECURITY_CREDENTIALS").orElse("data/credentials.properties"))),
                BearerTokens.configured(setting(BearerTokens.KEY_PROPERTY, "GATEWAY_JWT_PUBLIC_KEY"),
                        setting(BearerTokens.ISSUER_PROPERTY, "GATEWAY_JWT_ISSUER"),
                        setting(BearerTokens.AUDIENCE_PROPERTY, "GATEWAY_JWT_AUDIENCE")),
                GatewayClientCertificates.trusted());
    }

    GatewayIdentityRealm(GatewayIdentities identities, Optional<BearerTokens> tokens) {
        this(identities, tokens, List.of());
    }

    GatewayIdentityRealm(GatewayIdentities identities, Optional<BearerTokens> tokens, List<X509Certificate> trustedCertificates) {
        this.identities = identities;
        this.tokens = tokens;
        this.certificates = trustedCertificates.isEmpty() ? Optional.empty()
                : Optional.of(GatewayClientCertificates.trustManager(trustedCertificates));
    }

    /** A bearer token names its identity itself: valid, and naming a known identity, or no identity at all. */
    @Override
    public RealmIdentity getRealmIdentity(Evidence evidence) throws RealmUnavailableException {
        if (evidence instanceof BearerTokenEvidence token) {
            if (tokens.isEmpty()) {
                return RealmIdentity.NON_EXISTENT;
            }
            Optional<String> subject = tokens.get().subject(token);
            return subject.flatMap(identities::identity)
                    .<RealmIdentity>map(identity -> new KnownIdentity(new NamePrincipal(identity.name()), identity))
                    .orElse(RealmIdentity.NON_EXISTENT);
        }
        return SecurityRealm.super.getRealmIdentity(evidence);
    }

    @Override
    public RealmIdentity getRealmIdentity(Principal principal) {
        if (principal == null) {
            return RealmIdentity.NON_EXISTENT;
        }
        return identities.identity(principal.getName())
                .<RealmIdentity>map(identity -> new KnownIdentity(principal, identity))
                .orElse(RealmIdentity.NON_EXISTENT);
    }

    @Override
    public SupportLevel getCredentialAcquireSupport(Class<? extends Credential> credentialType, String algorithmName,
                                                    AlgorithmParameterSpec parameterSpec) {
        return SupportLevel.UNSUPPORTED;
    }

    @Override
    public SupportLevel getEvidenceVerifySupport(Class<? extends Evidence> evidenceType, String algorithmName) {
        boolean supported = PasswordGuessEvidence.class.isAssignableFrom(evidenceType)
                || BearerTokenEvidence.class.isAssignableFrom(evidenceType) && tokens.isPresent()
                || X509PeerCertificateChainEvidence.class.isAssignableFrom(evidenceType) && certificates.isPresent();
        return supported ? SupportLevel.POSSIBLY_SUPPORTED : SupportLevel.UNSUPPORTED;
    }

    /**
     * A certificate chain names this identity when it chains to a trusted certificate (again here, not only in the
     * handshake: the realm does not rely on how the evidence reached it) and its subject's CN is the identity's name.
     */
    private boolean certifies(X509PeerCertificateChainEvidence evidence, String identity) {
        if (certificates.isEmpty()) {
            return false;
        }
        X509Certificate[] chain = evidence.getPeerCertificateChain();
        try {
            certificates.get().checkClientTrusted(chain, chain[0].getPublicKey().getAlgorithm());
        } catch (CertificateException e) {
            return false;
        }
        return GatewayClientCertificates.identityName(chain[0]).filter(identity::equals).isPresent();
    }

    private final class KnownIdentity implements RealmIdentity {

        private final Principal principal;
        private final GatewayIdentities.Identity identity;

        KnownIdentity(Principal principal, GatewayIdentities.Identity identity) {
            this.principal = principal;
            this.identity = identity;
        }

        @Override
        public Principal getRealmIdentityPrincipal() {
            return principal;
        }

        @Override
        public SupportLevel getCredentialAcquireSupport(Class<? extends Credential> credentialType, String algorithmName,
                                                        AlgorithmParameterSpec parameterSpec) {
            return SupportLevel.UNSUPPORTED;
        }

        @Override
        public <C extends Credential> C getCredential(Class<C> credentialType) {
            return null;
        }

        @Override
        public SupportLevel getEvidenceVerifySupport(Class<? extends Evidence> evidenceType, String algorithmName) {
            if (PasswordGuessEvidence.class.isAssignableFrom(evidenceType)) {
                return identities.hasPassword(identity.name()) ? SupportLevel.SUPPORTED : SupportLevel.UNSUPPORTED;
            }
            if (X509PeerCertificateChainEvidence.class.isAssignableFrom(evidenceType)) {
                return certificates.isPresent() ? SupportLevel.SUPPORTED : SupportLevel.UNSUPPORTED;
            }
            return BearerTokenEvidence.class.isAssignableFrom(evidenceType) && tokens.isPresent()
                    ? SupportLevel.SUPPORTED : SupportLevel.UNSUPPORTED;
        }

        @Override
        public boolean verifyEvidence(Evidence evidence) throws RealmUnavailableException {
            if (evidence instanceof PasswordGuessEvidence guess) {
                return identities.passwordMatches(identity.name(), guess.getGuess());
            }
            if (evidence instanceof BearerTokenEvidence token && tokens.isPresent()) {
                return tokens.get().subject(token).filter(identity.name()::equals).isPresent();
            }
            if (evidence instanceof X509PeerCertificateChainEvidence chain) {
                return certifies(chain, identity.name());
            }
            return false;
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public AuthorizationIdentity getAuthorizationIdentity() {
            Map<String, List<String>> attributes = new HashMap<>();
            identity.role().ifPresent(role -> attributes.put(GROUPS, List.of(role)));
            identity.authority().ifPresent(authority -> attributes.put(AUTHORITY, List.of(authority)));
            return AuthorizationIdentity.basicIdentity(new MapAttributes(attributes));
        }
    }

    /**
     * An operator's setting: the system property if set, else the environment variable; blank counts as unset. The
     * deployment's GatewayConfiguration.setting applies the same rule; this server module cannot see its classes.
     */
    static Optional<String> setting(String property, String environmentVariable) {
        return Optional.ofNullable(System.getProperty(property))
                .or(() -> Optional.ofNullable(System.getenv(environmentVariable)))
                .filter(value -> !value.isBlank());
    }
}
