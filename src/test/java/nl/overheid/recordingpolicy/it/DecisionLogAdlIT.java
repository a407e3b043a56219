package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The decision log read in the Authorization Decision Log shape, over HTTP: a recording and a usage decision asked
 * with a traceparent, read back by the auditor as ADL records (trace ids, event, timestamp, AuthZEN request and
 * response, the citizen's identity flagged as left out), and the policy reference followed to the exact policy files,
 * whose id the test recomputes.
 */
class DecisionLogAdlIT extends DeployedGateway {

    private Http http;
    private Http auditor;
    private JsonObject contract;

    @BeforeEach
    void clients() {
        http = new Http(base);
        auditor = http.as(ItIdentities.arquillian(), "auditor");
        contract = Http.json(http.get("/api/v1/openapi.json"));
    }

    @Test
    void aRecordingAndAUsageDecisionReadBackAsAdlRecordsWhosePolicyReferenceResolves() throws Exception {
        String[] recordingTrace = ConsentRest.newTraceparent();
        String conversation = ConsentRest.onTimeConversation().toString();
        JsonObject recording = Http.json(http.postJson("/api/v1/recording-decisions", "{\"authority\":\"UWV\","
                + "\"medium\":\"VIDEO\",\"participant\":true,\"conversationDate\":\"" + conversation + "\"}",
                "traceparent", recordingTrace[0]));
        String[] usageTrace = ConsentRest.newTraceparent();
        JsonObject usage = Http.json(http.postJson("/api/v1/usage-decisions",
                "{\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"usage\":\"PUBLISH\",\"platform\":\"SOCIAL_MEDIA\"}",
                "traceparent", usageTrace[0]));

        JsonObject recordingAdl = adlRecord(recording.getString("decisionId"));
        JsonObject usageAdl = adlRecord(usage.getString("decisionId"));

        assertTraced(recordingAdl, recordingTrace, recording.getString("decisionId"));
        assertTraced(usageAdl, usageTrace, usage.getString("decisionId"));
        for (JsonObject adl : List.of(recordingAdl, usageAdl)) {
            assertEquals("adl.access_evaluation", adl.getString("event_name"));
            assertEquals("Ok", adl.getString("status"));
            assertEquals(List.of("/body/adl.core.request/subject/id"), strings(adl.getJsonObject("attributes")
                    .getJsonArray("recordingpolicy.privacy.omitted").getValuesAs(JsonString.class)));
            JsonObject subject = adl.getJsonObject("body").getJsonObject("adl.core.request").getJsonObject("subject");
            assertEquals("citizen", subject.getString("type"));
            assertFalse(subject.containsKey("id"), "the citizen's identity is never in the log");
        }

        JsonObject recordingRequest = recordingAdl.getJsonObject("body").getJsonObject("adl.core.request");
        assertEquals("record", recordingRequest.getJsonObject("action").getString("name"));
        assertEquals("VIDEO", recordingRequest.getJsonObject("action").getJsonObject("properties").getString("medium"));
        assertEquals("conversation", recordingRequest.getJsonObject("resource").getString("type"));
        assertEquals("UWV", recordingRequest.getJsonObject("resource").getString("id"));
        assertTrue(recordingRequest.getJsonObject("subject").getJsonObject("properties").getBoolean("participant"));
        assertEquals(conversation, recordingRequest.getJsonObject("context").getString("conversation_date"));
        JsonObject recordingResponse = recordingAdl.getJsonObject("body").getJsonObject("adl.core.response");
        assertFalse(recordingResponse.getBoolean("decision"));
        assertEquals(recording.getString("outcome"), recordingResponse.getJsonObject("context").getString("outcome"));
        assertEquals("EMPLOYEE", recordingResponse.getJsonObject("context").getString("consent_required_from"));
        assertEquals(recording.getJsonObject("explanation"), recordingResponse.getJsonObject("context")
                .getJsonObject("reason_user"));

        JsonObject usageRequest = usageAdl.getJsonObject("body").getJsonObject("adl.core.request");
        assertEquals("use", usageRequest.getJsonObject("action").getString("name"));
        assertEquals("SOCIAL_MEDIA", usageRequest.getJsonObject("action").getJsonObject("properties").getString("platform"));
        assertEquals("recording", usageRequest.getJsonObject("resource").getString("type"));
        JsonObject usageResponse = usageAdl.getJsonObject("body").getJsonObject("adl.core.response");
        assertEquals("PERMITTED".equals(usage.getString("outcome")), usageResponse.getBoolean("decision"));
        assertEquals(strings(usage.getJsonArray("rules").getValuesAs(JsonString.class)),
                usageResponse.getJsonObject("context").getJsonArray("rules").getValuesAs(JsonObject.class).stream()
                        .map(rule -> rule.getString("id")).toList());

        JsonObject reference = policyReference(recordingAdl);
        assertEquals(reference, policyReference(usageAdl), "one running policy, one version");
        assertEquals("2026.1", reference.getString("version"));
        HttpResponse<String> retrieved = http.get(reference.getString("href"));
        assertEquals(200, retrieved.statusCode(), "the reference resolves, without credentials like /policies: "
                + retrieved.body());
        JsonObject policy = Http.json(retrieved);
        assertEquals(reference.getString("id"), policy.getString("id"));
        assertEquals(reference.getString("id"), recomputedId(policy), "the id is the SHA-256 of what is served");
        assertEquals(List.of("UWV.xml", "GM0000.xml", "GM9998.xml"), policy.getJsonArray("files")
                .getValuesAs(JsonObject.class).stream().map(file -> file.getString("name")).toList());
        JsonObject uwvRule = recordingResponse.getJsonObject("context").getJsonArray("rules").getValuesAs(JsonObject.class)
                .stream().filter(rule -> rule.getString("id").equals("UWV-VIDEO-CONSENT")).findFirst().orElseThrow();
        String uwvFile = policy.getJsonArray("files").getJsonObject(0).getString("content");
        assertTrue(uwvFile.contains("id=\"UWV-VIDEO-CONSENT\""), "the file that decided holds the rule");
        assertTrue(squeezed(uwvFile).contains(squeezed(uwvRule.getString("source"))),
                "the rule's sentence in the record is the one in that file");
        JsonObject gatewayTexts = policy.getJsonObject("gatewayTexts");
        assertEquals("gateway-texts.xml", gatewayTexts.getString("name"));
        assertEquals(shipped("policies/gateway-texts.xml"), gatewayTexts.getString("content"),
                "the gateway's own texts, with which the answers are worded, exactly as the gateway read them");
        assertSchema("PolicyVersionContent", policy);
        assertSchema("AdlRecord", recordingAdl);
        assertSchema("AdlRecord", usageAdl);
    }

    @Test
    void whoMayNotReadTheRecordGets404AndAConsentStatusChangeHasNoAdlForm() {
        String decisionId = Http.json(http.postJson("/api/v1/recording-decisions",
                "{\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"participant\":true}")).getString("decisionId");
        ConsentRest consent = new ConsentRest(http);
        String reference = consent.newOnTimeRecording();
        String submittedId = consent.current(reference).getJsonArray("history").getJsonObject(0).getString("decisionId");

        assertEquals(401, http.get(adlPath(decisionId)).statusCode(), "a role is needed, as for the record itself");
        assertProblem(http.as(ItIdentities.arquillian(), "case-system").get(adlPath(decisionId)), 404);
        assertProblem(auditor.get(adlPath("00000000-0000-7000-8000-000000000000")), 404);
        HttpResponse<String> malformed = auditor.get(adlPath("not-an-id"));
        assertProblem(malformed, 400);
        assertTrue(malformed.body().contains("decisionId"), malformed.body());
        HttpResponse<String> statusChange = auditor.get(adlPath(submittedId));
        assertProblem(statusChange, 404);
        assertTrue(Http.json(statusChange).getString("detail").contains("not an access evaluation"), statusChange.body());
        assertEquals(200, auditor.get("/api/v1/decisions/" + submittedId).statusCode(), "its own record is there");
    }

    @Test
    void anUnknownPolicyVersionIs404AndAMalformedId400NamingIt() {
        assertProblem(http.get("/api/v1/policy-versions/" + "0".repeat(64)), 404);
        HttpResponse<String> malformed = http.get("/api/v1/policy-versions/2026.1");
        assertProblem(malformed, 400);
        assertEquals("policyVersionId", Http.json(malformed).getJsonArray("invalidParams").getJsonObject(0)
                .getString("name"));
    }

    private JsonObject adlRecord(String decisionId) {
        HttpResponse<String> response = auditor.get(adlPath(decisionId));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("1.6.0", response.headers().firstValue("API-Version").orElseThrow());
        return Http.json(response);
    }

    /** trace_id and parent_span_id are the caller's traceparent's; span_id, event and time are the stored record's. */
    private void assertTraced(JsonObject adl, String[] traceparent, String decisionId) {
        JsonObject stored = Http.json(auditor.get("/api/v1/decisions/" + decisionId));
        assertEquals(traceparent[1], adl.getString("trace_id"), "trace-id of the caller's traceparent");
        assertEquals(traceparent[2], adl.getString("parent_span_id"), "parent-id of the caller's traceparent");
        assertNotEquals(traceparent[2], adl.getString("span_id"), "the gateway's own span");
        assertEquals(stored.getString("spanId"), adl.getString("span_id"));
        assertEquals(Instant.parse(stored.getString("timestamp")).toEpochMilli(),
                adl.getJsonNumber("timestamp").longValueExact(), "milliseconds since the epoch");
        assertEquals(decisionId, adl.getJsonObject("body").getJsonObject("adl.core.response").getJsonObject("context")
                .getString("decision_id"));
    }

    private static JsonObject policyReference(JsonObject adl) {
        return adl.getJsonObject("attributes").getJsonObject("adl.core.policies").getJsonObject("recording-policy");
    }

    private static String shipped(String resource) throws IOException {
        try (InputStream in = DecisionLogAdlIT.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The id as docs/decision-log.md defines it: SHA-256 over the length-prefixed UTF-8 parts. */
    static String recomputedId(JsonObject policy) throws Exception {
        List<String> parts = new ArrayList<>(List.of(policy.getString("version"), policy.getString("effectiveFrom")));
        for (JsonObject file : policy.getJsonArray("files").getValuesAs(JsonObject.class)) {
            parts.addAll(List.of(file.getString("authority"), file.getString("name"), file.getString("content")));
        }
        if (policy.containsKey("gatewayTexts")) { // absent for a version kept before they were part of it
            JsonObject gatewayTexts = policy.getJsonObject("gatewayTexts");
            parts.addAll(List.of(gatewayTexts.getString("name"), gatewayTexts.getString("content")));
        }
        ByteArrayOutputStream framed = new ByteArrayOutputStream();
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            framed.write(ByteBuffer.allocate(4).putInt(bytes.length).array());
            framed.write(bytes);
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(framed.toByteArray()));
    }

    private void assertSchema(String schema, JsonObject value) {
        JsonObject declared = contract.getJsonObject("components").getJsonObject("schemas").getJsonObject(schema);
        assertEquals(List.of(), SchemaCheck.violations(contract, declared, value), schema);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    }

    private static String adlPath(String decisionId) {
        return "/api/v1/decisions/" + decisionId + "/adl-record";
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static List<String> strings(List<JsonString> values) {
        return values.stream().map(JsonString::getString).toList();
    }
}
