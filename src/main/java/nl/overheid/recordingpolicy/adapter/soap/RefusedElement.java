package nl.overheid.recordingpolicy.adapter.soap;

import javax.xml.stream.XMLStreamReader;

import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;

import nl.overheid.recordingpolicy.adapter.question.EnvelopeReason;
import nl.overheid.recordingpolicy.application.failure.InvalidParam;
import nl.overheid.recordingpolicy.application.failure.ReasonTexts;

/**
 * The element of an incoming message that the SOAP stack refused, taken from the message reader where the stack
 * stopped, and why: what ContractFaultInterceptor puts into the RequestFault detail, so that the detail never
 * depends on the wording of the runtime's own (English, version-dependent) messages.
 */
record RefusedElement(String name, Reason reason) {

    enum Reason {
        /** The operation's element has no child of this name (JAXB: an element it cannot bind). */
        NOT_IN_REQUEST(nl.overheid.recordingpolicy.adapter.question.EnvelopeReason.NOT_AN_ELEMENT_OF_THE_REQUEST),
        /** The element exists but not here: one too many, or out of order (schema: content not allowed here). */
        NOT_HERE(nl.overheid.recordingpolicy.adapter.question.EnvelopeReason.NOT_ALLOWED_HERE),
        /** The body's element is not the request element of any operation of the WSDL. */
        NOT_AN_OPERATION(nl.overheid.recordingpolicy.adapter.question.EnvelopeReason.NOT_AN_OPERATION);

        /** Its words, in the catalogue (the name Reason is this enum's here: it says what the stack refused). */
        private final nl.overheid.recordingpolicy.domain.Reason words;

        Reason(nl.overheid.recordingpolicy.domain.Reason words) {
            this.words = words;
        }
    }

    InvalidParam invalidParam() {
        return new InvalidParam(name, ReasonTexts.english(reason.words));
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
