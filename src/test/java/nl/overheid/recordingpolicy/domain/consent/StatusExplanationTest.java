package nl.overheid.recordingpolicy.domain.consent;

import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.AFTER_CONVERSATION;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.BEFORE_CONVERSATION;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.DECIDED_AT;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.openPublication;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.openRecording;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.publication;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.requestIn;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.Usage;

/** What the citizen reads about a request, in Dutch and in English, for each status. */
class StatusExplanationTest {

    @ParameterizedTest(name = "{0} {1}: \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            # kind      | status    | Dutch                                                  | English
            RECORDING   | SUBMITTED | wacht op het besluit van de medewerker                 | awaits the decision of the employee
            RECORDING   | SUBMITTED | de uiterste datum was donderdag 7 mei 2026             | the deadline was Thursday 7 May 2026
            RECORDING   | GRANTED   | De medewerker heeft toestemming gegeven om het gesprek van maandag 18 mei 2026 op video op te nemen | The employee has given consent to record the conversation of Monday 18 May 2026 on video
            RECORDING   | GRANTED   | alleen voor privégebruik                               | for private use only
            RECORDING   | DENIED    | De medewerker heeft geen toestemming gegeven           | The employee has not given consent
            RECORDING   | DENIED    | Reden: geen reden. Zonder toestemming                  | Reason: geen reden. Without consent
            RECORDING   | WITHDRAWN | U heeft uw aanvraag voor toestemming om het gesprek    | You have withdrawn your request for consent
            RECORDING   | EXPIRED   | de aanvraag is verlopen                                | the request has expired
            RECORDING   | EXPIRED   | niet met beeld opnemen                                 | may not make an image recording
            RECORDING   | LATE      | De aanvraag is te laat: toestemming moest uiterlijk donderdag 7 mei 2026 worden gevraagd | The request is too late: consent had to be requested by Thursday 7 May 2026
            PUBLICATION | SUBMITTED | wacht op het besluit van UWV                           | awaits the decision of UWV
            PUBLICATION | SUBMITTED | om de opname van het gesprek van maandag 18 mei 2026 te gebruiken (openbaar maken) | to use the recording of the conversation of Monday 18 May 2026 (making it public)
            PUBLICATION | GRANTED   | UWV heeft toestemming gegeven                          | UWV has given consent
            PUBLICATION | DENIED    | UWV heeft geen toestemming gegeven                     | UWV has not given consent
            PUBLICATION | DENIED    | U mag de opname daarom niet zo gebruiken.              | You may therefore not use the recording this way.
            PUBLICATION | WITHDRAWN | ingetrokken                                            | withdrawn
            """)
    void eachStatusIsExplainedInBothLanguages(ConsentKind kind, ConsentStatus status, String dutch, String english) {
        ConsentRequest request = requestIn(kind, status);

        assertTrue(request.explanation().nl().contains(dutch), request.explanation().nl());
        assertTrue(request.explanation().en().contains(english), request.explanation().en());
    }

    @Test
    void aPhotoRequestSpeaksOfPhotographs() {
        ConsentRequest granted = submit(ConsentFixtures.recording(Medium.PHOTO, ConsentFixtures.CONVERSATION,
                ConsentFixtures.DEADLINE)).decide(GrantorDecision.GRANTED, Optional.empty(), BEFORE_CONVERSATION, DECIDED_AT);

        assertTrue(granted.explanation().nl().contains("om foto's te maken van het gesprek"), granted.explanation().nl());
        assertTrue(granted.explanation().en().contains("to take photographs of the conversation"), granted.explanation().en());
    }

    @Test
    void aMunicipalityPublicationWaitsForTheEmployee() {
        ConsentRequest request = submit(publication(Authority.MUNICIPALITY, Medium.AUDIO, Usage.SHARE_WITH_THIRD_PARTIES));

        assertTrue(request.explanation().nl().contains("wacht op het besluit van de medewerker."), request.explanation().nl());
        assertTrue(request.explanation().en().contains("(sharing it with third parties)"), request.explanation().en());
    }

    @Test
    void aDenialWithoutReasonDoesNotPretendToGiveOne() {
        ConsentRequest denied = openPublication().decide(GrantorDecision.DENIED, Optional.empty(), AFTER_CONVERSATION,
                DECIDED_AT);

        assertFalse(denied.explanation().nl().contains("Reden"), denied.explanation().nl());
        assertFalse(denied.explanation().en().contains("Reason"), denied.explanation().en());
    }

    @Test
    void aGrantWithAReasonQuotesIt() {
        ConsentRequest granted = openRecording().decide(GrantorDecision.GRANTED, Optional.of("alleen het gesprek zelf"),
                BEFORE_CONVERSATION, DECIDED_AT);

        assertTrue(granted.explanation().nl().contains("Toelichting: alleen het gesprek zelf. De opname"), granted.explanation().nl());
        assertTrue(granted.explanation().en().contains("Note: alleen het gesprek zelf"), granted.explanation().en());
    }

    @Test
    void aReasonThatEndsASentenceIsNotGivenASecondFullStop() {
        ConsentRequest withdrawn = openRecording().withdraw(Optional.of("Ik neem alleen geluid op!"), BEFORE_CONVERSATION,
                DECIDED_AT);

        assertTrue(withdrawn.explanation().nl().contains("Reden: Ik neem alleen geluid op! Zonder"), withdrawn.explanation().nl());
    }

    @Test
    void anUndecidedRecordingIsExplainedAsExpiredAfterItsConversationEvenBeforeExpireRuns() {
        ConsentRequest open = openRecording();

        assertEquals(open.explanation(), open.explanation(BEFORE_CONVERSATION));
        assertEquals(open.expire(AFTER_CONVERSATION, DECIDED_AT).explanation(), open.explanation(AFTER_CONVERSATION));
        assertTrue(open.explanation(AFTER_CONVERSATION).nl().contains("verlopen"));
    }

    @Test
    void aFinalStatusIsExplainedTheSameWhateverTheDay() {
        ConsentRequest granted = requestIn(ConsentKind.RECORDING, ConsentStatus.GRANTED);

        assertSame(granted.explanation(), granted.explanation(AFTER_CONVERSATION.plusYears(1)));
    }
}
