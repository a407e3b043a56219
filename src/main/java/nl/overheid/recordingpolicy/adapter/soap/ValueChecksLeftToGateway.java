package nl.overheid.recordingpolicy.adapter.soap;

import java.util.List;

import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventHandler;

/**
 * Schema validation of incoming messages is on (see RecordingPolicyEndpoint), but some violations are left to the
 * gateway's own validation, which names the element and gives the same reason REST gives for the same field: a
 * value outside an enumeration, pattern, length or range, a malformed date or boolean, and a required element that
 * is missing. Every other violation (an element the operation does not have, one too many, text where only elements
 * belong, an attribute the XSD does not have) stops the message as a soap:Client fault, completed with the typed
 * RequestFault detail by ContractFaultInterceptor.
 *
 * <p>Returning true lets JAXB go on reading; what is unknown to JAXB itself ("unexpected element") is not a schema
 * message and still stops the message, as it does without schema validation. For a violation that stops the message,
 * the element the reader stands on is recorded as a {@link RefusedElement}, for the fault's detail.
 */
public class ValueChecksLeftToGateway implements ValidationEventHandler {

    /** Xerces' codes (XML Schema 1.0, appendix C) of the checks the application layer repeats with field names. */
    private static final List<String> LEFT_TO_GATEWAY = List.of(
            "cvc-enumeration-valid", "cvc-pattern-valid", "cvc-datatype-valid", "cvc-type.3.1.3",
            "cvc-length-valid", "cvc-minLength-valid", "cvc-maxLength-valid",
            "cvc-minInclusive-valid", "cvc-maxInclusive-valid",
            // content that is not complete, or that goes on with an element other than the expected one: a missing
            // element is the gateway's "is required"; an unknown element is reported by JAXB itself right after this
            "cvc-complex-type.2.4.a", "cvc-complex-type.2.4.b");

    @Override
    public boolean handleEvent(ValidationEvent event) {
        String message = event.getMessage() == null ? "" : event.getMessage();
        if (LEFT_TO_GATEWAY.stream().anyMatch(message::startsWith)) {
            return true;
        }
        // a schema constraint (Xerces' codes start with "cvc-"): the element exists in the XSD but not here;
        // otherwise JAXB met an element it has no property for
        RefusedElement.recordAtReader(message.startsWith("cvc-")
                ? RefusedElement.Reason.NOT_HERE : RefusedElement.Reason.NOT_IN_REQUEST);
        return false;
    }
}
