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
import org.apache.cxf.ws.security.wss4j.PolicyBasedWSS4JInInterceptor;

/**
 * A request without a {@code wsse:Security} header skips CXF's WS-Security processing. CXF's policy-driven WSS4J
 * interceptor turns every request into a SAAJ (DOM) copy before it looks for a security header, also when there is
 * none to verify: on the benchmark machine that halved the throughput of the SOAP operations once the WSDL declared
 * the 2W-be-S policy (GetLeadTimeStatus at one connection: 2,160 answers/s in the full run of 2026-12-01, 936 in that of
 * 2026-12-03; docs/findings.md).
 * An unsigned request is then handled exactly as WSS4J would have handled it: no signature results, so
 * {@link RequestSignatures} treats it as unsigned (and refuses it when signatures are required), and the policy
 * engine validates it against the empty 2W-be alternative.
 */
final class UnsignedRequestsSkipWss4j extends AbstractSoapInterceptor {

    private static final QName SECURITY = new QName(ContractFaultInterceptor.WSSE, "Security");

    UnsignedRequestsSkipWss4j() {
        super(Phase.PRE_PROTOCOL);
        addBefore(PolicyBasedWSS4JInInterceptor.class.getName());
    }

    @Override
    public void handleMessage(SoapMessage message) {
        if (hasSecurityHeader(message)) {
            return;
        }
        // the chain is this message's own copy: removing from it changes nothing for other requests
        List<Interceptor<? extends Message>> wss4j = new ArrayList<>();
        message.getInterceptorChain().forEach(interceptor -> {
            if (interceptor instanceof PolicyBasedWSS4JInInterceptor) {
                wss4j.add(interceptor);
            }
        });
        wss4j.forEach(message.getInterceptorChain()::remove);
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
