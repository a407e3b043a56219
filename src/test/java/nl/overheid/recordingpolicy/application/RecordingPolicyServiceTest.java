package nl.overheid.recordingpolicy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static nl.overheid.recordingpolicy.application.PortFakes.CALL;
import static nl.overheid.recordingpolicy.application.PortFakes.PARENT_SPAN_ID;
import static nl.overheid.recordingpolicy.application.PortFakes.TRACE_ID;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.overheid.recordingpolicy.adapter.json.JsonbRecordJson;
import nl.overheid.recordingpolicy.adapter.policyfile.PolicyFiles;
import nl.overheid.recordingpolicy.adapter.question.DecisionQuestionParser;
import nl.overheid.recordingpolicy.adapter.question.InputValidator;
import nl.overheid.recordingpolicy.adapter.question.LeadTimeInput;
import nl.overheid.recordingpolicy.adapter.question.PolicyListingInput;
import nl.overheid.recordingpolicy.adapter.question.RecordingDecisionInput;
import nl.overheid.recordingpolicy.adapter.question.UsageDecisionInput;
import nl.overheid.recordingpolicy.application.PortFakes.FailingDecisionLog;
import nl.overheid.recordingpolicy.application.PortFakes.InMemoryConsentRequests;
import nl.overheid.recordingpolicy.application.PortFakes.RecordedDecisions;
import nl.overheid.recordingpolicy.application.audit.DecisionLog;
import nl.overheid.recordingpolicy.application.audit.DecisionLogWriter;
import nl.overheid.recordingpolicy.application.audit.DecisionRecord;
import nl.overheid.recordingpolicy.application.configuration.GatewayConfiguration;
import nl.overheid.recordingpolicy.application.consent.ConsentRequestStore;
import nl.overheid.recordingpolicy.application.failure.InvalidInputException;
import nl.overheid.recordingpolicy.application.failure.InvalidParam;
import nl.overheid.recordingpolicy.application.security.Caller;
import nl.overheid.recordingpolicy.application.security.QueryAccess;
import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;
import nl.overheid.recordingpolicy.domain.consent.Channel;
import nl.overheid.recordingpolicy.domain.consent.ConsentApplication;
import nl.overheid.recordingpolicy.domain.consent.ConsentKind;
import nl.overheid.recordingpolicy.domain.consent.ConsentReferences;
import nl.overheid.recordingpolicy.domain.consent.ConsentRequest;
import nl.overheid.recordingpolicy.domain.consent.GrantorDecision;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.ConsentGrantor;
import nl.overheid.recordingpolicy.domain.policy.Decision;
import nl.overheid.recordingpolicy.domain.policy.LeadTimeAnswer;
import nl.overheid.recordingpolicy.domain.policy.LeadTimeAssessment;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.Outcome;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;
import nl.overheid.recordingpolicy.domain.policy.Rule;
import nl.overheid.recordingpolicy.domain.policy.Usage;

/**
 * The use cases of the application layer on the current rules, without a server: "today" is the date of the
 * injected clock in Europe/Amsterdam, every decision gets its own identifier, and the rule listing filters by
 * authority.
 *
 * <p>The fixed example: a UWV video recording of a conversation on Monday 18 May 2026. Five working days before
 * it, skipping Friday 15 May (equated by decree) and Ascension Day on 14 May, is Thursday 7 May: the last day a
 * request is on time.
 *
 * <p>Every decision goes to the decision log (a fake here) in the same call that makes it: exactly one record,
 * carrying the decision's id, outcome, rules and the caller's trace; a log that cannot write means no decision.
 */
class RecordingPolicyServiceTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final PolicySet POLICIES = PolicyFiles.shipped(WorkingDayCalendar.standard());
    private static final LocalDate CONVERSATION = LocalDate.of(2026, 5, 18);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 5, 7);
    /** 00:30 on Thursday 7 May 2026 in Amsterdam: the deadline day. */
    private static final String TODAY_7_MAY = "2026-05-06T22:30:00Z";
    /** Monday 11 May 2026, between the deadline and the conversation. */
    private static final String DAY_11_MAY = "2026-05-11T10:00:00Z";

    private static ValidatorFactory validation;
    private static DecisionQuestionParser questions;

    @BeforeAll
    static void startValidation() {
        validation = Validation.buildDefaultValidatorFactory();
        questions = new DecisionQuestionParser(new InputValidator(validation, POLICIES));
    }

    @AfterAll
    static void closeValidation() {
        validation.close();
    }

    private static RecordingPolicyService serviceAt(String instant, ZoneId zone) {
        return serviceAt(instant, zone, new InMemoryConsentRequests(), new RecordedDecisions());
    }

    private static RecordingPolicyService serviceAt(String instant, ZoneId zone, ConsentRequestStore consentRequests,
                                                    DecisionLogWriter log) {
        return new RecordingPolicyService(POLICIES, Clock.fixed(Instant.parse(instant), zone),
                consentRequests, log, new QueryAccess(false), new JsonbRecordJson());
    }

    /** The questions as an adapter hands them over: parsed from the text received. */
    private static RecordingDecisionQuestion recording(String authority, String medium, String participant,
                                                       String conversationDate) {
        return recording(authority, medium, participant, conversationDate, null);
    }

    private static RecordingDecisionQuestion recording(String authority, String medium, String participant,
                                                       String conversationDate, String consentRequestReference) {
        return questions.recording(new RecordingDecisionInput(authority, medium, participant, conversationDate,
                consentRequestReference));
    }

    private static UsageDecisionQuestion usage(String authority, String medium, String usage) {
        return questions.usage(new UsageDecisionInput(authority, medium, usage));
    }

    private static LeadTimeStatusQuestion leadTime(String authority, String medium, String conversationDate,
                                                   String requestDate) {
        return questions.leadTime(new LeadTimeInput(authority, medium, conversationDate, requestDate));
    }

    private static PolicyListingQuestion listing(String authority) {
        return questions.policyListing(new PolicyListingInput(authority));
    }

    private static RecordingPolicyService serviceAt(String instant) {
        return serviceAt(instant, AMSTERDAM);
    }

    // ------------------------------------------------------------------------------------------ today

    @ParameterizedTest(name = "at {0} (Amsterdam {1}): {2}, onTime {3}")
    @CsvSource({
        // instant (UTC)         today in Amsterdam  outcome           onTime
        "2026-05-06T21:59:59Z,   2026-05-06,         CONSENT_REQUIRED, true",  // 23:59:59 on 6 May (CEST, UTC+2)
        "2026-05-06T22:30:00Z,   2026-05-07,         CONSENT_REQUIRED, true",  // still 6 May in UTC, already 7 May
        "2026-05-07T21:59:59Z,   2026-05-07,         CONSENT_REQUIRED, true",  // last second of the deadline day
        "2026-05-07T22:00:00Z,   2026-05-08,         CONSENT_REQUIRED, false", // still 7 May in UTC: late already
        "2026-05-07T22:30:00Z,   2026-05-08,         CONSENT_REQUIRED, false",
    })
    void todayIsTheDateOfTheClockInAmsterdam(String instant, LocalDate today, Outcome outcome, boolean onTime) {
        RecordingPolicyService service = serviceAt(instant);
        assertEquals(today, service.today(), "today at " + instant);

        Decision decision = service.evaluateRecording(
                recording("UWV", "VIDEO", "true", CONVERSATION.toString()), CALL).decision();

        assertEquals(outcome, decision.outcome(), "outcome at " + instant);
        LeadTimeAssessment leadTime = decision.leadTime().orElseThrow(() -> new AssertionError("no lead time"));
        assertEquals(today, leadTime.requestDate(), "requestDate: the request is made today");
        assertEquals(Optional.of(DEADLINE), leadTime.deadline(), "deadline");
        assertEquals(Optional.of(onTime), leadTime.onTime(), "onTime at " + instant);
        assertEquals(outcome == Outcome.CONSENT_REQUIRED ? Optional.of(ConsentGrantor.EMPLOYEE) : Optional.empty(),
                decision.consentGrantor(), "consentGrantor");
    }

    /**
     * The service takes "today" from its clock only, so which zone that is matters: the same instant on a UTC
     * clock is still the deadline day. The production clock must therefore be in Europe/Amsterdam.
     */
    @Test
    void theDateDependsOnTheClockZoneAndTheGatewayClockIsInAmsterdam() {
        String instant = "2026-05-07T22:30:00Z";
        assertEquals(LocalDate.of(2026, 5, 8), serviceAt(instant, AMSTERDAM).today());
        assertEquals(LocalDate.of(2026, 5, 7), serviceAt(instant, ZoneOffset.UTC).today());
        assertEquals(AMSTERDAM, GatewayConfiguration.ZONE);
        assertEquals(AMSTERDAM, new GatewayConfiguration().clock().getZone(), "zone of the gateway's clock");
    }

    // ------------------------------------------------------------------------------------------ lead time

    @ParameterizedTest(name = "requestDate {0} -> {1}, onTime {2}")
    @CsvSource(nullValues = "-", value = {
        "-,          2026-05-07, true",  // left out: today, from the clock
        "2026-05-07, 2026-05-07, true",
        "2026-05-08, 2026-05-08, false", // a given date overrides today
        "2026-04-01, 2026-04-01, true",
    })
    void leadTimeRequestDateDefaultsToTodayAndAGivenDateOverridesIt(String requestDate, LocalDate expectedRequestDate,
                                                                     boolean onTime) {
        LeadTimeAnswer answer = serviceAt("2026-05-06T22:30:00Z")
                .leadTimeStatus(leadTime("UWV", "VIDEO", CONVERSATION.toString(), requestDate), Caller.anonymous());

        LeadTimeAssessment assessment = answer.assessment();
        assertTrue(assessment.required(), "a lead time applies to video at UWV");
        assertEquals(5, assessment.workingDays());
        assertEquals(expectedRequestDate, assessment.requestDate(), "requestDate");
        assertEquals(Optional.of(DEADLINE), assessment.deadline(), "deadline");
        assertEquals(Optional.of(onTime), assessment.onTime(), "onTime");
        assertEquals(List.of("UWV-VIDEO-LEAD-TIME"), answer.ruleIds());
        assertEquals(PolicySet.CURRENT_VERSION, answer.policyVersion());
    }

    @Test
    void leadTimeWithoutConversationWhereNoneAppliesStillReportsToday() {
        LeadTimeAnswer answer = serviceAt("2026-05-06T22:30:00Z")
                .leadTimeStatus(leadTime("MUNICIPALITY", "VIDEO", null, null), Caller.anonymous());

        assertFalse(answer.assessment().required());
        assertEquals(0, answer.assessment().workingDays());
        assertEquals(LocalDate.of(2026, 5, 7), answer.assessment().requestDate());
        assertEquals(Optional.empty(), answer.assessment().deadline());
        assertEquals(Optional.empty(), answer.assessment().onTime());
    }

    // ------------------------------------------------------------------------------------------ decision ids

    @Test
    void everyDecisionGetsItsOwnUuid() {
        RecordingPolicyService service = serviceAt("2026-05-06T22:30:00Z");
        RecordingDecisionQuestion recording = recording("UWV", "VIDEO", "true", "2026-05-18");
        UsageDecisionQuestion usage = usage("MUNICIPALITY", "AUDIO", "PUBLISH");

        List<IssuedDecision> issued = Stream.of(
                service.evaluateRecording(recording, CALL), service.evaluateRecording(recording, CALL),
                service.evaluateRecording(recording, CALL), service.evaluateUsage(usage, CALL),
                service.evaluateUsage(usage, CALL)).toList();

        Set<String> ids = new HashSet<>();
        for (IssuedDecision decision : issued) {
            String id = decision.decisionId();
            assertEquals(id, UUID.fromString(id).toString(), "decisionId is a UUID in canonical form: " + id);
            assertTrue(ids.add(id), "decisionId " + id + " was issued twice");
        }
        assertEquals(issued.get(0).decision(), issued.get(1).decision(), "the same question gets the same answer");
        assertNotEquals(issued.get(0).decisionId(), issued.get(1).decisionId(), "but a new identifier");
    }

    // ------------------------------------------------------------------------------------------ policies

    @Test
    void policiesWithoutAuthorityListsEveryRule() {
        PolicyListing listing = serviceAt("2026-05-06T22:30:00Z").policies(listing(null), Caller.anonymous());

        assertEquals(PolicySet.CURRENT_VERSION, listing.policyVersion());
        assertEquals(POLICIES.rules(), listing.rules());
        assertEquals(Set.of(Authority.UWV, Authority.MUNICIPALITY),
                listing.rules().stream().map(Rule::authority).collect(java.util.stream.Collectors.toSet()));
    }

    @ParameterizedTest(name = "policies(\"{0}\")")
    @CsvSource({"UWV, UWV-", "MUNICIPALITY, GEM-"})
    void policiesOfAnAuthorityListOnlyItsRules(Authority authority, String idPrefix) {
        PolicyListing listing = serviceAt("2026-05-06T22:30:00Z").policies(listing(authority.name()), Caller.anonymous());

        assertEquals(PolicySet.CURRENT_VERSION, listing.policyVersion());
        assertFalse(listing.rules().isEmpty(), "rules of " + authority);
        List<String> others = listing.rules().stream()
                .filter(rule -> !rule.authority().equals(authority) || !rule.id().startsWith(idPrefix))
                .map(Rule::id).toList();
        assertEquals(List.of(), others, "rules listed for " + authority + " that are not its own");
        List<Rule> expected = POLICIES.rules().stream().filter(rule -> rule.authority().equals(authority)).toList();
        assertEquals(expected, listing.rules(), "every rule of " + authority + ", in catalogue order");
    }

    // ------------------------------------------------------------------------------------------ decision log

    @Test
    void aRecordingDecisionAppendsExactlyOneRecordWithItsIdOutcomeRulesAndTheCallersTrace() {
        RecordedDecisions log = new RecordedDecisions();
        RecordingPolicyService service = serviceAt(TODAY_7_MAY, AMSTERDAM, new InMemoryConsentRequests(), log);

        IssuedDecision issued = service.evaluateRecording(
                recording("UWV", "VIDEO", "true", CONVERSATION.toString()), CALL);

        assertEquals(1, log.records.size(), "records appended");
        DecisionRecord record = log.records.get(0);
        assertEquals(issued.decisionId(), record.decisionId());
        assertEquals("recording_decision", record.event());
        assertEquals(Outcome.CONSENT_REQUIRED, issued.decision().outcome());
        assertEquals("CONSENT_REQUIRED", record.status(), "status: the outcome");
        assertEquals(issued.decision().ruleIds(), record.ruleIds());
        assertTrue(record.ruleIds().containsAll(List.of("UWV-VIDEO-CONSENT", "UWV-VIDEO-LEAD-TIME")), record.ruleIds().toString());
        assertEquals(PolicySet.CURRENT_VERSION, record.policyVersion());
        assertEquals(CALL.trace(), record.trace(), "the trace of the call, unchanged");
        assertEquals(TRACE_ID, record.trace().traceId());
        assertEquals(Optional.of(PARENT_SPAN_ID), record.trace().parentSpanId());
        assertEquals(CALL.caller(), record.caller());
        assertEquals(Instant.parse(TODAY_7_MAY), record.timestamp(), "stamped by the service's clock");
        assertEquals(Optional.empty(), record.consentReference(), "no consent request was named");
        assertTrue(record.requestJson().contains("\"conversationDate\":\"2026-05-18\""), record.requestJson());
        assertTrue(record.responseJson().contains(issued.decisionId()), "the answer as given: " + record.responseJson());
        assertTrue(record.responseJson().contains("CONSENT_REQUIRED"), record.responseJson());
        assertEquals(issued.answerJson(), record.responseJson(), "the log holds exactly the answer REST returns");
    }

    @Test
    void aUsageDecisionAppendsExactlyOneRecordWithItsIdOutcomeRulesAndTheCallersTrace() {
        RecordedDecisions log = new RecordedDecisions();
        RecordingPolicyService service = serviceAt(TODAY_7_MAY, AMSTERDAM, new InMemoryConsentRequests(), log);

        IssuedDecision issued = service.evaluateUsage(usage("MUNICIPALITY", "AUDIO", "PUBLISH"), CALL);

        assertEquals(1, log.records.size(), "records appended");
        DecisionRecord record = log.records.get(0);
        assertEquals(issued.decisionId(), record.decisionId());
        assertEquals("usage_decision", record.event());
        assertEquals(issued.decision().outcome().name(), record.status());
        assertEquals(issued.decision().ruleIds(), record.ruleIds());
        assertFalse(record.ruleIds().isEmpty());
        assertEquals(CALL.trace(), record.trace());
        assertEquals(CALL.caller(), record.caller());
        assertEquals(PolicySet.CURRENT_VERSION, record.policyVersion());
        assertEquals(Optional.empty(), record.consentReference());
    }

    @Test
    void eachDecisionHasItsOwnRecordInTheOrderTheyWereGiven() {
        RecordedDecisions log = new RecordedDecisions();
        RecordingPolicyService service = serviceAt(TODAY_7_MAY, AMSTERDAM, new InMemoryConsentRequests(), log);

        List<IssuedDecision> issued = List.of(
                service.evaluateRecording(recording("UWV", "AUDIO", "true", null), CALL),
                service.evaluateUsage(usage("UWV", "AUDIO", "PUBLISH"), CALL),
                service.evaluateRecording(recording("MUNICIPALITY", "PHOTO", "false", null), CALL));

        assertEquals(issued.stream().map(IssuedDecision::decisionId).toList(),
                log.records.stream().map(DecisionRecord::decisionId).toList());
        assertEquals(List.of("recording_decision", "usage_decision", "recording_decision"),
                log.records.stream().map(DecisionRecord::event).toList());
        assertEquals(List.of("PERMITTED", "CONSENT_REQUIRED", "NOT_PERMITTED"),
                log.records.stream().map(DecisionRecord::status).toList());
    }

    @Test
    void noDecisionWithoutARecord() {
        FailingDecisionLog log = new FailingDecisionLog();
        RecordingPolicyService service = serviceAt(TODAY_7_MAY, AMSTERDAM, new InMemoryConsentRequests(), log);

        RuntimeException recording = assertThrows(RuntimeException.class, () -> service.evaluateRecording(
                recording("UWV", "VIDEO", "true", CONVERSATION.toString()), CALL));
        RuntimeException usage = assertThrows(RuntimeException.class,
                () -> service.evaluateUsage(usage("UWV", "AUDIO", "PUBLISH"), CALL));

        assertEquals(FailingDecisionLog.FAILURE, recording.getMessage());
        assertEquals(FailingDecisionLog.FAILURE, usage.getMessage());
        assertEquals(2, log.attempts, "each decision tried to write its record once");
    }

    @Test
    void aQuestionThatCannotBeAnsweredLeavesNoRecord() {
        RecordedDecisions log = new RecordedDecisions();
        RecordingPolicyService service = serviceAt(TODAY_7_MAY, AMSTERDAM, new InMemoryConsentRequests(), log);

        assertThrows(InvalidInputException.class,
                () -> service.evaluateRecording(recording("UWV", "VIDEO", "true", null), CALL));
        assertThrows(InvalidInputException.class,
                () -> service.evaluateUsage(usage("UWV", "AUDIO", "SELL"), CALL));

        assertEquals(List.of(), log.records);
    }

    // ------------------------------------------------------------------------------------------ consent requests

    @Test
    void anUnknownConsentRequestReferenceIsInvalidInputNamingIt() {
        RecordedDecisions log = new RecordedDecisions();
        RecordingPolicyService service = serviceAt(TODAY_7_MAY, AMSTERDAM, new InMemoryConsentRequests(), log);

        InvalidInputException rejected = assertThrows(InvalidInputException.class, () -> service.evaluateRecording(
                recording("UWV", "VIDEO", "true", CONVERSATION.toString(), ConsentReferences.newReference()),
                CALL));

        assertEquals(List.of(new InvalidParam("consentRequestReference", "is not a known consent request")),
                rejected.invalidParams());
        assertEquals(List.of(), log.records, "no decision, so no record");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", value = {
        "-,       CONSENT_REQUIRED, SUBMITTED",
        "GRANTED, PERMITTED,        GRANTED",
        "DENIED,  NOT_PERMITTED,    DENIED",
    })
    void aNamedConsentRequestDecidesAnImageRecordingAtUwvAndIsRecorded(GrantorDecision grantor, Outcome outcome,
                                                                       String status) {
        ConsentRequest request = recordingRequest(Medium.VIDEO);
        if (grantor != null) {
            request = request.decide(grantor, Optional.empty(), LocalDate.of(2026, 5, 11), Instant.parse(DAY_11_MAY));
        }
        RecordedDecisions log = new RecordedDecisions();
        RecordingPolicyService service = serviceAt(DAY_11_MAY, AMSTERDAM, new InMemoryConsentRequests().with(request), log);

        IssuedDecision issued = service.evaluateRecording(recording("UWV", "VIDEO", "true",
                CONVERSATION.toString(), request.reference()), CALL);

        assertEquals(outcome, issued.decision().outcome());
        assertEquals(request.reference(), issued.decision().consentRequest().orElseThrow().reference());
        assertEquals(status, issued.decision().consentRequest().orElseThrow().status());
        assertEquals(1, log.records.size());
        assertEquals(Optional.of(request.reference()), log.records.get(0).consentReference());
        assertEquals(outcome.name(), log.records.get(0).status());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "MUNICIPALITY | VIDEO | 2026-05-18",
        "UWV          | PHOTO | 2026-05-18",
        "UWV          | VIDEO | 2026-05-19",
    })
    void aConsentRequestForAnotherRecordingIsInvalidInputNamingIt(String authority, String medium, String conversationDate) {
        ConsentRequest request = recordingRequest(Medium.VIDEO)
                .decide(GrantorDecision.GRANTED, Optional.empty(), LocalDate.of(2026, 5, 11), Instant.parse(DAY_11_MAY));
        RecordedDecisions log = new RecordedDecisions();
        RecordingPolicyService service = serviceAt(DAY_11_MAY, AMSTERDAM, new InMemoryConsentRequests().with(request), log);

        InvalidInputException rejected = assertThrows(InvalidInputException.class, () -> service.evaluateRecording(
                recording(authority, medium, "true", conversationDate, request.reference()), CALL));

        assertEquals(List.of("consentRequestReference"), rejected.invalidParams().stream().map(InvalidParam::name).toList());
        assertTrue(rejected.invalidParams().get(0).reason().startsWith("is a consent request for another recording"),
                rejected.invalidParams().toString());
        assertEquals(List.of(), log.records);
    }

    @Test
    void aPublicationRequestCannotPermitARecording() {
        ConsentRequest publication = ConsentRequest.submit(new ConsentApplication(ConsentKind.PUBLICATION, Authority.UWV,
                        Medium.VIDEO, Optional.of(Usage.PUBLISH), CONVERSATION, Channel.MIJN_UWV, "ZAAK-UNIT-1",
                        LocalDate.of(2026, 5, 7)),
                ConsentReferences.newReference(), POLICIES, Instant.parse(TODAY_7_MAY));
        RecordingPolicyService service = serviceAt(DAY_11_MAY, AMSTERDAM,
                new InMemoryConsentRequests().with(publication), new RecordedDecisions());

        InvalidInputException rejected = assertThrows(InvalidInputException.class, () -> service.evaluateRecording(
                recording("UWV", "VIDEO", "true", CONVERSATION.toString(), publication.reference()), CALL));

        assertEquals(List.of("consentRequestReference"), rejected.invalidParams().stream().map(InvalidParam::name).toList());
    }

    @Test
    void aMalformedConsentRequestReferenceIsInvalidInputNamingIt() {
        RecordingPolicyService service = serviceAt(TODAY_7_MAY);

        InvalidInputException rejected = assertThrows(InvalidInputException.class, () -> service.evaluateRecording(
                recording("UWV", "VIDEO", "true", CONVERSATION.toString(), "CR-123"), CALL));

        assertEquals(List.of("consentRequestReference"), rejected.invalidParams().stream().map(InvalidParam::name).toList());
    }

    /** A recording request at UWV for the example conversation, asked on the deadline day (on time), still open. */
    private static ConsentRequest recordingRequest(Medium medium) {
        return ConsentRequest.submit(new ConsentApplication(ConsentKind.RECORDING, Authority.UWV, medium, Optional.empty(),
                        CONVERSATION, Channel.MIJN_UWV, "ZAAK-UNIT-1", DEADLINE),
                ConsentReferences.newReference(), POLICIES, Instant.parse(TODAY_7_MAY));
    }
}
