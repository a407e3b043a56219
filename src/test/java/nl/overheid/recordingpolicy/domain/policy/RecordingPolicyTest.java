package nl.overheid.recordingpolicy.domain.policy;

import static nl.overheid.recordingpolicy.domain.policy.PolicyTestSupport.POLICIES;
import static nl.overheid.recordingpolicy.domain.policy.PolicyTestSupport.advice;
import static nl.overheid.recordingpolicy.domain.policy.PolicyTestSupport.consequences;
import static nl.overheid.recordingpolicy.domain.policy.PolicyTestSupport.date;
import static nl.overheid.recordingpolicy.domain.policy.PolicyTestSupport.items;
import static nl.overheid.recordingpolicy.domain.policy.PolicyTestSupport.obligations;
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

/** "May I record this conversation?" as UWV's and the municipality's published rules answer it. */
class RecordingPolicyTest {

    /** The date format people read in explanations, built independently of the production formatter. */
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static Decision evaluate(Authority authority, Medium medium, boolean participant,
                                     Optional<LocalDate> conversationDate, LocalDate today) {
        return POLICIES.recording().evaluate(new RecordingQuestion(authority, medium, participant, conversationDate), today);
    }

    // ------------------------------------------------------------------------------------ participants only

    @ParameterizedTest(name = "{0} {1}, conversation {2}, not taking part: NOT_PERMITTED ({3})")
    @CsvSource(textBlock = """
            # authority,  medium, conversation date, rule that grants the permission only to participants
            UWV,          AUDIO,  ,                  UWV-AUDIO-ALLOWED
            UWV,          AUDIO,  2026-06-15,        UWV-AUDIO-ALLOWED
            UWV,          VIDEO,  2026-06-15,        UWV-AUDIO-ALLOWED
            UWV,          PHOTO,  2026-06-15,        UWV-AUDIO-ALLOWED
            MUNICIPALITY, AUDIO,  ,                  GEM-RECORDING-ALLOWED
            MUNICIPALITY, VIDEO,  ,                  GEM-RECORDING-ALLOWED
            MUNICIPALITY, PHOTO,  ,                  GEM-RECORDING-ALLOWED
            MUNICIPALITY, AUDIO,  2026-06-15,        GEM-RECORDING-ALLOWED
            MUNICIPALITY, VIDEO,  2026-06-15,        GEM-RECORDING-ALLOWED
            MUNICIPALITY, PHOTO,  2026-06-15,        GEM-RECORDING-ALLOWED
            """)
    void onlySomeoneTakingPartInTheConversationMayRecordIt(Authority authority, Medium medium, String conversation,
                                                          String participantRule) {
        Decision decision = evaluate(authority, medium, false, date(conversation), LocalDate.of(2026, 5, 4));

        assertEquals(Outcome.NOT_PERMITTED, decision.outcome());
        assertEquals(Optional.empty(), decision.consentGrantor(), "no consent can make it permitted");
        assertEquals(Optional.empty(), decision.leadTime(), "nothing to request in time");
        assertEquals(List.of(), decision.advice().stream().filter(advice -> advice.code() != AdviceCode.TAKE_CARE).toList(),
                "no advice on how to record what may not be recorded, beyond the municipality's care for every decision");
        assertTrue(decision.ruleIds().contains(participantRule), () -> "cites " + participantRule + ": " + decision.ruleIds());
        assertTrue(decision.explanation().en().contains("take part"), decision.explanation().en());
        assertTrue(decision.explanation().nl().contains("deelneemt"), decision.explanation().nl());
    }

    // ------------------------------------------------------------------------------------------ UWV audio

    @ParameterizedTest(name = "UWV AUDIO, conversation {0}: PERMITTED, announce, private use only")
    @CsvSource(textBlock = """
            # conversation date (optional for audio)
            ''
            2026-05-18
            2026-06-15
            """)
    void audioAtUwvIsPermittedWithoutAskingAndShouldBeAnnounced(String conversation) {
        Decision decision = evaluate(Authority.UWV, Medium.AUDIO, true, date(conversation), LocalDate.of(2026, 5, 4));

        assertEquals(Outcome.PERMITTED, decision.outcome());
        assertEquals(List.of("ANNOUNCE_RECORDING=UWV-AUDIO-ANNOUNCE"), advice(decision));
        assertEquals(List.of("PRIVATE_USE_ONLY=UWV-AUDIO-PRIVATE-USE"), obligations(decision));
        assertTrue(decision.ruleIds().contains("UWV-AUDIO-ALLOWED"), () -> decision.ruleIds().toString());
        assertEquals(Optional.empty(), decision.consentGrantor());
        assertEquals(Optional.empty(), decision.leadTime(), "audio needs no request in advance");
    }

    // ------------------------------------------------------------------------------- UWV video and photo

    @ParameterizedTest(name = "UWV {0}, conversation {1}, asked {2}: CONSENT_REQUIRED from EMPLOYEE by {3}")
    @CsvSource(textBlock = """
            # medium, conversation, today,      deadline (5th working day before the conversation)
            # the worked example: Monday 18 May 2026; Ascension Day 14 May and the equated 15 May do not count
            VIDEO,    2026-05-18,   2026-05-04, 2026-05-07
            # asking on the deadline day itself is on time
            VIDEO,    2026-05-18,   2026-05-07, 2026-05-07
            # a photo is an image recording too ("beeldopname"), treated like video
            PHOTO,    2026-05-18,   2026-05-07, 2026-05-07
            PHOTO,    2026-05-18,   2026-01-05, 2026-05-07
            # Good Friday 3 April and Easter Monday 6 April 2026 do not count
            VIDEO,    2026-04-08,   2026-03-30, 2026-03-30
            # Christmas 25 and 26 December 2026 fall before the weekend
            PHOTO,    2026-12-28,   2026-12-18, 2026-12-18
            """)
    void videoAtUwvNeedsConsentRequestedFiveWorkingDaysAhead(Medium medium, LocalDate conversation, LocalDate today,
                                                             LocalDate deadline) {
        Decision decision = evaluate(Authority.UWV, medium, true, Optional.of(conversation), today);

        assertEquals(Outcome.CONSENT_REQUIRED, decision.outcome());
        assertEquals(Optional.of(ConsentGrantor.EMPLOYEE), decision.consentGrantor());
        LeadTimeAssessment leadTime = decision.leadTime().orElseThrow(() -> new AssertionError("lead time missing"));
        assertTrue(leadTime.required());
        assertEquals(5, leadTime.workingDays());
        assertEquals(Optional.of(deadline), leadTime.deadline());
        assertEquals(today, leadTime.requestDate());
        assertEquals(Optional.of(true), leadTime.onTime());
        assertTrue(decision.ruleIds().containsAll(List.of("UWV-VIDEO-CONSENT", "UWV-VIDEO-LEAD-TIME")),
                () -> decision.ruleIds().toString());
        assertEquals(List.of("PRIVATE_USE_ONLY=UWV-VIDEO-PRIVATE-USE"), obligations(decision),
                "with consent the image recording is for private use only");
        assertTrue(decision.explanation().nl().contains(DUTCH_DATE.format(deadline)), decision.explanation().nl());
        assertTrue(decision.explanation().en().contains(ENGLISH_DATE.format(deadline)), decision.explanation().en());
    }

    @ParameterizedTest(name = "UWV {0}, conversation {1}, asked {2}: deadline {3} passed, still CONSENT_REQUIRED")
    @CsvSource(textBlock = """
            # medium, conversation, today,      deadline
            # one day after the deadline of the worked example
            VIDEO,    2026-05-18,   2026-05-08, 2026-05-07
            PHOTO,    2026-05-18,   2026-05-08, 2026-05-07
            # asked on the day of the conversation
            VIDEO,    2026-05-18,   2026-05-18, 2026-05-07
            VIDEO,    2026-04-08,   2026-03-31, 2026-03-30
            """)
    void imageRecordingAtUwvAfterTheDeadlineStillNeedsConsentAndSaysARequestIsLate(Medium medium, LocalDate conversation,
                                                                                  LocalDate today, LocalDate deadline) {
        Decision decision = evaluate(Authority.UWV, medium, true, Optional.of(conversation), today);

        assertEquals(Outcome.CONSENT_REQUIRED, decision.outcome(), "the rules do not forbid a late request");
        assertEquals(Optional.of(ConsentGrantor.EMPLOYEE), decision.consentGrantor(), "the employee may still consent");
        assertEquals(List.of(), advice(decision), "asking in time is no longer possible, so it is not advised");
        LeadTimeAssessment leadTime = decision.leadTime().orElseThrow(() -> new AssertionError("lead time missing"));
        assertEquals(Optional.of(deadline), leadTime.deadline());
        assertEquals(Optional.of(false), leadTime.onTime());
        assertTrue(decision.ruleIds().contains("UWV-VIDEO-LEAD-TIME"), () -> decision.ruleIds().toString());
        assertTrue(decision.explanation().nl().contains("een aanvraag nu is laat en het is niet gegarandeerd"),
                decision.explanation().nl());
        assertTrue(decision.explanation().en().contains("a request now is late and it is not guaranteed"),
                decision.explanation().en());
    }

    @ParameterizedTest(name = "UWV {0}, conversation {1} held before {2}: NOT_PERMITTED")
    @CsvSource(textBlock = """
            # medium, conversation, today,      deadline
            PHOTO,    2026-05-18,   2026-06-01, 2026-05-07
            VIDEO,    2026-05-18,   2026-05-19, 2026-05-07
            """)
    void imageRecordingAtUwvOfAConversationHeldWithoutConsentIsNotPermitted(Medium medium, LocalDate conversation,
                                                                          LocalDate today, LocalDate deadline) {
        Decision decision = evaluate(Authority.UWV, medium, true, Optional.of(conversation), today);

        assertEquals(Outcome.NOT_PERMITTED, decision.outcome());
        assertEquals(Optional.empty(), decision.consentGrantor(), "no request about a past conversation can be decided");
        assertEquals(Optional.of(deadline), decision.leadTime().orElseThrow().deadline());
    }

    @ParameterizedTest(name = "UWV {0} without a conversation date is rejected")
    @EnumSource(value = Medium.class, names = {"VIDEO", "PHOTO"})
    void imageRecordingAtUwvWithoutConversationDateIsRejected(Medium medium) {
        assertThrows(IllegalArgumentException.class,
                () -> evaluate(Authority.UWV, medium, true, Optional.empty(), LocalDate.of(2026, 5, 4)));
    }

    // --------------------------------------------------------------------------------------- municipality

    @ParameterizedTest(name = "MUNICIPALITY {0}, conversation {1}: PERMITTED with advice, obligations, consequences")
    @CsvSource(textBlock = """
            # medium, conversation date (optional)
            AUDIO,    ''
            VIDEO,    ''
            PHOTO,    ''
            AUDIO,    2026-05-18
            VIDEO,    2026-05-18
            PHOTO,    2026-05-08
            """)
    void municipalityPermitsEveryMediumWithAnnouncementAdviceAndRulesOfConduct(Medium medium, String conversation) {
        Decision decision = evaluate(Authority.MUNICIPALITY, medium, true, date(conversation), LocalDate.of(2026, 5, 4));

        assertEquals(Outcome.PERMITTED, decision.outcome());
        // the introduction's request to take care comes with every municipal decision
        assertEquals(List.of("ANNOUNCE_RECORDING_AND_PURPOSE=GEM-ANNOUNCE", "TAKE_CARE=GEM-TAKE-CARE"), advice(decision));
        assertEquals(items("""
                NO_SHARING_OR_PUBLISHING_WITHOUT_CONSENT=GEM-NO-THIRD-PARTY-SHARING
                NO_NAMING_EMPLOYEES_ONLINE=GEM-NO-NAMING-EMPLOYEES
                NO_INSULTS_OR_THREATS=GEM-NO-INSULTS-THREATS
                NO_MISLEADING_EDITS=GEM-NO-MISLEADING-EDITS
                """), obligations(decision));
        assertEquals(items("""
                DAMAGES_RECOVERY=GEM-DAMAGES
                SERVICE_CONSEQUENCES=GEM-VERBAL-VIOLENCE
                """), consequences(decision));
        assertTrue(decision.ruleIds().contains("GEM-RECORDING-ALLOWED"), () -> decision.ruleIds().toString());
        assertEquals(Optional.empty(), decision.consentGrantor());
        assertEquals(Optional.empty(), decision.leadTime(), "the municipality sets no lead time");
    }

    // ------------------------------------------------------------------------- unusual conversation dates

    @ParameterizedTest(name = "{0} {1}, participant {2}, conversation {3} asked {4}: {5}, explained as past")
    @CsvSource(textBlock = """
            # authority,  medium, participant, conversation, today,      outcome
            UWV,          AUDIO,  true,        2026-05-18,   2026-05-19, PERMITTED
            UWV,          VIDEO,  true,        2026-05-18,   2026-05-19, NOT_PERMITTED
            UWV,          PHOTO,  true,        2026-03-02,   2026-05-19, NOT_PERMITTED
            MUNICIPALITY, AUDIO,  true,        2026-05-18,   2026-05-19, PERMITTED
            MUNICIPALITY, VIDEO,  true,        2025-11-03,   2026-05-19, PERMITTED
            MUNICIPALITY, PHOTO,  true,        2026-05-18,   2026-05-19, PERMITTED
            UWV,          VIDEO,  false,       2026-05-18,   2026-05-19, NOT_PERMITTED
            MUNICIPALITY, AUDIO,  false,       2026-05-18,   2026-05-19, NOT_PERMITTED
            """)
    void conversationInThePastIsStillAnsweredAndTheExplanationSaysSo(Authority authority, Medium medium,
                                                                   boolean participant, LocalDate conversation,
                                                                   LocalDate today, Outcome outcome) {
        Decision decision = evaluate(authority, medium, participant, Optional.of(conversation), today);

        assertEquals(outcome, decision.outcome());
        BilingualText explanation = decision.explanation();
        assertTrue(explanation.nl().contains("verleden"), explanation.nl());
        assertTrue(explanation.nl().contains(DUTCH_DATE.format(conversation)), explanation.nl());
        assertTrue(explanation.en().contains("in the past"), explanation.en());
        assertTrue(explanation.en().contains(ENGLISH_DATE.format(conversation)), explanation.en());
    }

    @ParameterizedTest(name = "{0} {1}, conversation {2} asked {3}: not called past")
    @CsvSource(textBlock = """
            # authority,  medium, conversation, today
            # the conversation is today: too late for UWV video, but not in the past
            UWV,          VIDEO,  2026-05-18,   2026-05-18
            UWV,          AUDIO,  2026-05-18,   2026-05-18
            MUNICIPALITY, PHOTO,  2026-05-18,   2026-05-18
            UWV,          PHOTO,  2026-05-18,   2026-05-04
            MUNICIPALITY, AUDIO,  2026-05-18,   2026-05-04
            """)
    void conversationTodayOrLaterIsNotCalledPast(Authority authority, Medium medium, LocalDate conversation,
                                                 LocalDate today) {
        Decision decision = evaluate(authority, medium, true, Optional.of(conversation), today);

        assertFalse(decision.explanation().nl().contains("verleden"), decision.explanation().nl());
        assertFalse(decision.explanation().en().contains("in the past"), decision.explanation().en());
    }

    @ParameterizedTest(name = "UWV {0}, conversation on {4} {1}: still answered, deadline {3}")
    @CsvSource(quoteCharacter = '"', textBlock = """
            # medium, conversation, today,      deadline,   named in Dutch,                  named in English
            VIDEO,    2026-04-27,   2026-04-01, 2026-04-20, Koningsdag,                      King's Day
            PHOTO,    2026-05-14,   2026-05-01, 2026-05-07, Hemelvaartsdag,                  Ascension Day
            VIDEO,    2026-05-15,   2026-05-01, 2026-05-07, bij besluit gelijkgestelde dag,  day equated by decree
            PHOTO,    2026-04-06,   2026-03-02, 2026-03-27, tweede Paasdag,                  Easter Monday
            VIDEO,    2026-12-25,   2026-12-01, 2026-12-18, eerste Kerstdag,                 Christmas Day
            # a plain Sunday: the date itself already reads "zondag", so look for what it means
            PHOTO,    2026-05-17,   2026-05-01, 2026-05-07, geen werkdag,                    not a working day
            """)
    void imageConversationOnANonWorkingDayIsAnsweredAndTheExplanationNamesTheDay(
            Medium medium, LocalDate conversation, LocalDate today, LocalDate deadline, String dutch, String english) {
        Decision decision = evaluate(Authority.UWV, medium, true, Optional.of(conversation), today);

        assertEquals(Outcome.CONSENT_REQUIRED, decision.outcome());
        assertEquals(Optional.of(deadline), decision.leadTime().flatMap(LeadTimeAssessment::deadline));
        assertTrue(decision.explanation().nl().contains(dutch), decision.explanation().nl());
        assertTrue(decision.explanation().en().contains(english), decision.explanation().en());
    }

    @ParameterizedTest(name = "{0} {1}, conversation on a non-working day {2}: still {3}")
    @CsvSource(textBlock = """
            # authority,  medium, conversation (Koningsdag, Christmas, a Saturday), outcome
            UWV,          AUDIO,  2026-04-27, PERMITTED
            MUNICIPALITY, VIDEO,  2026-12-25, PERMITTED
            MUNICIPALITY, PHOTO,  2026-05-16, PERMITTED
            """)
    void conversationOnANonWorkingDayIsStillAnsweredWhereNoLeadTimeApplies(Authority authority, Medium medium,
                                                                          LocalDate conversation, Outcome outcome) {
        Decision decision = evaluate(authority, medium, true, Optional.of(conversation), LocalDate.of(2026, 4, 1));

        assertEquals(outcome, decision.outcome());
        assertEquals(Optional.empty(), decision.leadTime());
    }
}
