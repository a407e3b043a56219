package nl.overheid.recordingpolicy.adapter.soap;

import javax.xml.stream.XMLStreamReader;

import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;

import nl.overheid.recordingpolicy.application.InvalidParam;

/**
 * The element of an incoming message that the SOAP stack refused, taken from the message reader where the stack
 * stopped, and why: what ContractFaultInterceptor puts into the RequestFault detail, so that the detail never
 * depends on the wording of the runtime's own (English, version-dependent) messages.
 */
record RefusedElement(String name, Reason reason) {

    enum Reason {
        /** The operation's element has no child of this name (JAXB: an element it cannot bind). */
        NOT_IN_REQUEST("is not an element of this request"),
        /** The element exists but not here: one too many, or out of order (schema: content not allowed here). */
        NOT_HERE("is not allowed at this point of the request (an element too many, or out of order)"),
        /** The body's element is not the request element of any operation of the WSDL. */
        NOT_AN_OPERATION("is not an operation of RecordingPolicyService");

        private final String text;

        Reason(String text) {
            this.text = text;
        }
    }

    InvalidParam invalidParam() {
        return new InvalidParam(name, reason.text);
    }

    /**
     * Records on the exchange of the message being read that the reader's current element is refused; the first
     * refusal wins (later ones are consequences of it). Does nothing outside a CXF interceptor chain or when the
     * reader is not at an element (text where only elements belong: the detail then names no element).
     */
    static void recordAtReader(Reason reason) {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        if (message == null || message.getExchange() == null) {
            return;
        }
        XMLStreamReader reader = message.getContent(XMLStreamReader.class);
        if (reader != null && reader.isStartElement()) {
            record(message.getExchange(), new RefusedElement(reader.getLocalName(), reason));
        }
    }

    static void record(Exchange exchange, RefusedElement refused) {
        exchange.putIfAbsent(RefusedElement.class.getName(), refused);
    }

    static RefusedElement of(Exchange exchange) {
        return exchange == null ? null : (RefusedElement) exchange.get(RefusedElement.class.getName());
    }
}
