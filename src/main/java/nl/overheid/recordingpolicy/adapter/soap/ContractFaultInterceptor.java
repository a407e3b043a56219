package nl.overheid.recordingpolicy.adapter.soap;

import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.overheid.recordingpolicy.application.InvalidParam;

/**
 * Faults the SOAP stack raises before the endpoint is reached (an element the XSD does not have, an operation the
 * WSDL does not have, an unreadable body) carry the runtime's own text and no detail. This interceptor gives them
 * the contract's typed detail: RequestFault for client faults, naming the element where the runtime says which
 * one; ServerFault with an incident id for server faults, whose text may reveal internals and is therefore
 * replaced. Faults that already carry a detail (the endpoint's own) pass unchanged.
 *
 * <p>A CXF interceptor on the fault chain only, rather than a JAX-WS SOAPHandler: a handler makes CXF build a SAAJ
 * (DOM) copy of every request and response, which the benchmark showed to cost as much as the operation itself.
 */
public class ContractFaultInterceptor extends AbstractPhaseInterceptor<Message> {

    private static final Logger LOG = Logger.getLogger(ContractFaultInterceptor.class.getName());
    /** CXF: "Unmarshalling Error: unexpected element (uri:"...", local:"colour"). Expected elements are ..." */
    private static final Pattern UNEXPECTED_ELEMENT = Pattern.compile("unexpected element \\(uri:\"[^\"]*\", local:\"([^\"]+)\"\\)");
    /** CXF: "Message part {ns}RecordEverything was not recognized." */
    private static final Pattern UNKNOWN_PART = Pattern.compile("Message part (?:\\{[^}]*\\})?(\\S+) was not recognized");
    private static final DocumentBuilderFactory DOCUMENTS = DocumentBuilderFactory.newInstance();

    static {
        DOCUMENTS.setNamespaceAware(true);
    }

    public ContractFaultInterceptor() {
        super(Phase.PRE_LOGICAL);
    }

    @Override
    public void handleMessage(Message message) {
        if (!(message.getContent(Exception.class) instanceof Fault fault) || fault.hasDetails()) {
            return;
        }
        String runtimeText = fault.getMessage() == null ? "" : fault.getMessage();
        String code = fault.getFaultCode() == null ? "" : fault.getFaultCode().getLocalPart();
        if ("client".equalsIgnoreCase(code)) {
            List<InvalidParam> params = invalidParams(runtimeText);
            String detail = "The request does not conform to the XSD of this service"
                    + (params.isEmpty() ? "." : ": " + params.get(0).name() + " " + params.get(0).reason() + ".");
            fault.setMessage(detail);
            fault.setDetail(detail(SoapFaults.requestFault(detail, params)));
        } else if ("server".equalsIgnoreCase(code)) {
            String incident = UUID.randomUUID().toString();
            LOG.severe(() -> "Incident " + incident + ": SOAP runtime fault: " + runtimeText);
            fault.setMessage(SoapFaults.serverFaultString(incident));
            fault.setDetail(detail(SoapFaults.serverFaultDetail(incident)));
        }
    }

    /** The SOAP 1.1 detail element holding the contract's fault element. */
    private static Element detail(Object faultElement) {
        try {
            Document document = DOCUMENTS.newDocumentBuilder().newDocument();
            Element detail = document.createElementNS(null, "detail");
            document.appendChild(detail);
            SoapFaults.marshal(faultElement, detail);
            return detail;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
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
}
