package nl.overheid.recordingpolicy.application.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.overheid.recordingpolicy.adapter.question.EnvelopeReason;
import nl.overheid.recordingpolicy.domain.FieldReason;
import nl.overheid.recordingpolicy.domain.Reason;
import nl.overheid.recordingpolicy.domain.Refusal;
import nl.overheid.recordingpolicy.domain.RejectedFieldException;

/**
 * The reasons the code gives, worded by the catalogue: in English, with their values in place, and as the answers
 * gave them when the texts were still written in the code (the integration tests compare answers byte for byte).
 */
class ReasonTextsTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            REQUIRED                            |                                          | is required
            MAX_LENGTH                          | 200                                      | must be at most 200 characters
            NOT_IN_THE_FUTURE                   | 2026-05-18                               | must not lie in the future (today is 2026-05-18)
            CONTACT_BEFORE_REQUEST              | 2026-05-08                               | must not lie before the request date 2026-05-08
            ALTERNATIVE_SAME_MEDIUM             | VIDEO                                    | must differ from the medium asked for (VIDEO)
            CONSENT_TO_RECORD_NOT_TO_USE        | recordingConsentRequestReference         | is a consent request to make a recording, not to use one (name it as recordingConsentRequestReference)
            NO_CONSENT_NEEDED_TO_RECORD         | AUDIO;UWV                                | no consent is needed to record AUDIO at UWV
            CONSENT_CHANGES_NOTHING             | PRIVATE_LISTENING;UWV;PERMITTED          | names consent for PRIVATE_LISTENING at UWV, where the rules make it PERMITTED whatever consent is given
            PLATFORM_OF_A_PRIVATE_USE           | SHARE_WITH_ADVISER                       | says where the recording is published, but SHARE_WITH_ADVISER does not make it public
            CONSENT_FOR_OTHER_RECORDING         | medium PHOTO, not VIDEO                  | is a consent request for another recording: medium PHOTO, not VIDEO
            NO_CONSENT_TO_RECORD_AT             | UWV                                      | UWV needs no consent to record
            CHANNEL_TO_RECORD                   | UWV;VIDEO;MIJN_UWV, CHAT, PHONE;LETTER   | UWV takes a request for consent to record VIDEO only through MIJN_UWV, CHAT, PHONE, not LETTER
            CHANNEL_TO_USE_AT_A_MUNICIPALITY    | GM0000;PUBLISH;COUNTER, LETTER, PHONE;CHAT | the municipality GM0000 takes a request for consent to use a recording for PUBLISH only through COUNTER, LETTER, PHONE, not CHAT
            NO_ACKNOWLEDGEMENT_FORM             | UWV                                      | has no acknowledgement form: the rules of UWV do not end with one
            POLICY_VERSION_ID                   |                                          | is not a policy version id (64 lowercase hexadecimal characters: the SHA-256 of the version)
            NOT_AN_OBJECT                       |                                          | is not an object
            """)
    void theTextIsTheCataloguesInEnglishWithItsValuesInPlace(String name, String values, String text) {
        Reason reason = reason(name);
        List<String> given = values == null ? List.of() : List.of(values.split(";"));

        assertEquals(text, ReasonTexts.english(new Refusal(reason, given)));
    }

    @Test
    void theAnswersAreEnglishOnADutchMachineToo() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("nl-NL"));
        try {
            assertEquals("is not a known consent request", ReasonTexts.english(ApplicationReason.UNKNOWN_CONSENT_REQUEST));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aRefusalGivesExactlyTheValuesItsReasonNames() {
        assertThrows(IllegalArgumentException.class, () -> Refusal.of(FieldReason.MAX_LENGTH));
        assertThrows(IllegalArgumentException.class, () -> Refusal.of(FieldReason.REQUIRED, "body"));
    }

    @Test
    void theDomainsRefusalOfAFieldIsAnsweredInTheCataloguesWords() {
        InvalidInputException answer = InvalidInputException.of(
                new RejectedFieldException("clientName", FieldReason.MAX_LENGTH, 200));

        assertEquals(List.of(new InvalidParam("clientName", "must be at most 200 characters")), answer.invalidParams());
    }

    /** The reason of this name, from whichever layer's list has it. */
    private static Reason reason(String name) {
        return Stream.of(FieldReason.values(), ApplicationReason.values(), EnvelopeReason.values())
                .flatMap(Arrays::stream)
                .filter(reason -> ((Enum<?>) reason).name().equals(name))
                .map(Reason.class::cast)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no reason " + name));
    }
}
