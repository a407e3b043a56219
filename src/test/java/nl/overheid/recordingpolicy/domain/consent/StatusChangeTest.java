package nl.overheid.recordingpolicy.domain.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StatusChangeTest {

    private static final Instant AT = Instant.parse("2026-05-07T08:15:00Z");

    @ParameterizedTest(name = "reason [{0}] is stored as [{1}]")
    @CsvSource(textBlock = """
            'te druk',       te druk
            '  te druk  ',   te druk
            '',              ''
            '   ',           ''
            """)
    void aReasonIsStoredWithoutSurroundingBlanksAndABlankOneAsNone(String given, String stored) {
        StatusChange change = new StatusChange(ConsentStatus.SUBMITTED, ConsentStatus.DENIED, AT, Actor.GRANTOR,
                Optional.of(given));

        assertEquals(stored.isEmpty() ? Optional.empty() : Optional.of(stored), change.reason());
    }

    @ParameterizedTest
    @EnumSource(ConsentStatus.class)
    void aChangeMustChangeTheStatus(ConsentStatus status) {
        assertThrows(IllegalArgumentException.class,
                () -> new StatusChange(status, status, AT, Actor.SYSTEM, Optional.empty()));
    }

    @Test
    void onlyTheFirstEntryHasNoFromStatus() {
        assertTrue(new StatusChange(null, ConsentStatus.SUBMITTED, AT, Actor.REQUESTER, Optional.empty()).isSubmission());
        assertFalse(new StatusChange(ConsentStatus.SUBMITTED, ConsentStatus.GRANTED, AT, Actor.GRANTOR, Optional.empty())
                .isSubmission());
    }

    @ParameterizedTest(name = "only SUBMITTED and LATE are open: {0} final={1}")
    @CsvSource(textBlock = """
            SUBMITTED, false
            GRANTED,   true
            DENIED,    true
            WITHDRAWN, true
            EXPIRED,   true
            LATE,      false
            """)
    void everyStatusButSubmittedAndLateIsFinal(ConsentStatus status, boolean isFinal) {
        assertEquals(isFinal, status.isFinal());
    }

    @ParameterizedTest(name = "into {0}: {1} by {2}")
    @CsvSource(textBlock = """
            # status,  transition, actor
            GRANTED,   DECIDE,     GRANTOR
            DENIED,    DECIDE,     GRANTOR
            WITHDRAWN, WITHDRAW,   REQUESTER
            EXPIRED,   EXPIRE,     SYSTEM
            SUBMITTED, ,
            LATE,      ,
            """)
    void eachStatusAfterSubmissionIsReachedByOneTransitionOfOneActor(ConsentStatus status, Transition transition,
                                                                   Actor actor) {
        assertEquals(Optional.ofNullable(transition), Transition.into(status));
        if (transition != null) {
            assertEquals(actor, transition.actor());
        }
    }
}
