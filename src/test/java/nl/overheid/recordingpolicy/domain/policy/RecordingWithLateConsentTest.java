package nl.overheid.recordingpolicy.domain.policy;

import static nl.overheid.recordingpolicy.domain.policy.PolicyTestSupport.POLICIES;
import static nl.overheid.recordingpolicy.domain.policy.PolicyTestSupport.obligations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * UWV-VIDEO-LEAD-TIME read as the moment up to which handling in time is assured, not as a bar to asking later: a
 * recording decision that names a consent request, asked one day after the deadline of a conversation on 18 May 2026.
 */
class RecordingWithLateConsentTest {

    private static final LocalDate CONVERSATION = LocalDate.of(2026, 5, 18);
    private static final LocalDate AFTER_DEADLINE = LocalDate.of(2026, 5, 8);

    private static Decision evaluate(RecordingConsent.Standing standing, String status) {
        RecordingConsent consent = new RecordingConsent("CR-0REFERENCE", Authority.UWV, Medium.VIDEO, CONVERSATION,
                standing, status);
        return POLICIES.recording().evaluate(new RecordingQuestion(Authority.UWV, Medium.VIDEO, true,
                Optional.of(CONVERSATION)), AFTER_DEADLINE, Optional.of(consent));
    }

    @ParameterizedTest(name = "a late-asked request that is {1} ({0}): {2}, consent from [{3}]")
    @CsvSource(textBlock = """
            # standing, status,    outcome,          grantor
            GRANTED,    GRANTED,   PERMITTED,        ''
            LATE,       LATE,      CONSENT_REQUIRED, EMPLOYEE
            DENIED,     DENIED,    NOT_PERMITTED,    ''
            LAPSED,     WITHDRAWN, NOT_PERMITTED,    ''
            LAPSED,     EXPIRED,   NOT_PERMITTED,    ''
            """)
    void aLateRequestDecidesTheRecordingLikeOneInTime(RecordingConsent.Standing standing, String status,
                                                      Outcome outcome, String grantor) {
        Decision decision = evaluate(standing, status);

        assertEquals(outcome, decision.outcome());
        assertEquals(grantor.isEmpty() ? Optional.empty() : Optional.of(ConsentGrantor.valueOf(grantor)),
                decision.consentGrantor());
        assertEquals(status, decision.consentRequest().orElseThrow().status());
        assertTrue(decision.ruleIds().contains("UWV-VIDEO-LEAD-TIME"), () -> decision.ruleIds().toString());
    }

    @Test
    void aGrantedLateRequestPermitsTheRecordingWithItsObligations() {
        Decision decision = evaluate(RecordingConsent.Standing.GRANTED, "GRANTED");

        assertEquals(Outcome.PERMITTED, decision.outcome());
        assertEquals(List.of("PRIVATE_USE_ONLY=UWV-VIDEO-PRIVATE-USE"), obligations(decision));
        assertEquals(Optional.of(false), decision.leadTime().orElseThrow().onTime(), "asked late, granted all the same");
    }

    @Test
    void theLeadTimeAnswerCallsARequestAfterTheDeadlineLateNotVoid() {
        LeadTimeAnswer answer = POLICIES.leadTimes().answer(Authority.UWV, Medium.VIDEO, Optional.of(CONVERSATION),
                AFTER_DEADLINE);

        assertEquals(Optional.of(false), answer.assessment().onTime());
        assertTrue(answer.explanation().nl().contains("is te laat: behandeling vóór het gesprek is niet gegarandeerd."),
                answer.explanation().nl());
        assertTrue(answer.explanation().en().contains("is too late: handling it before the conversation is not guaranteed."),
                answer.explanation().en());
    }

    @Test
    void aPendingLateRequestSaysHandlingInTimeIsNotGuaranteed() {
        Decision decision = evaluate(RecordingConsent.Standing.LATE, "LATE");

        assertTrue(decision.explanation().nl().contains("na de uiterste datum gedaan en wacht op het besluit van de "
                + "medewerker; het is niet gegarandeerd dat zij voor het gesprek wordt behandeld"), decision.explanation().nl());
        assertTrue(decision.explanation().en().contains("handling it before the conversation is not guaranteed"),
                decision.explanation().en());
    }
}
