package nl.overheid.recordingpolicy.adapter.soap;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import javax.xml.namespace.QName;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.soap.SOAPFaultException;

import org.apache.cxf.interceptor.Fault;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.overheid.recordingpolicy.adapter.question.EnvelopeReason;
import nl.overheid.recordingpolicy.application.failure.InvalidParam;
import nl.overheid.recordingpolicy.application.failure.ReasonTexts;
import nl.overheid.recordingpolicy.contract.soap.v1.ConflictFault;
import nl.overheid.recordingpolicy.contract.soap.v1.RequestFault;
import nl.overheid.recordingpolicy.contract.soap.v1.ServerFault;

/**
 * Builds the faults the WSDL declares. A thrown RequestFault_Exception would go out as soap:Server (JAX-WS has
 * no way to choose the fault code of a declared fault), so faults are built with SAAJ: soap:Client for bad
 * input, soap:Server for the gateway's own trouble, each with the typed detail element of the contract.
 * Fault codes follow the Digikoppeling WUS list of technical errors: 0004 (not conform the XSD) and 0051
 * (service not available).
 */
final class SoapFaults {

    static final String NOT_CONFORM_XSD = "0004";
    static final String SERVICE_UNAVAILABLE = "0051";
    static final String UNKNOWN_REFERENCE = "RPG-0404";
    static final String UNAUTHENTICATED = "RPG-0401";
    static final String FORBIDDEN = "RPG-0403";

    private static final Logger LOG = Logger.getLogger(SoapFaults.class.getName());
    private static final QName CLIENT = new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Client");
    private static final QName SERVER = new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Server");
    private static final JAXBContext DETAILS = detailContext();
    private static final DocumentBuilderFactory DOCUMENTS = DocumentBuilderFactory.newInstance();

    static {
        DOCUMENTS.setNamespaceAware(true);
    }

    private SoapFaults() {
    }

    static SOAPFaultException clientFault(List<InvalidParam> invalidParams) {
        String detail = "The request cannot be processed: " + invalidParams.stream()
                .map(param -> param.name() + " " + param.reason())
                .collect(Collectors.joining("; ")) + ".";
        return fault(CLIENT, detail, requestFault(detail, invalidParams));
    }

    /** A reference the gateway does not know: the caller's mistake, named on the field. */
    static SOAPFaultException notFound(String field, String detail) {
        RequestFault body = requestFault(detail, List.of(new InvalidParam(field,
                ReasonTexts.english(EnvelopeReason.UNKNOWN_REFERENCE))));
        body.setCode(UNKNOWN_REFERENCE);
        return fault(CLIENT, detail, body);
    }

    /** No credentials, or wrong ones, for an operation that needs a caller; or a role that does not allow it. */
    static SOAPFaultException accessProblem(String code, String detail) {
        return fault(CLIENT, detail, accessDetail(code, detail));
    }

    static RequestFault accessDetail(String code, String detail) {
        RequestFault body = new RequestFault();
        body.setCode(code);
        body.setTitle(UNAUTHENTICATED.equals(code) ? "Unauthorized" : "Forbidden");
        body.setDetail(detail);
        return body;
    }

    /**
     * The same access fault as {@link #accessProblem}, raised by an interceptor of the SOAP stack before the endpoint
     * runs (a WS-Security signature the gateway does not accept): a CXF fault that already carries its detail.
     */
    static Fault interceptorFault(String code, String detail) {
        Fault fault = new Fault(new SecurityException(detail), CLIENT);
        fault.setDetail(detailElement(accessDetail(code, detail)));
        return fault;
    }

    /** A well-formed request that conflicts with the state of the gateway. */
    static SOAPFaultException conflict(String code, String detail, Optional<String> currentStatus) {
        ConflictFault body = new ConflictFault();
        body.setCode(code);
        body.setTitle("Conflict");
        body.setDetail(detail);
        currentStatus.ifPresent(body::setCurrentStatus);
        return fault(CLIENT, detail, body);
    }

    static RequestFault requestFault(String detail, List<InvalidParam> invalidParams) {
        RequestFault body = new RequestFault();
        body.setCode(NOT_CONFORM_XSD);
        body.setTitle("Bad Request");
        body.setDetail(detail);
        for (InvalidParam param : invalidParams) {
            nl.overheid.recordingpolicy.contract.soap.v1.InvalidParam element =
                    new nl.overheid.recordingpolicy.contract.soap.v1.InvalidParam();
            element.setName(param.name());
            element.setReason(param.reason());
            body.getInvalidParams().add(element);
        }
        return body;
    }

    static SOAPFaultException serverFault(Throwable cause) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, cause, () -> "Incident " + incident + " in a SOAP operation");
        return fault(SERVER, serverFaultString(incident), serverFaultDetail(incident));
    }

    /**
     * The database could not be reached, so the operation was not carried out: soap:Server with the same typed
     * detail (0051, service unavailable), and a fault string that says a retry shortly may succeed.
     */
    static SOAPFaultException unavailable(Throwable cause) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, cause, () -> "Incident " + incident + ": SOAP operation not carried out, the database is unavailable");
        return fault(SERVER, "The gateway cannot reach its database at the moment, so this request was not carried out: "
                + "nothing was stored and no decision was given. Please retry shortly. Incident " + incident
                + " has been logged.", serverFaultDetail(incident));
    }

    static ServerFault serverFaultDetail(String incident) {
        ServerFault body = new ServerFault();
        body.setCode(SERVICE_UNAVAILABLE);
        body.setTitle("The gateway could not answer this request");
        body.setIncidentId(incident);
        return body;
    }

    static String serverFaultString(String incident) {
        return "The gateway could not answer this request. Incident " + incident
                + " has been logged; please report it to the operators.";
    }

    /** Writes a typed fault element into {@code parent} (a SOAP fault's detail). */
    static void marshal(Object faultElement, org.w3c.dom.Node parent) {
        try {
            DETAILS.createMarshaller().marshal(faultElement, parent);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write the fault detail", e);
        }
    }

    /** The SOAP 1.1 detail element holding the contract's fault element, for a CXF fault. */
    static Element detailElement(Object faultElement) {
        try {
            Document document = DOCUMENTS.newDocumentBuilder().newDocument();
            Element detail = document.createElementNS(null, "detail");
            document.appendChild(detail);
            marshal(faultElement, detail);
            return detail;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
    }

    private static SOAPFaultException fault(QName code, String faultString, Object detail) {
        try {
            SOAPFault fault = SOAPFactory.newInstance(SOAPConstants.SOAP_1_1_PROTOCOL).createFault(faultString, code);
            marshal(detail, fault.addDetail());
            return new SOAPFaultException(fault);
        } catch (SOAPException e) {
            throw new IllegalStateException("cannot build a SOAP fault", e);
        }
    }

    private static JAXBContext detailContext() {
        try {
            return JAXBContext.newInstance(RequestFault.class, ConflictFault.class, ServerFault.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
