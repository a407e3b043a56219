package nl.overheid.recordingpolicy.adapter.adl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import nl.overheid.recordingpolicy.adapter.policyfile.PolicyFiles;
import nl.overheid.recordingpolicy.adapter.json.JsonText;
import nl.overheid.recordingpolicy.application.RecordingDecisionQuestion;
import nl.overheid.recordingpolicy.application.UsageDecisionQuestion;
import nl.overheid.recordingpolicy.application.audit.DecisionEvents;
import nl.overheid.recordingpolicy.application.audit.DecisionRecord;
import nl.overheid.recordingpolicy.application.audit.TraceContext;
import nl.overheid.recordingpolicy.application.view.DecisionView;
import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.Decision;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.Platform;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;
import nl.overheid.recordingpolicy.domain.policy.RecordingQuestion;
import nl.overheid.recordingpolicy.domain.policy.Rule;
import nl.overheid.recordingpolicy.domain.policy.Usage;
import nl.overheid.recordingpolicy.domain.policy.UsageQuestion;

/**
 * A decision-log record in the Authorization Decision Log shape, from records made as the service makes them (the
 * question as received, the answer as given, on the shipped policy): every field of the standard, the AuthZEN
 * request and response after the team's mapping, and the flag for the citizen's identity left out.
 */
class AdlRecordRenderingTest {

    private static final PolicySet POLICIES = PolicyFiles.shipped(WorkingDayCalendar.standard());
    private static final Map<String, Rule> RULES = POLICIES.rules().stream()
            .collect(Collectors.toMap(Rule::id, Function.identity()));
    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String CALLER_SPAN = "b7ad6b7169203331";
    private static final TraceContext TRACED = TraceContext.fromTraceparent("00-" + TRACE_ID + "-" + CALLER_SPAN + "-01");
    private static final Instant AT = Instant.parse("2026-05-07T08:15:30.123Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 7);
    private static final LocalDate CONVERSATION = LocalDate.of(2026, 6, 18);
    private static final String ID = "019e0a5c-7f2b-7d41-9a0e-5c3b2d1e4f60";

    private static DecisionRecord recording(TraceContext trace, RecordingDecisionQuestion.Logged input, Optional<String> contentId) {
        Decision decision = POLICIES.recording().evaluate(new RecordingQuestion(POLICIES.authority(input.authority())
                .orElseThrow(), Medium.valueOf(input.medium()), Boolean.parseBoolean(input.participant()),
                Optional.ofNullable(input.conversationDate()).map(LocalDate::parse)), TODAY, Optional.empty());
        return record("recording_decision", trace, input, decision, contentId);
    }

    private static DecisionRecord record(String event, TraceContext trace, Object input, Decision decision,
                                         Optional<String> contentId) {
        return new DecisionRecord(ID, trace, event, AT, decision.outcome().name(), "rest anonymous@127.0.0.1",
                JsonText.write(input), JsonText.write(DecisionView.of(ID, decision)), decision.ruleIds(),
                decision.policyVersion(), Optional.empty(), contentId);
    }

    private static JsonObject render(DecisionRecord record) {
        return AdlRecordRendering.render(record, RULES, POLICIES.texts(), id -> "/api/v1/policy-versions/" + id);
    }

    private static DecisionRecord videoAtUwv() {
        return recording(TRACED, new RecordingDecisionQuestion.Logged("UWV", "VIDEO", "true", CONVERSATION.toString(), null),
                POLICIES.contentId());
    }

    @Test
    void theTraceIdsAreTheRecordsAndTheParentIsTheCallersSpan() {
        JsonObject adl = render(videoAtUwv());

        assertEquals(TRACE_ID, adl.getString("trace_id"));
        assertEquals(TRACED.spanId(), adl.getString("span_id"));
        assertTrue(adl.getString("span_id").matches("[0-9a-f]{16}"));
        assertEquals(CALLER_SPAN, adl.getString("parent_span_id"));
    }

    @Test
    void withoutACallersTraceTheGatewaysSpanIsTheRootAndHasNoParent() {
        TraceContext root = TraceContext.newTrace();

        JsonObject adl = render(recording(root, new RecordingDecisionQuestion.Logged("UWV", "AUDIO", "true", null, null),
                POLICIES.contentId()));

        assertEquals(root.traceId(), adl.getString("trace_id"));
        assertFalse(adl.containsKey("parent_span_id"));
    }

    @Test
    void theTimestampIsMillisecondsSinceTheEpochAsANumber() {
        JsonObject adl = render(videoAtUwv());

        assertEquals(JsonValue.ValueType.NUMBER, adl.get("timestamp").getValueType());
        assertEquals(AT.toEpochMilli(), adl.getJsonNumber("timestamp").longValueExact());
        assertEquals(1_778_141_730_123L, adl.getJsonNumber("timestamp").longValueExact());
    }

    @Test
    void aRecordingDecisionIsAnAccessEvaluationThatCompleted() {
        JsonObject adl = render(videoAtUwv());

        assertEquals("adl.access_evaluation", adl.getString("event_name"));
        assertEquals("Ok", adl.getString("status"));
        assertEquals("recording-policy-gateway", adl.getJsonObject("resource").getString("service.name"));
    }

    @Test
    void theRecordingQuestionIsInAuthZenFormWithoutTheCitizensIdentity() {
        JsonObject request = render(videoAtUwv()).getJsonObject("body").getJsonObject("adl.core.request");

        assertEquals(JsonText.read("""
                {"subject": {"type": "citizen", "properties": {"participant": true}},
                 "action": {"name": "record", "properties": {"medium": "VIDEO"}},
                 "resource": {"type": "conversation", "id": "UWV"},
                 "context": {"conversation_date": "2026-06-18"}}""", JsonObject.class).toString(), request.toString());
        assertFalse(request.getJsonObject("subject").containsKey("id"));
    }

    @Test
    void theRecordingQuestionsParticipantIsABooleanAndItsConsentRequestIsContext() {
        JsonObject request = AuthZenRendering.request("recording_decision", JsonText.write(new RecordingDecisionQuestion.Logged(
                "MUNICIPALITY", "AUDIO", "0", null, "CR-01JD0000000000000000000000")));

        assertEquals(JsonValue.FALSE, request.getJsonObject("subject").getJsonObject("properties").get("participant"));
        assertEquals("MUNICIPALITY", request.getJsonObject("resource").getString("id"));
        assertEquals(Map.of("consent_request_reference", "CR-01JD0000000000000000000000"),
                strings(request.getJsonObject("context")));
    }

    @Test
    void theOmissionOfTheCitizensIdentityIsFlaggedAsAPointerIntoTheRecord() {
        JsonObject adl = render(videoAtUwv());

        assertEquals(List.of("/body/adl.core.request/subject/id"),
                adl.getJsonObject("attributes").getJsonArray(AdlRecordRendering.OMITTED).getValuesAs(JsonString.class)
                        .stream().map(JsonString::getString).toList());
        JsonObject subject = adl.getJsonObject("body").getJsonObject("adl.core.request").getJsonObject("subject");
        assertFalse(subject.containsKey("id"), "the pointer names what is not there");
    }

    @Test
    void theAnswerIsAnAuthZenDecisionWithTheOutcomeAndItsGroundsAsContext() {
        DecisionRecord record = videoAtUwv();
        JsonObject response = render(record).getJsonObject("body").getJsonObject("adl.core.response");
        JsonObject context = response.getJsonObject("context");

        assertEquals(JsonValue.FALSE, response.get("decision"), "CONSENT_REQUIRED is not a yes");
        assertEquals("CONSENT_REQUIRED", context.getString("outcome"));
        assertEquals(ID, context.getString("decision_id"));
        assertEquals("EMPLOYEE", context.getString("consent_required_from"));
        JsonObject given = JsonText.read(record.responseJson(), JsonObject.class);
        assertEquals(given.getJsonObject("explanation"), context.getJsonObject("reason_user"));
        String rules = String.join(", ", record.ruleIds());
        String version = record.policyVersion().version() + ", " + record.policyVersion().effectiveFrom();
        assertTrue(rules.contains("UWV-VIDEO-CONSENT"), rules);
        assertEquals("CONSENT_REQUIRED under the rules " + rules + " (policy version " + version
                + "); decision-log record " + ID + ".", context.getJsonObject("reason_admin").getString("en"));
        assertEquals("CONSENT_REQUIRED volgens de regels " + rules + " (beleidsversie " + version
                + "); beslislogrecord " + ID + ".", context.getJsonObject("reason_admin").getString("nl"));
        assertEquals(record.ruleIds(), context.getJsonArray("rules").getValuesAs(JsonObject.class).stream()
                .map(rule -> rule.getString("id")).toList());
        JsonObject consentRule = context.getJsonArray("rules").getValuesAs(JsonObject.class).stream()
                .filter(rule -> rule.getString("id").equals("UWV-VIDEO-CONSENT")).findFirst().orElseThrow();
        assertEquals(RULES.get("UWV-VIDEO-CONSENT").source().text(), consentRule.getString("source"),
                "the sentence of the published rules the rule quotes");
        assertEquals("2026.1", context.getString("policy_version"));
        // obligations profile (draft 1): {id, type, properties: {code, rule_id}}, as the AuthZEN API answers
        JsonObject advice = context.getJsonArray("advice").getJsonObject(0);
        assertEquals("adv-1", advice.getString("id"));
        assertEquals("custom", advice.getString("type"));
        assertEquals(given.getJsonArray("advice").getJsonObject(0).getString("ruleId"),
                advice.getJsonObject("properties").getString("rule_id"));
        assertEquals(given.getJsonArray("advice").getJsonObject(0).getString("code"),
                advice.getJsonObject("properties").getString("code"));
    }

    @Test
    void onlyAPermittedOutcomeIsDecisionTrueAndItNamesNoGrantor() {
        JsonObject response = render(recording(TRACED, new RecordingDecisionQuestion.Logged("UWV", "AUDIO", "true", null, null),
                POLICIES.contentId())).getJsonObject("body").getJsonObject("adl.core.response");

        assertEquals(JsonValue.TRUE, response.get("decision"));
        assertEquals("PERMITTED", response.getJsonObject("context").getString("outcome"));
        assertFalse(response.getJsonObject("context").containsKey("consent_required_from"));
        assertEquals("PRIVATE_USE_ONLY", response.getJsonObject("context").getJsonArray("obligations")
                .getJsonObject(0).getJsonObject("properties").getString("code"));
    }

    @Test
    void aUsageDecisionIsTheUseOfTheRecordingAtTheAuthority() {
        UsageDecisionQuestion.Logged input = new UsageDecisionQuestion.Logged("UWV", "AUDIO", "PUBLISH", "SOCIAL_MEDIA", null, null);
        Decision decision = POLICIES.usage().evaluate(new UsageQuestion(Authority.UWV, Medium.AUDIO, Usage.PUBLISH,
                Optional.of(Platform.SOCIAL_MEDIA), Optional.empty(), Optional.empty()));

        JsonObject adl = render(record("usage_decision", TRACED, input, decision, POLICIES.contentId()));
        JsonObject request = adl.getJsonObject("body").getJsonObject("adl.core.request");

        assertEquals("adl.access_evaluation", adl.getString("event_name"));
        assertEquals(JsonText.read("""
                {"subject": {"type": "citizen"},
                 "action": {"name": "use", "properties": {"medium": "AUDIO", "usage": "PUBLISH", "platform": "SOCIAL_MEDIA"}},
                 "resource": {"type": "recording", "id": "UWV"}}""", JsonObject.class).toString(), request.toString());
        assertEquals(decision.outcome().name(), adl.getJsonObject("body").getJsonObject("adl.core.response")
                .getJsonObject("context").getString("outcome"));
    }

    @Test
    void aUsageQuestionsConsentRequestsAreContext() {
        JsonObject request = AuthZenRendering.request("usage_decision", JsonText.write(new UsageDecisionQuestion.Logged("UWV",
                "VIDEO", "PUBLISH", null, "CR-01JD0000000000000000000000", "CR-01JE0000000000000000000000")));

        assertEquals(Map.of("recording_consent_request_reference", "CR-01JD0000000000000000000000",
                "publication_consent_request_reference", "CR-01JE0000000000000000000000"),
                strings(request.getJsonObject("context")));
        assertFalse(request.getJsonObject("action").getJsonObject("properties").containsKey("platform"));
    }

    @Test
    void thePolicyReferenceNamesTheVersionItsIdAndWhereToRetrieveIt() {
        String id = POLICIES.contentId().orElseThrow();

        JsonObject reference = render(videoAtUwv()).getJsonObject("attributes").getJsonObject("adl.core.policies")
                .getJsonObject("recording-policy");

        assertEquals("2026.1", reference.getString("version"));
        assertEquals(id, reference.getString("id"));
        assertEquals("/api/v1/policy-versions/" + id, reference.getString("href"));
    }

    @Test
    void aRecordFromBeforeTheArchiveNamesTheVersionLabelOnlyAndRulesByIdOnly() {
        DecisionRecord old = recording(TRACED, new RecordingDecisionQuestion.Logged("UWV", "VIDEO", "true", CONVERSATION.toString(), null),
                Optional.empty());

        JsonObject adl = AdlRecordRendering.render(old, Map.of(), POLICIES.texts(), id -> "/api/v1/policy-versions/" + id);

        assertEquals(Map.of("version", "2026.1"), strings(adl.getJsonObject("attributes")
                .getJsonObject("adl.core.policies").getJsonObject("recording-policy")));
        adl.getJsonObject("body").getJsonObject("adl.core.response").getJsonObject("context").getJsonArray("rules")
                .getValuesAs(JsonObject.class).forEach(rule -> assertEquals(List.of("id"), List.copyOf(rule.keySet())));
    }

    @Test
    void aConsentStatusChangeIsNoAccessEvaluation() {
        DecisionRecord change = new DecisionRecord(ID, TRACED, "consent_granted", AT, "GRANTED", "rest officer@127.0.0.1",
                "{}", "{}", List.of(), PolicySet.CURRENT_VERSION, Optional.of("CR-01JD0000000000000000000000"),
                POLICIES.contentId());

        assertFalse(DecisionEvents.isAccessEvaluation("consent_granted"));
        assertFalse(DecisionEvents.isAccessEvaluation("acknowledgement_registered"));
        assertTrue(DecisionEvents.isAccessEvaluation("recording_decision"));
        assertTrue(DecisionEvents.isAccessEvaluation("usage_decision"));
        assertThrows(IllegalArgumentException.class, () -> render(change));
    }

    private static Map<String, String> strings(JsonObject object) {
        return object.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> ((JsonString) entry.getValue()).getString()));
    }
}
