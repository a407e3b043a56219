package nl.overheid.recordingpolicy.domain.consent;

import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.BEFORE_CONVERSATION;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.CONVERSATION;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.DAY_AFTER_DEADLINE;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.DECIDED_AT;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.POLICIES;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.openPublication;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.openRecording;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.recording;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.overheid.recordingpolicy.domain.policy.Medium;

/** Every request shows what happens next; at UWV, for a recording, that UWV contacts the citizen. */
class NextStepTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void anOpenUwvRecordingRequestSaysUwvWillMakeContactCitingTheSentence() {
        for (ConsentRequest open : List.of(openRecording(), submit(recording(Medium.PHOTO, CONVERSATION, DAY_AFTER_DEADLINE)))) {
            NextStep next = NextStep.of(open, List.of(), POLICIES, BEFORE_CONVERSATION, AMSTERDAM);

            assertEquals(List.of("UWV-VIDEO-CONTACT"), next.ruleIds());
            assertEquals("Volgende stap: UWV neemt contact met u op om met u mee te denken over de meest passende "
                    + "oplossing.", next.text().nl());
            assertTrue(next.text().en().startsWith("Next step: UWV will contact you"), next.text().en());
        }
    }

    @Test
    void onceContactedTheStepNamesTheContactAndTheProposedAlternative() {
        ConsentRequest request = openRecording();
        ConsentContact contact = ConsentContact.record(request, Instant.parse("2026-05-11T08:00:00Z"),
                BEFORE_CONVERSATION, Optional.empty(),
                Optional.of(new ConsentContact.Alternative(Optional.of(Medium.AUDIO), Optional.empty())), DECIDED_AT);

        NextStep next = NextStep.of(request, List.of(contact), POLICIES, BEFORE_CONVERSATION, AMSTERDAM);

        assertEquals("UWV heeft op maandag 11 mei 2026 contact met u opgenomen. Voorgesteld alternatief: een "
                + "geluidsopname. Volgende stap: de medewerker beslist over uw aanvraag.", next.text().nl());
        assertEquals("UWV contacted you on Monday 11 May 2026. Proposed alternative: an audio recording. Next step: "
                + "the employee decides on your request.", next.text().en());
    }

    @Test
    void aDecidedRequestHasNoFurtherStep() {
        ConsentRequest granted = openRecording().decide(GrantorDecision.GRANTED, Optional.empty(), BEFORE_CONVERSATION,
                DECIDED_AT);

        NextStep next = NextStep.of(granted, List.of(), POLICIES, BEFORE_CONVERSATION, AMSTERDAM);

        assertEquals("Er is geen volgende stap: de toestemming is gegeven.", next.text().nl());
    }

    @Test
    void aRequestWhoseRulesPromiseNoContactAwaitsTheGrantor() {
        NextStep next = NextStep.of(openPublication(), List.of(), POLICIES, BEFORE_CONVERSATION, AMSTERDAM);

        assertEquals("Volgende stap: UWV beslist over uw aanvraag.", next.text().nl());
        assertTrue(!next.ruleIds().isEmpty(), "it cites the rule that makes consent necessary");
    }
}
