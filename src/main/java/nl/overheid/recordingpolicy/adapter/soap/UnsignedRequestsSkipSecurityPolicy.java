package nl.overheid.recordingpolicy.adapter.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.namespace.QName;

import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.headers.Header;
import org.apache.cxf.interceptor.Interceptor;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.ws.policy.PolicyVerificationInInterceptor;
import org.apache.cxf.ws.security.wss4j.PolicyBasedWSS4JInInterceptor;

/**
 * A request without a {@code wsse:Security} header skips CXF's WS-Security processing and the policy engine's check of
 * the request: it can only meet the WSDL policy's empty alternative (2W-be), which asserts nothing.
 * <ul>
 * <li>CXF's policy-driven WSS4J interceptor turns every request into a SAAJ (DOM) copy before it looks for a security
 * header, also when there is none: that halved the SOAP operations' throughput once the WSDL declared the 2W-be-S
 * policy (GetLeadTimeStatus at one connection: 2,160 answers/s in the full run of 2026-12-01, 936 in that of
 * 2026-12-03; docs/findings.md).</li>
 * <li>{@link PolicyVerificationInInterceptor} checks the request against every alternative and hands the one it met
 * to the answer; CXF then works out the answer's effective policy anew for every request, where without a request's
 * alternative it uses the one it keeps per operation (the minimal one, {@link SignedAnswerSelector}: unsigned, as the
 * answer to an unsigned request must be). Together that was about a tenth of the server's CPU per GetLeadTimeStatus
 * (docs/findings.md).</li>
 * </ul>
 * An unsigned request is then handled as the full chain would have handled it: no signature results, so
 * {@link RequestSignatures} treats it as unsigned (and refuses it when signatures are required), and its answer is
 * not signed. A request with a security header, signed or not, goes through all of it.
 */
final class UnsignedRequestsSkipSecurityPolicy extends AbstractSoapInterceptor {

    private static final QName SECURITY = new QName(ContractFaultInterceptor.WSSE, "Security");

    UnsignedRequestsSkipSecurityPolicy() {
        super(Phase.PRE_PROTOCOL);
        addBefore(PolicyBasedWSS4JInInterceptor.class.getName());
    }

    @Override
    public void handleMessage(SoapMessage message) {
        if (hasSecurityHeader(message)) {
            return;
        }
        // the chain is this message's own copy: removing from it changes nothing for other requests
        List<Interceptor<? extends Message>> securityPolicy = new ArrayList<>();
        message.getInterceptorChain().forEach(interceptor -> {
            if (interceptor instanceof PolicyBasedWSS4JInInterceptor || interceptor instanceof PolicyVerificationInInterceptor) {
                securityPolicy.add(interceptor);
            }
        });
        securityPolicy.forEach(message.getInterceptorChain()::remove);
    }

    static boolean hasSecurityHeader(SoapMessage message) {
        for (Header header : message.getHeaders()) {
            if (SECURITY.equals(header.getName())) {
                return true;
            }
        }
        return false;
    }
}
