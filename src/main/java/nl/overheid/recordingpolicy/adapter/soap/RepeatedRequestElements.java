package nl.overheid.recordingpolicy.adapter.soap;

import java.util.HashSet;
import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Refuses a request element that names one of its fields twice. Every field of every request of the WSDL occurs at
 * most once, and schema validation alone does not always say so: where only optional fields may follow, Xerces
 * reports a repeated field as "one of ... is expected" (cvc-complex-type.2.4.a), the same code it gives a missing
 * required field, which ValueChecksLeftToGateway leaves to the gateway so that it can say "is required". JAXB would
 * then take the last value. The refused element goes into the RequestFault detail as "not allowed at this point".
 */
public final class RepeatedRequestElements extends AbstractPhaseInterceptor<Message> {

    public RepeatedRequestElements() {
        super(Phase.UNMARSHAL);
        addBefore("org.apache.cxf.wsdl.interceptors.DocLiteralInInterceptor"); // the one that reads the request element
    }

    @Override
    public void handleMessage(Message message) {
        XMLStreamReader reader = message.getContent(XMLStreamReader.class);
        if (reader != null && reader.isStartElement()) { // on the body's request element
            message.setContent(XMLStreamReader.class, new Guard(reader));
        }
    }

    /** Counts the request element's direct children as they are read. */
    private static final class Guard extends StreamReaderDelegate {

        private final Set<String> fields = new HashSet<>();
        /** 0 on the request element, 1 on its fields. */
        private int depth;

        Guard(XMLStreamReader reader) {
            super(reader);
        }

        @Override
        public int next() throws XMLStreamException {
            return seen(super.next());
        }

        @Override
        public int nextTag() throws XMLStreamException {
            return seen(super.nextTag());
        }

        private int seen(int event) throws XMLStreamException {
            if (event == START_ELEMENT) {
                depth++;
                if (depth == 1 && !fields.add(getNamespaceURI() + ' ' + getLocalName())) {
                    RefusedElement.recordAtReader(RefusedElement.Reason.NOT_HERE);
                    throw new XMLStreamException("the request names " + getLocalName() + " twice", getLocation());
                }
            } else if (event == END_ELEMENT) {
                depth--;
            }
            return event;
        }
    }
}
