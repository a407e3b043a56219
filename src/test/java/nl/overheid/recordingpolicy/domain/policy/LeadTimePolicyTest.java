package nl.overheid.recordingpolicy.domain.policy;

import static nl.overheid.recordingpolicy.domain.policy.PolicyTestSupport.POLICIES;
import static nl.overheid.recordingpolicy.domain.policy.PolicyTestSupport.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** "U kunt de toestemming uiterlijk 5 werkdagen voor het gesprek bij ons aanvragen" and where it does not apply. */
class LeadTimePolicyTest {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static LeadTimeAnswer answer(Authority authority, Medium medium, Optional<LocalDate> conversation,
                                         LocalDate request) {
        return POLICIES.leadTimes().answer(authority, medium, conversation, request);
    }

    @ParameterizedTest(name = "UWV {0}: conversation {1}, asked {2}: deadline {3}, on time {4}")
    @CsvSource(textBlock = """
            # medium, conversation, request,    deadline,   on time
            # the worked example: Monday 18 May 2026 -> Thursday 7 May (Ascension Day and the equated Friday skipped)
            VIDEO,    2026-05-18,   2026-05-04, 2026-05-07, true
            VIDEO,    2026-05-18,   2026-05-07, 2026-05-07, true
            VIDEO,    2026-05-18,   2026-05-08, 2026-05-07, false
            PHOTO,    2026-05-18,   2026-05-07, 2026-05-07, true
            PHOTO,    2026-05-18,   2026-05-08, 2026-05-07, false
            # Easter: Good Friday and Easter Monday are no working days
            VIDEO,    2026-04-08,   2026-03-30, 2026-03-30, true
            PHOTO,    2026-04-08,   2026-03-31, 2026-03-30, false
            # an ordinary week
            VIDEO,    2026-06-15,   2026-06-08, 2026-06-08, true
            VIDEO,    2026-06-15,   2026-06-09, 2026-06-08, false
            """)
    void imageRecordingAtUwvMustBeRequestedFiveWorkingDaysBeforeTheConversation(
            Medium medium, LocalDate conversation, LocalDate request, LocalDate deadline, boolean onTime) {
        LeadTimeAnswer answer = answer(Authority.UWV, medium, Optional.of(conversation), request);
        LeadTimeAssessment assessment = answer.assessment();

        assertTrue(assessment.required());
        assertEquals(5, assessment.workingDays());
        assertEquals(Optional.of(deadline), assessment.deadline());
        assertEquals(request, assessment.requestDate());
        assertEquals(Optional.of(onTime), assessment.onTime());
        assertEquals(List.of("UWV-VIDEO-LEAD-TIME"), answer.ruleIds());
        assertEquals(PolicySet.CURRENT_VERSION, answer.policyVersion());

        BilingualText text = answer.explanation();
        assertTrue(text.nl().contains(DUTCH_DATE.format(deadline)), text.nl());
        assertTrue(text.en().contains(ENGLISH_DATE.format(deadline)), text.en());
        assertEquals(onTime, text.nl().contains("op tijd"), text.nl());
        assertEquals(!onTime, text.nl().contains("te laat"), text.nl());
        assertEquals(onTime, text.en().contains("on time"), text.en());
        assertEquals(!onTime, text.en().contains("too late"), text.en());
    }

    @ParameterizedTest(name = "{0} {1}, conversation {2}: no lead time")
    @CsvSource(textBlock = """
            # authority,  medium, conversation date (may be absent)
            UWV,          AUDIO,  ''
            UWV,          AUDIO,  2026-05-18
            MUNICIPALITY, AUDIO,  ''
            MUNICIPALITY, VIDEO,  ''
            MUNICIPALITY, PHOTO,  ''
            MUNICIPALITY, VIDEO,  2026-05-18
            MUNICIPALITY, PHOTO,  2026-05-11
            """)
    void noLeadTimeForAudioAtUwvNorForAnythingAtTheMunicipality(Authority authority, Medium medium,
                                                                 String conversation) {
        LocalDate request = LocalDate.of(2026, 5, 8);
        LeadTimeAnswer answer = answer(authority, medium, date(conversation), request);
        LeadTimeAssessment assessment = answer.assessment();

        assertFalse(assessment.required());
        assertEquals(0, assessment.workingDays());
        assertEquals(Optional.empty(), assessment.deadline());
        assertEquals(Optional.empty(), assessment.onTime());
        assertEquals(request, assessment.requestDate());
        assertFalse(answer.ruleIds().isEmpty(), "even 'no lead time' cites the rule that allows recording");
        assertFalse(answer.ruleIds().contains("UWV-VIDEO-LEAD-TIME"), () -> answer.ruleIds().toString());
        assertTrue(answer.rules().stream().allMatch(rule -> rule.authority().equals(authority)),
                () -> "cites only " + authority + " rules: " + answer.ruleIds());
        assertEquals(PolicySet.CURRENT_VERSION, answer.policyVersion());
    }

    @ParameterizedTest(name = "{0} at {1}: lead time applies = {2}")
    @CsvSource(textBlock = """
            UWV,          AUDIO, false
            UWV,          VIDEO, true
            UWV,          PHOTO, true
            MUNICIPALITY, AUDIO, false
            MUNICIPALITY, VIDEO, false
            MUNICIPALITY, PHOTO, false
            """)
    void leadTimeAppliesOnlyToImageRecordingsAtUwv(Authority authority, Medium medium, boolean applies) {
        assertEquals(applies, POLICIES.leadTimes().appliesTo(authority, medium));
    }

    @ParameterizedTest(name = "UWV {0} without a conversation date is rejected")
    @EnumSource(value = Medium.class, names = {"VIDEO", "PHOTO"})
    void imageAtUwvWithoutConversationDateIsRejected(Medium medium) {
        assertThrows(IllegalArgumentException.class,
                () -> answer(Authority.UWV, medium, Optional.empty(), LocalDate.of(2026, 5, 4)));
    }

    @ParameterizedTest(name = "UWV {0}, conversation {1}, asked {2}: the recording decision has the same lead time")
    @CsvSource(textBlock = """
            VIDEO, 2026-05-18, 2026-05-07
            PHOTO, 2026-05-18, 2026-05-08
            VIDEO, 2026-04-27, 2026-04-01
            PHOTO, 2026-03-02, 2026-05-04
            """)
    void recordingDecisionAndLeadTimeAnswerAgree(Medium medium, LocalDate conversation, LocalDate request) {
        LeadTimeAnswer answer = answer(Authority.UWV, medium, Optional.of(conversation), request);
        Decision decision = POLICIES.recording()
                .evaluate(new RecordingQuestion(Authority.UWV, medium, true, Optional.of(conversation)), request);

        assertEquals(Optional.of(answer.assessment()), decision.leadTime());
    }

    @ParameterizedTest(name = "UWV {0}, conversation {1}, asked {2}: explanation mentions {3} / {4}")
    @CsvSource(quoteCharacter = '"', textBlock = """
            # medium, conversation, request,    in Dutch,                       in English
            VIDEO,    2026-04-27,   2026-04-01, Koningsdag,                     King's Day
            PHOTO,    2026-05-15,   2026-05-01, bij besluit gelijkgestelde dag, day equated by decree
            VIDEO,    2026-05-16,   2026-05-01, geen werkdag,                   not a working day
            # a conversation that already took place
            VIDEO,    2026-05-18,   2026-05-19, verleden,                       in the past
            PHOTO,    2026-03-02,   2026-05-04, verleden,                       in the past
            """)
    void unusualConversationDateIsExplained(Medium medium, LocalDate conversation, LocalDate request, String dutch,
                                            String english) {
        LeadTimeAnswer answer = answer(Authority.UWV, medium, Optional.of(conversation), request);

        assertTrue(answer.explanation().nl().contains(dutch), answer.explanation().nl());
        assertTrue(answer.explanation().en().contains(english), answer.explanation().en());
    }

    @ParameterizedTest(name = "UWV {0}, conversation {1} asked {2}: nothing unusual to mention")
    @CsvSource(textBlock = """
            VIDEO, 2026-05-18, 2026-05-04
            PHOTO, 2026-05-18, 2026-05-18
            """)
    void ordinaryConversationDateNeedsNoNote(Medium medium, LocalDate conversation, LocalDate request) {
        LeadTimeAnswer answer = answer(Authority.UWV, medium, Optional.of(conversation), request);

        assertFalse(answer.explanation().nl().contains("verleden"), answer.explanation().nl());
        assertFalse(answer.explanation().nl().contains("geen werkdag"), answer.explanation().nl());
        assertFalse(answer.explanation().en().contains("in the past"), answer.explanation().en());
        assertFalse(answer.explanation().en().contains("not a working day"), answer.explanation().en());
    }
}
