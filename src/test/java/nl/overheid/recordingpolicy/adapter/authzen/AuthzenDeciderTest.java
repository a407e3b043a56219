package nl.overheid.recordingpolicy.adapter.authzen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.json.JsonObject;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.overheid.recordingpolicy.adapter.json.JsonbRecordJson;
import nl.overheid.recordingpolicy.adapter.policyfile.PolicyFiles;
import nl.overheid.recordingpolicy.adapter.question.DecisionQuestionParser;
import nl.overheid.recordingpolicy.adapter.question.InputValidator;
import nl.overheid.recordingpolicy.application.security.QueryAccess;
import nl.overheid.recordingpolicy.application.RecordingPolicyService;
import nl.overheid.recordingpolicy.application.audit.CallContext;
import nl.overheid.recordingpolicy.application.audit.DecisionRecord;
import nl.overheid.recordingpolicy.application.audit.TraceContext;
import nl.overheid.recordingpolicy.application.consent.ConsentRequestStore;
import nl.overheid.recordingpolicy.application.security.Caller;
import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;

/**
 * AuthZEN questions answered by the real application service on the shipped rules (no server): the mapping of each
 * question's parts, the answer's context, the decision log's record (which never holds the subject), and bad input
 * named by its AuthZEN path.
 */
class AuthzenDeciderTest {

    private static final PolicySet POLICIES = PolicyFiles.shipped(WorkingDayCalendar.standard());
    /** Thursday 7 May 2026 in Amsterdam: a conversation on 18 May is just in time for a UWV video request. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-05-06T22:30:00Z"), ZoneId.of("Europe/Amsterdam"));
    private static final String CITIZEN = "999993653";
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    private static ValidatorFactory validation;

    private final List<DecisionRecord> log = new ArrayList<>();
    private final List<String> traceparents = new ArrayList<>();
    private final Function<Evaluation, CallContext> calls = evaluation -> {
        String traceparent = Questions.traceparent(evaluation, null);
        traceparents.add(traceparent);
        return new CallContext("authzen unit-test", TraceContext.fromTraceparent(traceparent), Caller.anonymous());
    };

    @BeforeAll
    static void startValidation() {
        validation = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void closeValidation() {
        validation.close();
    }

    private AuthzenDecider decider(AttributeRules rules) {
        ConsentRequestStore noConsentRequests = (ConsentRequestStore) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ConsentRequestStore.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException("no consent request is named in these tests");
                });
        RecordingPolicyService service = new RecordingPolicyService(POLICIES, TODAY, noConsentRequests, log::add,
                new QueryAccess(), new JsonbRecordJson());
        return new AuthzenDecider(service, new DecisionQuestionParser(new InputValidator(validation, POLICIES)), rules,
                POLICIES);
    }

    private JsonObject decide(String request) {
        return decider(AttributeRules.of(List.of())).decide(Evaluation.of(Json.object(request)), calls);
    }

    @Test
    void aRecordingQuestionIsAskedAndLoggedAsRestWouldWithoutTheSubject() {
        JsonObject answer = decide("{'subject':{'type':'citizen','id':'" + CITIZEN + "','properties':{'participant':true,"
                + "'bsn':'" + CITIZEN + "'}},'action':{'name':'record','properties':{'medium':'VIDEO'}},"
                + "'resource':{'type':'conversation','id':'UWV'},'context':{'conversation_date':'2026-05-18',"
                + "'traceparent':'00-" + TRACE + "-00f067aa0ba902b7-01'}}");

        assertFalse(answer.getBoolean("decision"), "CONSENT_REQUIRED is not a permit");
        JsonObject context = answer.getJsonObject("context");
        assertEquals("CONSENT_REQUIRED", context.getString("outcome"));
        assertEquals("EMPLOYEE", context.getString("consent_required_from"));
        assertEquals(1, log.size());
        DecisionRecord record = log.get(0);
        assertEquals(record.decisionId(), context.getString("decision_id"));
        assertEquals("recording_decision", record.event());
        assertEquals(TRACE, record.trace().traceId(), "the context's traceparent is the decision's trace");
        assertEquals("{\"authority\":\"UWV\",\"conversationDate\":\"2026-05-18\",\"medium\":\"VIDEO\",\"participant\":\"true\"}",
                record.requestJson(), "the log holds what the REST request would have held");
        assertFalse(record.toString().contains(CITIZEN), "neither subject.id nor a subject property is stored");
        assertEquals(record.ruleIds(), context.getJsonArray("rules").getValuesAs(JsonObject.class).stream()
                .map(rule -> rule.getString("id")).toList());
        assertTrue(context.getJsonArray("rules").getJsonObject(0).getString("source").length() > 20, "the seed sentence");
        assertEquals(POLICIES.version().version(), context.getString("policy_version"));
        assertTrue(context.getJsonObject("reason_user").getString("nl").contains("toestemming"));
        assertTrue(context.getJsonObject("reason_admin").getString("en").contains(record.decisionId()));
        JsonObject advice = context.getJsonArray("advice").getJsonObject(0);
        assertEquals("adv-1", advice.getString("id"));
        assertEquals("custom", advice.getString("type"));
        assertEquals("REQUEST_CONSENT_IN_TIME", advice.getJsonObject("properties").getString("code"));
    }

    @Test
    void aPermittedRecordingIsTrue() {
        JsonObject answer = decide("{'subject':{'type':'system','id':'case-system-7','properties':{'participant':true}},"
                + "'action':{'name':'record','properties':{'medium':'AUDIO'}},'resource':{'type':'conversation','id':'UWV'}}");

        assertTrue(answer.getBoolean("decision"));
        assertEquals("PERMITTED", answer.getJsonObject("context").getString("outcome"));
        assertFalse(answer.getJsonObject("context").containsKey("consent_required_from"));
    }

    @Test
    void aUsageQuestionIsAskedAsRestWould() {
        JsonObject answer = decide("{'subject':{'type':'citizen','id':'" + CITIZEN + "'},'action':{'name':'use',"
                + "'properties':{'medium':'AUDIO','usage':'NAME_EMPLOYEE_ONLINE'}},'resource':{'type':'recording','id':'MUNICIPALITY'}}");

        assertFalse(answer.getBoolean("decision"));
        assertEquals("NOT_WANTED", answer.getJsonObject("context").getString("outcome"));
        assertEquals("usage_decision", log.get(0).event());
        assertEquals("{\"authority\":\"MUNICIPALITY\",\"medium\":\"AUDIO\",\"usage\":\"NAME_EMPLOYEE_ONLINE\"}", log.get(0).requestJson());
    }

    @Test
    void badValuesAreNamedByTheirAuthzenPathsAndDecideNothing() {
        AuthzenProblem problem = assertThrows(AuthzenProblem.class, () -> decide("{'subject':{'type':'citizen','id':'x',"
                + "'properties':{'participant':'maybe'}},'action':{'name':'record','properties':{'medium':'HOLOGRAM'}},"
                + "'resource':{'type':'conversation','id':'UWX'},'context':{'conversation_date':'2026-13-01'}}"));

        assertEquals(400, problem.status());
        assertEquals(List.of("action.properties.medium", "context.conversation_date", "resource.id",
                "subject.properties.participant"), problem.invalidParams().stream().map(p -> p.name()).distinct().toList());
        assertEquals(List.of(), log, "no decision, no record");
    }

    @Test
    void theQuestionsKindFixesItsActionAndWhoAsks() {
        AuthzenProblem problem = assertThrows(AuthzenProblem.class, () -> decide("{'subject':{'type':'user','id':'x'},"
                + "'action':{'name':'use'},'resource':{'type':'conversation','id':'UWV'},'context':{'time':'noon'}}"));

        assertEquals(List.of("action.name", "context.time", "subject.type"),
                problem.invalidParams().stream().map(p -> p.name()).toList());
    }

    @Test
    void anUnknownResourceTypeIsDeniedWithTheReasonWhenNoRuleTableIsConfigured() {
        AuthzenDecider withoutTable = decider(new AttributeRules());
        JsonObject answer = withoutTable.decide(Evaluation.of(Json.object("{'subject':{'type':'user','id':'alice'},"
                + "'action':{'name':'read'},'resource':{'type':'record','id':'record-1'}}")), calls);

        assertFalse(answer.getBoolean("decision"));
        JsonObject error = answer.getJsonObject("context").getJsonObject("error");
        assertEquals(404, error.getInt("status"));
        assertTrue(error.getString("message").contains("unknown resource type 'record'"), error.getString("message"));
    }

    @Test
    void anotherResourceTypeGoesToTheRuleTableWhenOneIsConfigured() {
        AuthzenDecider withTable = decider(AttributeRules.of(List.of(new AttributeRule("ALICE-READS", "Alice reads",
                java.util.Map.of("subject.id", jakarta.json.Json.createValue("alice")), true))));

        assertTrue(withTable.decide(Evaluation.of(Json.object("{'subject':{'type':'user','id':'alice'},"
                + "'action':{'name':'read'},'resource':{'type':'record','id':'record-1'}}")), calls).getBoolean("decision"));
        assertEquals(List.of(), log, "the rule table's answers are not recording-policy decisions");
    }

    @Test
    void theTraceparentHeaderIsUsedWhenTheContextHasNone() {
        Evaluation evaluation = Evaluation.of(Json.object("{'subject':{'type':'user','id':'a'},'action':{'name':'read'},"
                + "'resource':{'type':'record','id':'r'}}"));
        assertEquals("from-header", Questions.traceparent(evaluation, "from-header"));
    }
}
