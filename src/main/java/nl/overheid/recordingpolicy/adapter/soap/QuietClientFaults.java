package nl.overheid.recordingpolicy.adapter.soap;

import java.util.logging.Logger;

import jakarta.xml.ws.soap.SOAPFaultException;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.logging.FaultListener;
import org.apache.cxf.message.Message;

/**
 * CXF logs every fault as a WARNING with a full stack trace, also a caller's malformed or invalid request: some
 * hundred lines per bad request, which turns hostile input into a flood of the server log (and cost the fuzz test
 * more time than the requests themselves). A fault that blames the caller is logged here in one line at FINE; the
 * gateway's own faults keep CXF's logging.
 */
public class QuietClientFaults implements FaultListener {

    private static final Logger LOG = Logger.getLogger(QuietClientFaults.class.getName());

    @Override
    public boolean faultOccurred(Exception exception, String description, Message message) {
        boolean callers = exception instanceof Fault fault ? blamesTheCaller(fault)
                : ContractFaultInterceptor.isTheCallersMessage(exception); // e.g. Woodstox' lazy parse error, unwrapped
        if (callers) {
            LOG.fine(() -> "SOAP request refused: " + exception.getMessage());
        }
        return !callers;
    }

    private static boolean blamesTheCaller(Fault fault) {
        if (fault.getCause() instanceof SOAPFaultException answered) {
            // the endpoint's own faults (SoapFaults): soap:Client for bad input, soap:Server for its trouble
            return "Client".equals(answered.getFault().getFaultCodeAsQName().getLocalPart());
        }
        String code = fault.getFaultCode() == null ? "" : fault.getFaultCode().getLocalPart();
        return "client".equalsIgnoreCase(code) || ContractFaultInterceptor.isSecurityFault(fault) || ContractFaultInterceptor.isTheCallersMessage(fault);
    }
}
