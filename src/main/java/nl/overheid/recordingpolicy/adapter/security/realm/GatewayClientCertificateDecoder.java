package nl.overheid.recordingpolicy.adapter.security.realm;

import java.security.Principal;

import org.wildfly.security.auth.principal.NamePrincipal;
import org.wildfly.security.auth.server.EvidenceDecoder;
import org.wildfly.security.evidence.Evidence;
import org.wildfly.security.evidence.X509PeerCertificateChainEvidence;

/**
 * The security domain's evidence decoder (gateway-security.cli): a TLS client certificate names the identity its
 * subject's CN names ({@link GatewayClientCertificates#identityName}), not its whole subject, so the caller is
 * {@code case-system} on REST and SOAP alike, as with a password or a bearer token. Other evidence keeps Elytron's
 * default principal. Naming is not trusting: the realm still verifies the certificate.
 */
public final class GatewayClientCertificateDecoder implements EvidenceDecoder {

    public GatewayClientCertificateDecoder() {
    }

    @Override
    public Principal getPrincipal(Evidence evidence) {
        if (evidence instanceof X509PeerCertificateChainEvidence certificates) {
            return GatewayClientCertificates.identityName(certificates.getFirstCertificate()).map(NamePrincipal::new)
                    .orElse(null);
        }
        return evidence.getDefaultPrincipal();
    }
}
