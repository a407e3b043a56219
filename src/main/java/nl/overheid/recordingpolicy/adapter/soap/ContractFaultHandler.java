package nl.overheid.recordingpolicy.adapter.soap;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.namespace.QName;

import jakarta.xml.soap.SOAPBody;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;

import nl.overheid.recordingpolicy.application.InvalidParam;

/**
 * Faults the SOAP stack raises before the endpoint is reached (an element the XSD does not have, an operation
 * the WSDL does not have, an unreadable body) carry the runtime's own text and no detail. This handler gives
 * them the contract's typed detail: RequestFault for soap:Client faults, naming the element where the runtime
 * says which one; ServerFault with an incident id for soap:Server faults, whose text may reveal internals and is
 * therefore replaced. Faults that already carry a detail (the endpoint's own) pass unchanged.
 */
public class ContractFaultHandler implements SOAPHandler<SOAPMessageContext> {

    private static final Logger LOG = Logger.getLogger(ContractFaultHandler.class.getName());
    /** CXF: "Unmarshalling Error: unexpected element (uri:"...", local:"colour"). Expected elements are ..." */
    private static final Pattern UNEXPECTED_ELEMENT = Pattern.compile("unexpected element \\(uri:\"[^\"]*\", local:\"([^\"]+)\"\\)");
    /** CXF: "Message part {ns}RecordEverything was not recognized." */
    private static final Pattern UNKNOWN_PART = Pattern.compile("Message part (?:\\{[^}]*\\})?(\\S+) was not recognized");

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        return true;
    }

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        if (!Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
            return true;
        }
        try {
            SOAPBody body = context.getMessage().getSOAPBody();
            SOAPFault fault = body == null ? null : body.getFault();
            if (fault != null && (fault.getDetail() == null || !fault.getDetail().getDetailEntries().hasNext())) {
                addContractDetail(fault);
                context.getMessage().saveChanges();
            }
        } catch (SOAPException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not add the contract detail to a SOAP fault", e);
        }
        return true;
    }

    private static void addContractDetail(SOAPFault fault) throws SOAPException {
        String runtimeText = fault.getFaultString() == null ? "" : fault.getFaultString();
        if ("Client".equals(fault.getFaultCodeAsQName().getLocalPart())) {
            List<InvalidParam> params = invalidParams(runtimeText);
            String detail = "The request does not conform to the XSD of this service"
                    + (params.isEmpty() ? "." : ": " + params.get(0).name() + " " + params.get(0).reason() + ".");
            fault.setFaultString(detail);
            SoapFaults.writeDetail(fault, SoapFaults.requestFault(detail, params));
        } else if ("Server".equals(fault.getFaultCodeAsQName().getLocalPart())) {
            String incident = UUID.randomUUID().toString();
            LOG.severe(() -> "Incident " + incident + ": SOAP runtime fault: " + runtimeText);
            fault.setFaultString(SoapFaults.serverFaultString(incident));
            SoapFaults.writeDetail(fault, SoapFaults.serverFaultDetail(incident));
        }
    }

    private static List<InvalidParam> invalidParams(String runtimeText) {
        Matcher element = UNEXPECTED_ELEMENT.matcher(runtimeText);
        if (element.find()) {
            return List.of(new InvalidParam(element.group(1), "is not an element of this request"));
        }
        Matcher part = UNKNOWN_PART.matcher(runtimeText);
        if (part.find()) {
            return List.of(new InvalidParam(part.group(1), "is not an operation of RecordingPolicyService"));
        }
        return List.of();
    }

    @Override
    public void close(MessageContext context) {
        // nothing held
    }

    @Override
    public Set<QName> getHeaders() {
        return Set.of();
    }
}
