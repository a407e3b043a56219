package nl.overheid.recordingpolicy.adapter.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.helpers.ValidationEventImpl;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which schema violations go on to the gateway's own validation (true) and which stop the message (false). */
class ValueChecksLeftToGatewayTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cvc-enumeration-valid: Value 'SMELL' is not facet-valid with respect to enumeration '[AUDIO, VIDEO, PHOTO]'. | true",
            "cvc-type.3.1.3: The value 'SMELL' of element 'medium' is not valid.                                           | true",
            "cvc-pattern-valid: Value '2026-5-1' is not facet-valid with respect to pattern.                               | true",
            "cvc-datatype-valid.1.2.1: '2026-02-30' is not a valid value for 'date'.                                      | true",
            "cvc-maxLength-valid: Value 'xxx' with length = '501' is not facet-valid with respect to maxLength '500'.     | true",
            "cvc-complex-type.2.4.b: The content of element 'EvaluateUsage' is not complete.                               | true",
            "cvc-complex-type.2.4.a: Invalid content was found starting with element 'medium'. One of '{authority}' is expected. | true",
            "cvc-complex-type.2.4.d: Invalid content was found starting with element 'usage'. No child element is expected at this point. | false",
            "cvc-complex-type.2.3: Element 'EvaluateUsage' cannot have character [children], because the type's content type is element-only. | false",
            "cvc-complex-type.3.2.2: Attribute 'colour' is not allowed to appear in element 'authority'.                   | false",
            "unexpected element (uri:\"urn:other\", local:\"authority\"). Expected elements are ...                        | false",
    })
    void valueChecksAndMissingElementsGoOnEverythingElseStops(String message, boolean goesOn) {
        ValidationEvent event = new ValidationEventImpl(ValidationEvent.ERROR, message, null);

        assertEquals(goesOn, new ValueChecksLeftToGateway().handleEvent(event));
    }
}
