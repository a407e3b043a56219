package nl.overheid.recordingpolicy.adapter.soap;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.logging.Logger;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import jakarta.xml.soap.SOAPConstants;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

import nl.overheid.recordingpolicy.adapter.question.EnvelopeReason;
import nl.overheid.recordingpolicy.application.failure.InvalidParam;
import nl.overheid.recordingpolicy.application.failure.ReasonTexts;

/**
 * Faults the SOAP stack raises before the endpoint is reached (an element the XSD does not have, an operation the
 * WSDL does not have, an unreadable body) carry the runtime's own text and no detail. This interceptor gives them
 * the contract's typed detail: RequestFault for client faults, naming the element the runtime stopped at (recorded
 * by {@link ValueChecksLeftToGateway} as a {@link RefusedElement}, or read from the message reader for an unknown
 * operation; never parsed out of the runtime's English text); ServerFault with an incident id for server faults, whose text may reveal internals and is therefore
 * replaced. WS-Security faults (wsse:InvalidSecurity and the like: a signature the gateway does not accept) become
 * soap:Client faults with the RequestFault of an unauthenticated caller (RPG-0401). Faults that already carry a
 * detail (the endpoint's own) pass unchanged.
 *
 * <p>A CXF interceptor on the fault chain only, rather than a JAX-WS SOAPHandler: a handler makes CXF build a SAAJ
 * (DOM) copy of every request and response, which the benchmark showed to cost as much as the operation itself.
 */
public class ContractFaultInterceptor extends AbstractPhaseInterceptor<Message> {

    private static final Logger LOG = Logger.getLogger(ContractFaultInterceptor.class.getName());
    /** CXF's message keys (UncheckedException.getCode()): a body element no operation has, a SOAPAction no operation has. */
    static final String NO_PART_FOUND = "NO_PART_FOUND";
    static final String SOAP_ACTION_MISMATCH = "SOAP_ACTION_MISMATCH";
    private static final QName CLIENT = new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Client");
    /** WS-Security's fault codes (wsse:InvalidSecurity, wsse:FailedCheck, ...), which WSS4J raises for a bad signature. */
    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    /** WSS4J's "safe" fault code, which CXF sends instead of the precise one unless told otherwise: {WSS4J}SecurityError. */
    static final String WSS4J = "http://ws.apache.org/wss4j";
    static final String SIGNATURE_NOT_ACCEPTED = "The request's WS-Security header could not be verified: it must carry"
            + " a Timestamp that has not expired and a signature over the Body and the Timestamp that matches what was"
            + " signed, made with a certificate the gateway trusts (Digikoppeling Koppelvlakstandaard WUS 2W-be-S).";

    public ContractFaultInterceptor() {
        super(Phase.PRE_LOGICAL);
    }

    @Override
    public void handleMessage(Message message) {
        if (!(message.getContent(Exception.class) instanceof Fault fault) || fault.hasDetails()) {
            return;
        }
        if (isSecurityFault(fault)) {
            // WSS4J's own text is deliberately vague (no oracle for forgers); the server log has the cause
            fault.setFaultCode(CLIENT);
            fault.setMessage(SIGNATURE_NOT_ACCEPTED);
            fault.setDetail(SoapFaults.detailElement(SoapFaults.accessDetail(SoapFaults.UNAUTHENTICATED, SIGNATURE_NOT_ACCEPTED)));
            return;
        }
        String runtimeText = fault.getMessage() == null ? "" : fault.getMessage();
        String code = fault.getFaultCode() == null ? "" : fault.getFaultCode().getLocalPart();
        if ("server".equalsIgnoreCase(code) && isTheCallersMessage(fault)) {
            fault.setFaultCode(CLIENT);
            code = CLIENT.getLocalPart();
        }
        if ("client".equalsIgnoreCase(code)) {
            List<InvalidParam> params = invalidParams(fault, message.getExchange());
            String detail = "The request does not conform to the XSD of this service"
                    + (params.isEmpty() ? "." : ": " + params.get(0).name() + " " + params.get(0).reason() + ".");
            fault.setMessage(detail);
            fault.setDetail(SoapFaults.detailElement(SoapFaults.requestFault(detail, params)));
        } else if ("server".equalsIgnoreCase(code)) {
            String incident = UUID.randomUUID().toString();
            LOG.severe(() -> "Incident " + incident + ": SOAP runtime fault: " + runtimeText);
            fault.setMessage(SoapFaults.serverFaultString(incident));
            fault.setDetail(SoapFaults.detailElement(SoapFaults.serverFaultDetail(incident)));
        }
    }

    /** A WS-Security fault (a signature, certificate or timestamp the gateway does not accept): the caller's. */
    static boolean isSecurityFault(Fault fault) {
        String namespace = fault.getFaultCode() == null ? null : fault.getFaultCode().getNamespaceURI();
        return WSSE.equals(namespace) || WSS4J.equals(namespace);
    }

    /**
     * CXF reports some faults of the caller's message as server faults: XML that is not well-formed or breaks the
     * reader's limits when the reader is asked for it lazily (Woodstox' WstxLazyException, an XMLStreamException),
     * an envelope without a body (the reader runs out of events), and a SOAPAction no operation has.
     */
    static boolean isTheCallersMessage(Throwable fault) {
        if (fault instanceof Fault cxf && SOAP_ACTION_MISMATCH.equals(cxf.getCode())) {
            return true;
        }
        for (Throwable cause = fault; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof XMLStreamException || cause.getClass().getName().startsWith("com.ctc.wstx.exc.")) {
                return true;
            }
            if (cause instanceof NoSuchElementException && cause.getStackTrace().length > 0
                    && cause.getStackTrace()[0].getClassName().startsWith("com.ctc.wstx.")) {
                return true;
            }
        }
        return false;
    }

    private static List<InvalidParam> invalidParams(Fault fault, Exchange exchange) {
        if (SOAP_ACTION_MISMATCH.equals(fault.getCode())) {
            return List.of(new InvalidParam("SOAPAction", ReasonTexts.english(EnvelopeReason.SOAP_ACTION)));
        }
        if (NO_PART_FOUND.equals(fault.getCode()) && exchange != null && exchange.getInMessage() != null) {
            // CXF stops at the body's element and leaves the reader on it
            XMLStreamReader reader = exchange.getInMessage().getContent(XMLStreamReader.class);
            if (reader != null && reader.isStartElement()) {
                return List.of(new RefusedElement(reader.getLocalName(), RefusedElement.Reason.NOT_AN_OPERATION).invalidParam());
            }
        }
        RefusedElement refused = RefusedElement.of(exchange);
        return refused == null ? List.of() : List.of(refused.invalidParam());
    }
}
