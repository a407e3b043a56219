package nl.overheid.recordingpolicy.domain.consent;

import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.AFTER_CONVERSATION;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.BEFORE_CONVERSATION;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.CONVERSATION;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.DAY_AFTER_DEADLINE;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.DECIDED_AT;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.LATER_AT;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.POLICIES;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.recording;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.overheid.recordingpolicy.domain.policy.Medium;

/** A request made after the deadline is still a request: stored as LATE, and decided, withdrawn or expired as any. */
class LateConsentRequestTest {

    private static ConsentRequest late() {
        return submit(recording(Medium.VIDEO, CONVERSATION, DAY_AFTER_DEADLINE));
    }

    @ParameterizedTest(name = "the employee answers a late request with {0}")
    @EnumSource(GrantorDecision.class)
    void theGrantorMayStillDecideALateRequest(GrantorDecision answer) {
        ConsentRequest decided = late().decide(answer, Optional.of("na overleg"), CONVERSATION, DECIDED_AT);

        assertEquals(answer.status(), decided.status());
        assertEquals(new StatusChange(ConsentStatus.LATE, answer.status(), DECIDED_AT, Actor.GRANTOR,
                Optional.of("na overleg")), decided.lastChange());
        assertEquals(Optional.of(false), decided.leadTime().map(timing -> timing.onTime()), "it stays a late request");
    }

    @Test
    void aGrantedLateRequestSurvivesStorageWithItsHistory() {
        ConsentRequest granted = late().decide(GrantorDecision.GRANTED, Optional.empty(), BEFORE_CONVERSATION, DECIDED_AT);

        ConsentRequest restored = ConsentRequest.restore(granted.reference(), granted.application(),
                granted.consentGrantor(), granted.leadTime(), granted.status(), granted.history(),
                POLICIES.texts());

        assertEquals(granted, restored);
        assertTrue(restored.explanation().nl().startsWith("De medewerker heeft toestemming gegeven"),
                restored.explanation().nl());
    }

    @Test
    void theRequesterMayWithdrawALateRequest() {
        ConsentRequest withdrawn = late().withdraw(Optional.of("toch alleen geluid"), BEFORE_CONVERSATION, DECIDED_AT);

        assertEquals(ConsentStatus.WITHDRAWN, withdrawn.status());
        assertEquals(ConsentStatus.LATE, withdrawn.lastChange().from());
    }

    @Test
    void anUndecidedLateRequestExpiresAfterItsConversation() {
        ConsentRequest request = late();

        assertEquals(ConsentStatus.EXPIRED, request.effectiveStatus(AFTER_CONVERSATION));
        ConsentRequest expired = request.expire(AFTER_CONVERSATION, LATER_AT);
        assertEquals(ConsentStatus.EXPIRED, expired.status());
        assertEquals(Actor.SYSTEM, expired.lastChange().actor());
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> request.decide(GrantorDecision.GRANTED, Optional.empty(), AFTER_CONVERSATION, LATER_AT));
        assertEquals(ConsentStatus.EXPIRED, refused.current(), "consent to record a past conversation means nothing");
    }

    @Test
    void aDecidedLateRequestIsFinal() {
        ConsentRequest denied = late().decide(GrantorDecision.DENIED, Optional.empty(), BEFORE_CONVERSATION, DECIDED_AT);

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> denied.decide(GrantorDecision.GRANTED, Optional.empty(), BEFORE_CONVERSATION, DECIDED_AT));
        assertEquals(ConsentStatus.DENIED, refused.current());
    }
}
