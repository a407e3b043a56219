package nl.overheid.recordingpolicy.adapter.soap;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import javax.xml.namespace.QName;

import jakarta.xml.soap.SOAPConstants;

import org.apache.cxf.helpers.CastUtils;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.ws.policy.AssertionInfo;
import org.apache.cxf.ws.policy.AssertionInfoMap;
import org.apache.cxf.ws.policy.PolicyVerificationInInterceptor;
import org.apache.neethi.Assertion;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.WSDataRef;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.WSHandlerConstants;
import org.apache.wss4j.dom.handler.WSHandlerResult;

import nl.overheid.recordingpolicy.adapter.security.ElytronCallers;
import nl.overheid.recordingpolicy.adapter.security.realm.GatewayClientCertificates;
import nl.overheid.recordingpolicy.application.security.Caller;

/**
 * Who signed the request (Koppelvlakstandaard WUS 2W-be-S), after CXF's WS-Security has verified the signature against
 * the trusted certificates and the policy engine has checked the request against the WSDL's policy: the identity
 * whose name is the CN of the signing certificate's subject becomes the caller of the operation, exactly as if it had
 * logged in with HTTP Basic. The endpoint reads it from the message ({@link #SIGNER}).
 *
 * <p>Refused with a soap:Client fault (RPG-0401): a security header that does not meet the signed alternative of the
 * policy (e.g. a Body left unsigned), a trusted certificate whose CN names no identity, a request signed by one
 * identity and sent with another's HTTP credentials, and, with {@code gateway.soap.signature=required}, an unsigned
 * request. A signature that does not verify never reaches this interceptor: WSS4J refuses it first.
 */
public final class RequestSignatures extends AbstractPhaseInterceptor<Message> {

    /** The message property holding the signer, a {@link Caller}. */
    public static final String SIGNER = RequestSignatures.class.getName() + ".signer";
    static final String SP = "http://docs.oasis-open.org/ws-sx/ws-securitypolicy/200702";
    static final QName ASYMMETRIC_BINDING = new QName(SP, "AsymmetricBinding");
    private static final QName BODY = new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Body");
    private static final Logger LOG = Logger.getLogger(RequestSignatures.class.getName());

    private final SignatureRequirement requirement;

    public RequestSignatures(SignatureRequirement requirement) {
        super(Phase.PRE_INVOKE);
        addAfter(PolicyVerificationInInterceptor.class.getName());
        this.requirement = requirement;
    }

    @Override
    public void handleMessage(Message message) {
        List<WSSecurityEngineResult> signatures = signatures(message);
        if (signatures.isEmpty()) {
            if (requirement == SignatureRequirement.REQUIRED) {
                throw refused("This service requires requests signed with WS-Security (Digikoppeling Koppelvlakstandaard"
                        + " WUS 2W-be-S): sign the Body and a Timestamp with the calling system's X.509 certificate.");
            }
            return;
        }
        if (!signedAlternativeMet(message)) {
            throw refused("The request's WS-Security header does not meet this service's policy (Digikoppeling"
                    + " Koppelvlakstandaard WUS 2W-be-S)" + unmet(message) + ".");
        }
        X509Certificate certificate = bodySigner(signatures).orElseThrow(() ->
                refused("The request's WS-Security signature does not cover the SOAP Body."));
        String name = GatewayClientCertificates.identityName(certificate).orElseThrow(() -> refused(
                "The signing certificate's subject has no single CN, so it names no identity of the gateway."));
        Caller signer = ElytronCallers.named(name).orElseThrow(() -> refused("The request is signed with a trusted"
                + " certificate, but its CN (" + name + ") names no identity of the gateway."));
        Caller authenticated = ElytronCallers.current();
        if (authenticated.authenticated() && !authenticated.name().equals(signer.name())) {
            throw refused("The request is signed by " + signer.name() + " but sent with the HTTP credentials of "
                    + authenticated.name() + ": a request has one caller.");
        }
        LOG.fine(() -> "SOAP request signed by " + certificate.getSubjectX500Principal() + ", identity " + signer.name());
        message.put(SIGNER, signer);
    }

    /** The signature results of the request's security header; none without one. */
    private static List<WSSecurityEngineResult> signatures(Message message) {
        List<WSHandlerResult> results = CastUtils.cast((List<?>) message.get(WSHandlerConstants.RECV_RESULTS));
        List<WSSecurityEngineResult> signatures = new ArrayList<>();
        if (results != null) {
            for (WSHandlerResult result : results) {
                signatures.addAll(result.getActionResults().getOrDefault(WSConstants.SIGN, List.of()));
            }
        }
        return signatures;
    }

    /** The policy engine validated the signed alternative, not only the empty one of 2W-be. */
    private static boolean signedAlternativeMet(Message message) {
        List<List<Assertion>> validated = CastUtils.cast((List<?>) message.getExchange().get("ws-policy.validated.alternatives"));
        return validated != null && validated.stream().flatMap(List::stream)
                .anyMatch(assertion -> ASYMMETRIC_BINDING.equals(assertion.getName()));
    }

    /** What the policy engine found missing, in its own words: about the caller's message, nothing of the server's. */
    private static String unmet(Message message) {
        AssertionInfoMap assertions = message.get(AssertionInfoMap.class);
        Set<String> reasons = new LinkedHashSet<>();
        if (assertions != null) {
            for (Collection<AssertionInfo> infos : assertions.values()) {
                for (AssertionInfo info : infos) {
                    if (!info.isAsserted() && info.getErrorMessage() != null && SP.equals(info.getAssertion().getName().getNamespaceURI())) {
                        reasons.add(info.getAssertion().getName().getLocalPart() + ": "
                                + info.getErrorMessage().replace(":null not + ", " headers not ").replace(" not + ", " not "));
                    }
                }
            }
        }
        return reasons.isEmpty() ? "" : ": " + String.join("; ", reasons);
    }

    private static Optional<X509Certificate> bodySigner(List<WSSecurityEngineResult> signatures) {
        for (WSSecurityEngineResult signature : signatures) {
            List<WSDataRef> references = CastUtils.cast((List<?>) signature.get(WSSecurityEngineResult.TAG_DATA_REF_URIS));
            Object certificate = signature.get(WSSecurityEngineResult.TAG_X509_CERTIFICATE);
            if (references != null && certificate instanceof X509Certificate signer
                    && references.stream().anyMatch(reference -> BODY.equals(reference.getName()))) {
                return Optional.of(signer);
            }
        }
        return Optional.empty();
    }


    private static Fault refused(String detail) {
        return SoapFaults.interceptorFault(SoapFaults.UNAUTHENTICATED, detail);
    }
}
