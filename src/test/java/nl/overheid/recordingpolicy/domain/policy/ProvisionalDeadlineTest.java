package nl.overheid.recordingpolicy.domain.policy;

import static nl.overheid.recordingpolicy.domain.policy.PolicyTestSupport.POLICIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.overheid.recordingpolicy.adapter.policyfile.PolicyFiles;
import nl.overheid.recordingpolicy.domain.calendar.EquatedDays;
import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;

/**
 * A deadline counted through a year without a known decree on equated days (Algemene termijnenwet art. 3 lid 3) is
 * marked provisional, in the lead-time answer and in the recording decision, instead of pretending to be final.
 */
class ProvisionalDeadlineTest {

    @ParameterizedTest(name = "conversation {0}: deadline {1}, provisional {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            # conversation | deadline   | provisional | years named
            2025-06-06     | 2025-05-28 | false       |
            2028-06-12     | 2028-06-02 | false       |
            2029-03-12     | 2029-03-05 | true        | 2029
            # the deadline lies in 2028 (decreed), the conversation in 2029 (not)
            2029-01-04     | 2028-12-27 | true        | 2029
            # the decree for 2020-2022 was not found in a citable source
            2021-06-14     | 2021-06-07 | true        | 2021
            2023-01-05     | 2022-12-29 | true        | 2022
            2016-06-13     | 2016-06-06 | false       |
            """)
    void theLeadTimeAnswerSaysWhenItsDeadlineIsProvisional(LocalDate conversation, LocalDate deadline,
                                                           boolean provisional, String years) {
        LeadTimeAnswer answer = POLICIES.leadTimes().answer(Authority.UWV, Medium.VIDEO, Optional.of(conversation),
                conversation.minusMonths(1));

        assertEquals(Optional.of(deadline), answer.assessment().deadline());
        assertEquals(provisional, answer.assessment().provisional());
        assertEquals(Optional.of(provisional), answer.assessment().deadlineProvisional());
        assertEquals(provisional, answer.explanation().nl().contains("is voorlopig"), answer.explanation().nl());
        assertEquals(provisional, answer.explanation().en().contains("is provisional"), answer.explanation().en());
        if (provisional) {
            assertTrue(answer.explanation().nl().contains("Voor " + years + " kent de gateway geen besluit"),
                    answer.explanation().nl());
            assertTrue(answer.explanation().en().contains("For " + years + " the gateway knows no decree"),
                    answer.explanation().en());
        }
    }

    @Test
    void aRecordingDecisionCarriesTheSameMark() {
        Decision decision = POLICIES.recording().evaluate(new RecordingQuestion(Authority.UWV, Medium.VIDEO, true,
                Optional.of(LocalDate.of(2029, 3, 12))), LocalDate.of(2029, 2, 1), Optional.empty());

        assertTrue(decision.leadTime().orElseThrow().provisional());
        assertEquals(Outcome.CONSENT_REQUIRED, decision.outcome());
        assertTrue(decision.explanation().nl().contains("is voorlopig"), decision.explanation().nl());
        assertTrue(decision.explanation().en().contains("is provisional"), decision.explanation().en());
    }

    @Test
    void noLeadTimeIsNeverProvisional() {
        LeadTimeAnswer answer = POLICIES.leadTimes().answer(Authority.UWV, Medium.AUDIO, Optional.of(LocalDate.of(2029, 3, 12)),
                LocalDate.of(2029, 2, 1));

        assertFalse(answer.assessment().provisional());
        assertEquals(Optional.empty(), answer.assessment().deadlineProvisional());
        assertFalse(answer.explanation().nl().contains("voorlopig"));
    }

    @Test
    void configuredEquatedDaysMakeTheirYearFinal() {
        WorkingDayCalendar configured = new WorkingDayCalendar(EquatedDays.shipped().plus(EquatedDays.parse("2029-05-11")));
        PolicySet policies = PolicyFiles.shipped(configured);

        LeadTimeAnswer answer = policies.leadTimes().answer(Authority.UWV, Medium.VIDEO,
                Optional.of(LocalDate.of(2029, 5, 14)), LocalDate.of(2029, 4, 1));

        // Hemelvaartsdag Thursday 10 May and the configured Friday 11 May are skipped
        assertEquals(Optional.of(LocalDate.of(2029, 5, 3)), answer.assessment().deadline());
        assertFalse(answer.assessment().provisional());
    }
}
