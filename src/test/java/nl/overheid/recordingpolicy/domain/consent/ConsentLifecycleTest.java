package nl.overheid.recordingpolicy.domain.consent;

import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.AFTER_CONVERSATION;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.BEFORE_CONVERSATION;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.CONVERSATION;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.DECIDED_AT;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.open;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.openPublication;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.openRecording;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.requestIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way a request can move, and every way it cannot. */
class ConsentLifecycleTest {

    private static ConsentRequest attempt(ConsentRequest request, Transition transition, LocalDate today) {
        return switch (transition) {
            case DECIDE -> request.decide(GrantorDecision.GRANTED, Optional.empty(), today, DECIDED_AT);
            case WITHDRAW -> request.withdraw(Optional.empty(), today, DECIDED_AT);
            case EXPIRE -> request.expire(today, DECIDED_AT);
        };
    }

    // ---------------------------------------------------------------------------------------------- legal

    @ParameterizedTest(name = "{0}: {1} {2} on {3} -> {4} by {5}")
    @CsvSource(textBlock = """
            # kind,      transition, decision, today,      status,    actor,     reason
            RECORDING,   DECIDE,     GRANTED,  2026-05-11, GRANTED,   GRANTOR,   prima
            RECORDING,   DECIDE,     DENIED,   2026-05-11, DENIED,    GRANTOR,   geen camera's in deze ruimte
            # the day of the conversation itself still counts
            RECORDING,   DECIDE,     GRANTED,  2026-05-18, GRANTED,   GRANTOR,   ''
            RECORDING,   DECIDE,     DENIED,   2026-05-18, DENIED,    GRANTOR,   ''
            RECORDING,   WITHDRAW,   ,         2026-05-11, WITHDRAWN, REQUESTER, ik neem alleen geluid op
            RECORDING,   WITHDRAW,   ,         2026-05-18, WITHDRAWN, REQUESTER, ''
            # publication consent is asked after the conversation, so dates after it are normal
            PUBLICATION, DECIDE,     GRANTED,  2026-06-01, GRANTED,   GRANTOR,   ''
            PUBLICATION, DECIDE,     DENIED,   2027-03-01, DENIED,    GRANTOR,   herkenbare medewerker
            PUBLICATION, WITHDRAW,   ,         2027-03-01, WITHDRAWN, REQUESTER, toch niet nodig
            """)
    void anOpenRequestMovesToTheStatusOfTheTransitionWithOneMoreHistoryEntry(
            ConsentKind kind, Transition transition, GrantorDecision decision, LocalDate today,
            ConsentStatus status, Actor actor, String reason) {
        ConsentRequest before = open(kind);
        Optional<String> given = reason.isEmpty() ? Optional.empty() : Optional.of(reason);

        ConsentRequest after = transition == Transition.DECIDE
                ? before.decide(decision, given, today, DECIDED_AT)
                : before.withdraw(given, today, DECIDED_AT);

        assertEquals(status, after.status());
        assertEquals(before.history().size() + 1, after.history().size());
        assertEquals(before.history(), after.history().subList(0, before.history().size()), "history only grows");
        assertEquals(new StatusChange(ConsentStatus.SUBMITTED, status, DECIDED_AT, actor, given),
                after.history().get(after.history().size() - 1));
        assertEquals(ConsentStatus.SUBMITTED, before.status(), "the original request is unchanged");
        assertEquals(before.reference(), after.reference());
        assertEquals(before.application(), after.application());
        assertEquals(before.consentGrantor(), after.consentGrantor());
        assertEquals(before.leadTime(), after.leadTime());
    }

    @Test
    void anOpenRecordingRequestExpiresBySystemOnceItsConversationHasPassed() {
        ConsentRequest before = openRecording();

        ConsentRequest after = before.expire(AFTER_CONVERSATION, DECIDED_AT);

        assertEquals(ConsentStatus.EXPIRED, after.status());
        assertEquals(2, after.history().size());
        StatusChange last = after.history().get(1);
        assertEquals(ConsentStatus.SUBMITTED, last.from());
        assertEquals(ConsentStatus.EXPIRED, last.to());
        assertEquals(Actor.SYSTEM, last.actor());
        assertEquals(DECIDED_AT, last.at());
        assertEquals(Optional.of("the conversation of 2026-05-18 passed without a decision"), last.reason());
        assertEquals(ConsentStatus.SUBMITTED, before.status());
    }

    // -------------------------------------------------------------------------------------------- illegal

    @ParameterizedTest(name = "{0} {1}: {2} is refused")
    @CsvSource(textBlock = """
            # kind,      status,    transition
            RECORDING,   GRANTED,   DECIDE
            RECORDING,   GRANTED,   WITHDRAW
            RECORDING,   DENIED,    DECIDE
            RECORDING,   DENIED,    WITHDRAW
            RECORDING,   WITHDRAWN, DECIDE
            RECORDING,   WITHDRAWN, WITHDRAW
            RECORDING,   EXPIRED,   DECIDE
            RECORDING,   EXPIRED,   WITHDRAW
            PUBLICATION, GRANTED,   DECIDE
            PUBLICATION, GRANTED,   WITHDRAW
            PUBLICATION, DENIED,    DECIDE
            PUBLICATION, DENIED,    WITHDRAW
            PUBLICATION, WITHDRAWN, DECIDE
            PUBLICATION, WITHDRAWN, WITHDRAW
            """)
    void nothingLeavesAFinalStatus(ConsentKind kind, ConsentStatus status, Transition transition) {
        ConsentRequest request = requestIn(kind, status);

        // A day before the conversation, so only the status can be the reason for refusal.
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> attempt(request, transition, BEFORE_CONVERSATION));

        assertEquals(status, refused.current());
        assertEquals(transition, refused.attempted());
        assertTrue(refused.getMessage().contains("is " + status), refused.getMessage());
        assertEquals(status, request.status(), "a refused transition changes nothing");
    }

    @ParameterizedTest(name = "open RECORDING on {0}: {1} is refused as EXPIRED")
    @CsvSource(textBlock = """
            # today,    transition
            2026-05-19, DECIDE
            2026-05-19, WITHDRAW
            2026-12-01, DECIDE
            2026-12-01, WITHDRAW
            """)
    void anOpenRecordingRequestCannotBeDecidedOrWithdrawnAfterItsConversation(LocalDate today, Transition transition) {
        ConsentRequest request = openRecording();

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> attempt(request, transition, today));

        assertEquals(ConsentStatus.EXPIRED, refused.current(), "its effective status");
        assertEquals(transition, refused.attempted());
        assertTrue(refused.getMessage().contains("is EXPIRED"), refused.getMessage());
        assertTrue(refused.getMessage().contains("conversation on 2026-05-18 has passed"), refused.getMessage());
    }

    @Test
    void bothGrantorDecisionsAreRefusedOnceDecided() {
        for (GrantorDecision first : GrantorDecision.values()) {
            ConsentRequest decided = openPublication().decide(first, Optional.empty(), BEFORE_CONVERSATION, DECIDED_AT);
            for (GrantorDecision second : GrantorDecision.values()) {
                IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                        () -> decided.decide(second, Optional.empty(), BEFORE_CONVERSATION, DECIDED_AT));
                assertEquals(first.status(), refused.current());
            }
        }
    }

    // --------------------------------------------------------------------------------------------- expire

    @ParameterizedTest(name = "{0} {1}, expire on {2}: unchanged")
    @CsvSource(textBlock = """
            # kind,      status,    today
            # an open recording request on or before the day of its conversation
            RECORDING,   SUBMITTED, 2026-05-11
            RECORDING,   SUBMITTED, 2026-05-18
            RECORDING,   LATE,      2026-05-18
            # final statuses stay as they are, however late
            RECORDING,   GRANTED,   2026-05-19
            RECORDING,   DENIED,    2026-05-19
            RECORDING,   WITHDRAWN, 2026-05-19
            RECORDING,   EXPIRED,   2026-05-19
            RECORDING,   EXPIRED,   2027-01-01
            # publication requests never expire
            PUBLICATION, SUBMITTED, 2026-05-19
            PUBLICATION, SUBMITTED, 2030-01-01
            PUBLICATION, GRANTED,   2030-01-01
            PUBLICATION, DENIED,    2030-01-01
            PUBLICATION, WITHDRAWN, 2030-01-01
            """)
    void expireReturnsTheSameRequestWhenThereIsNothingToExpire(ConsentKind kind, ConsentStatus status, LocalDate today) {
        ConsentRequest request = requestIn(kind, status);

        assertSame(request, request.expire(today, DECIDED_AT));
    }

    @Test
    void expireIsIdempotent() {
        ConsentRequest once = openRecording().expire(AFTER_CONVERSATION, DECIDED_AT);

        ConsentRequest twice = once.expire(AFTER_CONVERSATION.plusDays(1), DECIDED_AT.plusSeconds(60));

        assertSame(once, twice);
        assertEquals(2, twice.history().size());
    }

    // ----------------------------------------------------------------------------------- effective status

    @ParameterizedTest(name = "{0} {1} on {2}: effectively {3}")
    @CsvSource(textBlock = """
            # kind,      status,    today,      effective
            RECORDING,   SUBMITTED, 2026-05-11, SUBMITTED
            RECORDING,   SUBMITTED, 2026-05-18, SUBMITTED
            RECORDING,   SUBMITTED, 2026-05-19, EXPIRED
            RECORDING,   GRANTED,   2026-05-19, GRANTED
            RECORDING,   DENIED,    2026-05-19, DENIED
            RECORDING,   WITHDRAWN, 2026-05-19, WITHDRAWN
            RECORDING,   EXPIRED,   2026-05-19, EXPIRED
            RECORDING,   LATE,      2026-05-18, LATE
            RECORDING,   LATE,      2026-05-19, EXPIRED
            PUBLICATION, SUBMITTED, 2027-05-19, SUBMITTED
            PUBLICATION, GRANTED,   2027-05-19, GRANTED
            """)
    void theEffectiveStatusCountsAnUndecidedRecordingAsExpiredAfterItsConversation(
            ConsentKind kind, ConsentStatus status, LocalDate today, ConsentStatus effective) {
        assertEquals(effective, requestIn(kind, status).effectiveStatus(today));
    }

    // ------------------------------------------------------------------------------------------- history

    @Test
    void historyGrowsByExactlyOneEntryPerTransitionAndRecordsEveryStep() {
        List<ConsentRequest> steps = new ArrayList<>();
        steps.add(openRecording());
        steps.add(steps.get(0).expire(BEFORE_CONVERSATION, DECIDED_AT)); // nothing to expire yet
        steps.add(steps.get(1).decide(GrantorDecision.DENIED, Optional.of("  te druk  "), CONVERSATION, DECIDED_AT));
        steps.add(steps.get(2).expire(AFTER_CONVERSATION, DECIDED_AT)); // final: nothing happens

        assertEquals(List.of(1, 1, 2, 2), steps.stream().map(step -> step.history().size()).toList());
        StatusChange decision = steps.get(3).history().get(1);
        assertEquals(Actor.GRANTOR, decision.actor());
        assertEquals(Optional.of("te druk"), decision.reason(), "surrounding blanks are not part of the reason");
    }

    @Test
    void aBlankReasonIsRecordedAsNoReason() {
        ConsentRequest withdrawn = openRecording().withdraw(Optional.of("   "), BEFORE_CONVERSATION, DECIDED_AT);

        assertEquals(Optional.empty(), withdrawn.history().get(1).reason());
    }

    @Test
    void theHistoryCannotBeChangedFromOutside() {
        ConsentRequest request = openRecording();

        assertThrows(UnsupportedOperationException.class, () -> request.history().clear());
    }
}
