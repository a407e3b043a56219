package nl.overheid.recordingpolicy.adapter.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.overheid.recordingpolicy.adapter.json.JsonbRecordJson;
import nl.overheid.recordingpolicy.adapter.policyfile.PolicyFiles;
import nl.overheid.recordingpolicy.application.failure.InvalidInputException;
import nl.overheid.recordingpolicy.application.failure.InvalidParam;
import nl.overheid.recordingpolicy.application.IssuedDecision;
import nl.overheid.recordingpolicy.application.LeadTimeStatusQuestion;
import nl.overheid.recordingpolicy.application.PolicyListingQuestion;
import nl.overheid.recordingpolicy.application.RecordingDecisionQuestion;
import nl.overheid.recordingpolicy.application.UsageDecisionQuestion;
import nl.overheid.recordingpolicy.application.PortFakes;
import nl.overheid.recordingpolicy.application.security.QueryAccess;
import nl.overheid.recordingpolicy.application.RecordingPolicyService;
import nl.overheid.recordingpolicy.application.security.Caller;
import nl.overheid.recordingpolicy.domain.calendar.LeadTime;
import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;
import nl.overheid.recordingpolicy.domain.consent.ConsentReference;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.LeadTimeAssessment;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.Platform;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;
import nl.overheid.recordingpolicy.domain.policy.Rule;
import nl.overheid.recordingpolicy.domain.policy.Usage;

/**
 * What the edge tells a caller whose question cannot be answered as asked: for every field, its contract name and the
 * exact reason, the same for SOAP, REST and AuthZEN because each adapter hands the values to the parser as the text
 * it received; and the typed question a valid one becomes. Expected problems are written {@code name: reason}, several joined by {@code "; "}
 * in the order the gateway reports them (by field name); {@code -} in a table stands for a value left out.
 */
class DecisionQuestionParserTest {

    private static final String AUTHORITIES = "must be one of: UWV, MUNICIPALITY, GM0000";
    private static final String MEDIA = "must be one of: AUDIO, VIDEO, PHOTO";
    private static final String DATE = "must be a date written yyyy-MM-dd, e.g. 2026-05-18";
    private static final String RANGE =
            "must lie between 2014-01-01 and 2099-12-31 (the working-day calendar of the Algemene termijnenwet as applied here)";
    private static final String LEAD_TIME =
            "is required: consent must be requested a number of working days before the conversation";

    private static final PolicySet POLICIES = PolicyFiles.shipped(WorkingDayCalendar.standard());

    private static ValidatorFactory validation;
    private static DecisionQuestionParser questions;
    private static RecordingPolicyService service;

    @BeforeAll
    static void buildService() {
        validation = Validation.buildDefaultValidatorFactory();
        questions = new DecisionQuestionParser(new InputValidator(validation, POLICIES));
        service = new RecordingPolicyService(POLICIES,
                Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"), ZoneId.of("Europe/Amsterdam")),
                new PortFakes.InMemoryConsentRequests(), new PortFakes.RecordedDecisions(), new QueryAccess(),
                new JsonbRecordJson());
    }

    @AfterAll
    static void closeValidation() {
        validation.close();
    }

    /** The invalid params of the rejected call, as {@code name: reason; name: reason}. */
    private static String invalidParams(Executable call) {
        InvalidInputException rejected = assertThrows(InvalidInputException.class, call, "the input must be rejected");
        return rejected.invalidParams().stream()
                .map(param -> param.name() + ": " + param.reason())
                .collect(Collectors.joining("; "));
    }

    // ------------------------------------------------------------------------------------------ recording decision

    @ParameterizedTest(name = "[{index}] authority={0} medium={1} participant={2} conversationDate={3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # each required field missing
            -            | AUDIO | true  | 2026-05-18 | authority: is required
            UWV          | -     | true  | 2026-05-18 | medium: is required
            UWV          | AUDIO | -     | 2026-05-18 | participant: is required
            # unknown enumeration values; names are case-sensitive, as in the contracts
            GGD          | AUDIO | true  | -          | authority: must be one of: UWV, MUNICIPALITY, GM0000
            uwv          | AUDIO | true  | -          | authority: must be one of: UWV, MUNICIPALITY, GM0000
            ''           | AUDIO | true  | -          | authority: must be one of: UWV, MUNICIPALITY, GM0000
            MUNICIPALITY | FILM  | true  | -          | medium: must be one of: AUDIO, VIDEO, PHOTO
            MUNICIPALITY | video | true  | -          | medium: must be one of: AUDIO, VIDEO, PHOTO
            # participant outside the lexical space of xs:boolean
            UWV          | AUDIO | yes   | -          | participant: must be true or false
            UWV          | AUDIO | TRUE  | -          | participant: must be true or false
            UWV          | AUDIO | True  | -          | participant: must be true or false
            UWV          | AUDIO | 2     | -          | participant: must be true or false
            UWV          | AUDIO | ''    | -          | participant: must be true or false
            # dates that are not yyyy-MM-dd calendar dates
            UWV          | VIDEO | true  | 2026-02-30       | conversationDate: must be a date written yyyy-MM-dd, e.g. 2026-05-18
            UWV          | VIDEO | true  | 2025-02-29       | conversationDate: must be a date written yyyy-MM-dd, e.g. 2026-05-18
            UWV          | VIDEO | true  | 18-05-2026       | conversationDate: must be a date written yyyy-MM-dd, e.g. 2026-05-18
            UWV          | VIDEO | true  | 2026-5-18        | conversationDate: must be a date written yyyy-MM-dd, e.g. 2026-05-18
            UWV          | VIDEO | true  | 2026-05-18T10:00 | conversationDate: must be a date written yyyy-MM-dd, e.g. 2026-05-18
            UWV          | VIDEO | true  | 20260518         | conversationDate: must be a date written yyyy-MM-dd, e.g. 2026-05-18
            UWV          | VIDEO | true  | ''               | conversationDate: must be a date written yyyy-MM-dd, e.g. 2026-05-18
            # dates outside the years the working-day calendar supports
            UWV          | VIDEO | true  | 2013-12-31 | conversationDate: must lie between 2014-01-01 and 2099-12-31 (the working-day calendar of the Algemene termijnenwet as applied here)
            UWV          | VIDEO | true  | 2100-01-01 | conversationDate: must lie between 2014-01-01 and 2099-12-31 (the working-day calendar of the Algemene termijnenwet as applied here)
            MUNICIPALITY | AUDIO | true  | 0001-01-01 | conversationDate: must lie between 2014-01-01 and 2099-12-31 (the working-day calendar of the Algemene termijnenwet as applied here)
            # no conversation date where a lead time applies: image recordings at UWV
            UWV          | VIDEO | true  | -          | conversationDate: is required: consent must be requested a number of working days before the conversation (VIDEO at UWV)
            UWV          | PHOTO | true  | -          | conversationDate: is required: consent must be requested a number of working days before the conversation (PHOTO at UWV)
            # several problems at once: all of them, sorted by field name
            -            | FILM  | yes   | 2026-02-30 | authority: is required; conversationDate: must be a date written yyyy-MM-dd, e.g. 2026-05-18; medium: must be one of: AUDIO, VIDEO, PHOTO; participant: must be true or false
            GGD          | -     | -     | 2100-01-01 | authority: must be one of: UWV, MUNICIPALITY, GM0000; conversationDate: must lie between 2014-01-01 and 2099-12-31 (the working-day calendar of the Algemene termijnenwet as applied here); medium: is required; participant: is required
            UWV          | PHOTO | maybe | -          | conversationDate: is required: consent must be requested a number of working days before the conversation (PHOTO at UWV); participant: must be true or false
            # whether a lead time applies cannot be known when authority or medium is itself wrong: only that is reported
            GGD          | VIDEO | true  | -          | authority: must be one of: UWV, MUNICIPALITY, GM0000
            -            | VIDEO | true  | -          | authority: is required
            UWV          | FILM  | true  | -          | medium: must be one of: AUDIO, VIDEO, PHOTO
            UWV          | -     | true  | -          | medium: is required
            """)
    void recordingDecisionReportsEachInvalidField(String authority, String medium, String participant,
                                                  String conversationDate, String expected) {
        assertEquals(expected, invalidParams(() -> questions.recording(new RecordingDecisionInput(authority, medium, participant, conversationDate))));
    }

    @ParameterizedTest(name = "[{index}] authority={0} medium={1} participant={2} conversationDate={3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # no lead time, so no conversation date needed
            UWV          | AUDIO | true  | -          | PERMITTED
            MUNICIPALITY | AUDIO | true  | -          | PERMITTED
            MUNICIPALITY | VIDEO | true  | -          | PERMITTED
            MUNICIPALITY | PHOTO | true  | -          | PERMITTED
            # participant in the lexical space of xs:boolean
            UWV          | AUDIO | false | -          | NOT_PERMITTED
            UWV          | AUDIO | 1     | -          | PERMITTED
            UWV          | AUDIO | 0     | -          | NOT_PERMITTED
            # the first and last supported dates, and a leap day ("today" is 2026-05-04)
            UWV          | VIDEO | true  | 2014-01-01 | NOT_PERMITTED
            UWV          | VIDEO | true  | 2099-12-31 | CONSENT_REQUIRED
            UWV          | PHOTO | 1     | 2028-02-29 | CONSENT_REQUIRED
            """)
    void recordingDecisionAcceptsValidInput(String authority, String medium, String participant, String conversationDate,
                                            String outcome) {
        IssuedDecision issued = service.evaluateRecording(
                questions.recording(new RecordingDecisionInput(authority, medium, participant, conversationDate)), PortFakes.CALL);

        assertEquals(outcome, issued.decision().outcome().name());
        assertEquals(conversationDate == null ? Optional.empty() : Optional.of(LocalDate.parse(conversationDate)),
                issued.decision().leadTime().flatMap(LeadTimeAssessment::timing).map(LeadTime::conversationDate),
                "the conversation date the decision was made for");
    }

    @Test
    void participantTextIsParsedAsXsBoolean() {
        assertEquals("PERMITTED", service.evaluateRecording(
                questions.recording(new RecordingDecisionInput("UWV", "AUDIO", "1", null)), PortFakes.CALL).decision().outcome().name());
        assertEquals("NOT_PERMITTED", service.evaluateRecording(
                questions.recording(new RecordingDecisionInput("UWV", "AUDIO", "0", null)), PortFakes.CALL).decision().outcome().name());
    }

    // ------------------------------------------------------------------------------------------ usage decision

    @ParameterizedTest(name = "[{index}] authority={0} medium={1} usage={2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -            | AUDIO | PUBLISH | authority: is required
            UWV          | -     | PUBLISH | medium: is required
            UWV          | AUDIO | -       | usage: is required
            Municipality | AUDIO | PUBLISH | authority: must be one of: UWV, MUNICIPALITY, GM0000
            UWV          | SOUND | PUBLISH | medium: must be one of: AUDIO, VIDEO, PHOTO
            UWV          | AUDIO | SHARE   | usage: must be one of: PRIVATE_LISTENING, SHARE_PRIVATE_CIRCLE, SHARE_WITH_ADVISER, SHARE_WITH_PARTICIPANTS, SHARE_WITH_THIRD_PARTIES, PUBLISH, EDIT_AND_PUBLISH_FRAGMENTS, NAME_EMPLOYEE_ONLINE
            UWV          | AUDIO | publish | usage: must be one of: PRIVATE_LISTENING, SHARE_PRIVATE_CIRCLE, SHARE_WITH_ADVISER, SHARE_WITH_PARTICIPANTS, SHARE_WITH_THIRD_PARTIES, PUBLISH, EDIT_AND_PUBLISH_FRAGMENTS, NAME_EMPLOYEE_ONLINE
            -            | -     | -       | authority: is required; medium: is required; usage: is required
            GEMEENTE     | -     | WHATSAPP | authority: must be one of: UWV, MUNICIPALITY, GM0000; medium: is required; usage: must be one of: PRIVATE_LISTENING, SHARE_PRIVATE_CIRCLE, SHARE_WITH_ADVISER, SHARE_WITH_PARTICIPANTS, SHARE_WITH_THIRD_PARTIES, PUBLISH, EDIT_AND_PUBLISH_FRAGMENTS, NAME_EMPLOYEE_ONLINE
            """)
    void usageDecisionReportsEachInvalidField(String authority, String medium, String usage, String expected) {
        assertEquals(expected, invalidParams(() -> questions.usage(new UsageDecisionInput(authority, medium, usage))));
    }

    // ------------------------------------------------------------------------------------------ lead time

    @ParameterizedTest(name = "[{index}] authority={0} medium={1} conversationDate={2} requestDate={3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -   | VIDEO | 2026-05-18 | -          | authority: is required
            UWV | -     | 2026-05-18 | -          | medium: is required
            UWV | VIDEO | 2026-05-18 | 2026-02-30 | requestDate: must be a date written yyyy-MM-dd, e.g. 2026-05-18
            UWV | VIDEO | 2026-05-18 | 07-05-2026 | requestDate: must be a date written yyyy-MM-dd, e.g. 2026-05-18
            UWV | VIDEO | 2026-05-18 | 2026-05-07T09:00:00 | requestDate: must be a date written yyyy-MM-dd, e.g. 2026-05-18
            UWV | VIDEO | 2026-05-18 | 2013-12-31 | requestDate: must lie between 2014-01-01 and 2099-12-31 (the working-day calendar of the Algemene termijnenwet as applied here)
            UWV | VIDEO | 2026-5-18  | -          | conversationDate: must be a date written yyyy-MM-dd, e.g. 2026-05-18
            UWV | PHOTO | -          | -          | conversationDate: is required: consent must be requested a number of working days before the conversation (PHOTO at UWV)
            UWV | VIDEO | -          | 2026-05-07 | conversationDate: is required: consent must be requested a number of working days before the conversation (VIDEO at UWV)
            UWV | PHOTO | -          | tomorrow   | conversationDate: is required: consent must be requested a number of working days before the conversation (PHOTO at UWV); requestDate: must be a date written yyyy-MM-dd, e.g. 2026-05-18
            uwv | PHOTO | -          | -          | authority: must be one of: UWV, MUNICIPALITY, GM0000
            """)
    void leadTimeReportsEachInvalidField(String authority, String medium, String conversationDate, String requestDate,
                                         String expected) {
        assertEquals(expected, invalidParams(() -> questions.leadTime(new LeadTimeInput(authority, medium, conversationDate, requestDate))));
    }

    @ParameterizedTest(name = "[{index}] authority={0} medium={1} conversationDate={2} requestDate={3} -> deadline {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # no lead time: the request date is today (2026-05-04) unless given
            UWV          | AUDIO | -          | -          | -          | 2026-05-04
            MUNICIPALITY | VIDEO | -          | -          | -          | 2026-05-04
            MUNICIPALITY | PHOTO | -          | 2026-05-07 | -          | 2026-05-07
            # 5 working days before Monday 18 May 2026 (Ascension 14 May and the equated 15 May do not count)
            UWV          | PHOTO | 2026-05-18 | -          | 2026-05-07 | 2026-05-04
            UWV          | VIDEO | 2026-05-18 | 2014-01-01 | 2026-05-07 | 2014-01-01
            """)
    void leadTimeAcceptsValidInput(String authority, String medium, String conversationDate, String requestDate,
                                   String deadline, String effectiveRequestDate) {
        LeadTimeAssessment assessment = service.leadTimeStatus(
                questions.leadTime(new LeadTimeInput(authority, medium, conversationDate, requestDate)), Caller.anonymous()).assessment();

        assertEquals(deadline != null, assessment.required());
        assertEquals(Optional.ofNullable(deadline).map(LocalDate::parse), assessment.deadline());
        assertEquals(LocalDate.parse(effectiveRequestDate), assessment.requestDate());
    }

    // ------------------------------------------------------------------------------------------ policy listing

    @ParameterizedTest(name = "authority \"{0}\"")
    @ValueSource(strings = {"GGD", "uwv", "Municipality", ""})
    void policyListingRejectsAnUnknownAuthority(String authority) {
        assertEquals("authority: " + AUTHORITIES, invalidParams(() -> questions.policyListing(new PolicyListingInput(authority))));
    }

    @ParameterizedTest(name = "authority {0}")
    @CsvSource(nullValues = "-", value = {"-", "UWV", "MUNICIPALITY"})
    void policyListingAcceptsNoOrAKnownAuthority(String authority) {
        Set<Authority> listed = service.policies(questions.policyListing(new PolicyListingInput(authority)), Caller.anonymous()).rules().stream()
                .map(Rule::authority).collect(Collectors.toSet());

        assertEquals(authority == null ? Set.copyOf(POLICIES.authorities()) : Set.of(Authority.of(authority)), listed,
                "whose rules are listed");
    }

    private static final String REFERENCE = "is not a consent request reference (CR- followed by 26 characters)";
    private static final String WELL_FORMED_REFERENCE = "CR-3Q9ZK2M7T4B1X8C5V6N0P2R4SW";

    private static List<String> invalidNames(Executable call) {
        return assertThrows(InvalidInputException.class, call).invalidParams().stream().map(InvalidParam::name).toList();
    }

    // ------------------------------------------------------------------------------------------ the typed questions

    @Test
    void aValidRecordingQuestionBecomesItsTypedValues() {
        assertEquals(new RecordingDecisionQuestion(Authority.MUNICIPALITY, Medium.PHOTO, true,
                        Optional.of(LocalDate.of(2026, 5, 18)), Optional.of(new ConsentReference(WELL_FORMED_REFERENCE))),
                questions.recording(new RecordingDecisionInput("MUNICIPALITY", "PHOTO", "1", "2026-05-18",
                        WELL_FORMED_REFERENCE)));
        assertEquals(new RecordingDecisionQuestion(Authority.UWV, Medium.AUDIO, false, Optional.empty(), Optional.empty()),
                questions.recording(new RecordingDecisionInput("UWV", "AUDIO", "false", null)));
    }

    @Test
    void aValidUsageQuestionBecomesItsTypedValues() {
        assertEquals(new UsageDecisionQuestion(Authority.UWV, Medium.VIDEO, Usage.PUBLISH, Optional.of(Platform.SOCIAL_MEDIA),
                        Optional.of(new ConsentReference(WELL_FORMED_REFERENCE)), Optional.empty()),
                questions.usage(new UsageDecisionInput("UWV", "VIDEO", "PUBLISH", "SOCIAL_MEDIA", WELL_FORMED_REFERENCE,
                        null)));
        assertEquals(new UsageDecisionQuestion(Authority.MUNICIPALITY, Medium.AUDIO, Usage.PRIVATE_LISTENING,
                        Optional.empty(), Optional.empty(), Optional.empty()),
                questions.usage(new UsageDecisionInput("GM0000", "AUDIO", "PRIVATE_LISTENING")));
    }

    @Test
    void aValidLeadTimeOrListingQuestionBecomesItsTypedValues() {
        assertEquals(new LeadTimeStatusQuestion(Authority.UWV, Medium.VIDEO, Optional.of(LocalDate.of(2026, 5, 18)),
                        Optional.of(LocalDate.of(2026, 5, 4))),
                questions.leadTime(new LeadTimeInput("UWV", "VIDEO", "2026-05-18", "2026-05-04")));
        assertEquals(new LeadTimeStatusQuestion(Authority.MUNICIPALITY, Medium.AUDIO, Optional.empty(), Optional.empty()),
                questions.leadTime(new LeadTimeInput("MUNICIPALITY", "AUDIO", null, null)));
        assertEquals(PolicyListingQuestion.ALL, questions.policyListing(new PolicyListingInput(null)));
        assertEquals(new PolicyListingQuestion(Optional.of(Authority.MUNICIPALITY)),
                questions.policyListing(new PolicyListingInput("MUNICIPALITY")));
    }

    @Test
    void aMalformedConsentRequestReferenceIsNamedWithTheOtherBadFields() {
        assertEquals("consentRequestReference: " + REFERENCE + "; medium: " + MEDIA, invalidParams(() ->
                questions.recording(new RecordingDecisionInput("UWV", "FILM", "true", null, "CR-123"))));
        assertEquals("publicationConsentRequestReference: " + REFERENCE + "; recordingConsentRequestReference: "
                + REFERENCE + "; usage: is required", invalidParams(() -> questions.usage(new UsageDecisionInput(
                        "UWV", "VIDEO", null, null, "cr-1", WELL_FORMED_REFERENCE.toLowerCase()))));
    }

    // ------------------------------------------------------------------------------------------ no input at all

    @Test
    void aMissingRequestIsReportedAsTheBody() {
        assertEquals("body: is required", invalidParams(() -> questions.recording(null)));
        assertEquals("body: is required", invalidParams(() -> questions.usage(null)));
        assertEquals("body: is required", invalidParams(() -> questions.leadTime(null)));
        assertEquals("body: is required", invalidParams(() -> questions.policyListing(null)));
    }

    /** Guards the constants above against drifting from the table rows that spell the messages out. */
    @Test
    void messagesNameTheAllowedValuesAndTheSupportedRange() {
        assertEquals("medium: " + MEDIA + "; participant: must be true or false",
                invalidParams(() -> questions.recording(new RecordingDecisionInput("UWV", "X", "x", null))));
        assertEquals("conversationDate: " + RANGE, invalidParams(() -> questions.recording(new RecordingDecisionInput("MUNICIPALITY", "AUDIO", "true", "9999-12-31"))));
        assertEquals("conversationDate: " + DATE, invalidParams(() -> questions.recording(new RecordingDecisionInput("MUNICIPALITY", "AUDIO", "true", "2026-W20-1"))));
        assertEquals("conversationDate: " + LEAD_TIME + " (VIDEO at UWV)", invalidParams(() -> questions.recording(new RecordingDecisionInput("UWV", "VIDEO", "true", null))));
    }
}
