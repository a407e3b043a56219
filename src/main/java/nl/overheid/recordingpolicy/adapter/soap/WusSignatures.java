package nl.overheid.recordingpolicy.adapter.soap;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.logging.Logger;

import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Endpoint;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.feature.AbstractFeature;
import org.apache.cxf.ws.policy.PolicyEngine;
import org.apache.cxf.ws.security.SecurityConstants;
import org.apache.wss4j.common.crypto.Merlin;

import nl.overheid.recordingpolicy.adapter.security.realm.GatewayTlsKeys;
import nl.overheid.recordingpolicy.adapter.security.realm.GatewayClientCertificates;

/**
 * WS-Security signatures on the SOAP endpoint (Digikoppeling Koppelvlakstandaard WUS, profile 2W-be-S), as the
 * WS-SecurityPolicy of {@code wsdl/RecordingPolicyService.wsdl} declares them: CXF's policy-driven WSS4J verifies a
 * signed request against the trusted caller certificates ({@link GatewayClientCertificates}, as for mutual TLS) and signs the answer with the
 * gateway's own key, the key of its HTTPS listener ({@link GatewayTlsKeys#shared()}: the configured keystore or the
 * one generated on a fresh start). Nothing here is configuration with a password in it: the keys come from where the
 * TLS listener gets them, at start.
 *
 * <p>The policy offers 2W-be-S and plain 2W-be as alternatives; {@link SignedAnswerSelector} signs exactly the answers
 * to signed requests, and {@link RequestSignatures} turns the signer into the operation's caller and, when
 * {@code gateway.soap.signature=required}, refuses unsigned requests. Failing to load the keys or the trusted
 * certificates fails the deployment.
 */
public class WusSignatures extends AbstractFeature {

    static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    private static final Logger LOG = Logger.getLogger(WusSignatures.class.getName());

    @Override
    public void initialize(Server server, Bus bus) {
        SignatureRequirement requirement = SignatureRequirement.fromSettings();
        List<X509Certificate> trusted = GatewayClientCertificates.trusted();
        if (requirement == SignatureRequirement.REQUIRED && trusted.isEmpty()) {
            throw new IllegalStateException(SignatureRequirement.PROPERTY + "=required, but no caller certificate is trusted ("
                    + GatewayClientCertificates.PROPERTY + " / " + GatewayClientCertificates.ENVIRONMENT_VARIABLE + "): no request could be answered");
        }
        GatewayTlsKeys.Loaded keys = GatewayTlsKeys.shared();
        Merlin crypto = new Merlin();
        crypto.setKeyStore(keys.keyStore());
        crypto.setTrustStore(GatewayClientCertificates.trustStore(trusted));

        Endpoint endpoint = server.getEndpoint();
        endpoint.put(SecurityConstants.SIGNATURE_CRYPTO, crypto);
        endpoint.put(SecurityConstants.SIGNATURE_USERNAME, keys.alias());
        endpoint.put(SecurityConstants.SIGNATURE_PASSWORD, new String(keys.password()));
        // WS-SecurityPolicy's Basic256Sha256 digests with SHA-256 but signs with RSA-SHA1; Digikoppeling wants RSA-SHA256,
        // which the policy language cannot say: CXF's override, for verifying requests and signing answers alike.
        endpoint.put(SecurityConstants.ASYMMETRIC_SIGNATURE_ALGORITHM, RSA_SHA256);
        endpoint.getInInterceptors().add(new UnsignedRequestsSkipSecurityPolicy());
        endpoint.getInInterceptors().add(new RequestSignatures(requirement));
        bus.getExtension(PolicyEngine.class).setAlternativeSelector(new SignedAnswerSelector());
        LOG.info(() -> "SOAP WS-Security signatures (WUS 2W-be-S) " + requirement.name().toLowerCase(java.util.Locale.ROOT)
                + "; answers to signed requests are signed with " + keys.certificate().getSubjectX500Principal().getName()
                + " (SHA-256 " + GatewayTlsKeys.fingerprint(keys.certificate()) + "); " + trusted.size()
                + " trusted caller certificate(s)");
    }
}
