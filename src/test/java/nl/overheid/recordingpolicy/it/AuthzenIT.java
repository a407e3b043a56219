package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The AuthZEN Authorization API against the deployed gateway, over real HTTP: recording and usage questions answered
 * and logged as REST's are, batches with defaults under all three semantics, the PDP metadata, the errors, the
 * request id; and the checks of the AuthZEN certification scenario (openid/authzen,
 * certification/authorization-api-1_0-scenario.md) at the levels Basic (Core and Properties), Batch (Core and
 * Properties) and Discovery, over HTTPS, against the fixture the server loads as an attribute rule table
 * (src/test/resources/authzen/certification-rules.json, passed by the pom).
 */
class AuthzenIT extends DeployedGateway {

    static final String EVALUATION = "/access/v1/evaluation";
    static final String EVALUATIONS = "/access/v1/evaluations";
    static final String METADATA = "/.well-known/authzen-configuration";

    Http http;

    HttpClient client;
    String pdp;

    @BeforeEach
    void clients() throws Exception {
        http = new Http(base);
        pdp = "https://127.0.0.1:" + (8443 + Integer.getInteger("it.port.offset", 100));
        client = HttpClient.newBuilder().sslContext(trustingTheGateway()).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static String inDays(int days) {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(days).toString();
    }

    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private static List<Boolean> decisions(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response).getJsonArray("evaluations").getValuesAs(JsonObject.class).stream()
                .map(decision -> decision.getBoolean("decision")).toList();
    }

    private static void assertProblemNaming(HttpResponse<String> response, String... parts) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonObject problem = Http.json(response);
        assertEquals(400, problem.getInt("status"));
        List<String> named = problem.containsKey("invalidParams") ? problem.getJsonArray("invalidParams")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("name")).toList() : List.of();
        assertEquals(List.of(parts), named, response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    // ------------------------------------------------------------------------------------------- the two questions

    @Test
    void aRecordingQuestionIsAnsweredAndLoggedAsRestWithoutTheSubject() {
        String citizen = "99999" + (1000 + new java.util.Random().nextInt(9000));
        String traceId = UUID.randomUUID().toString().replace("-", "");
        HttpResponse<String> response = http.postJson(EVALUATION, json("{'subject':{'type':'citizen','id':'" + citizen
                + "','properties':{'participant':true}},'action':{'name':'record','properties':{'medium':'VIDEO'}},"
                + "'resource':{'type':'conversation','id':'UWV'},'context':{'conversation_date':'" + inDays(45)
                + "','traceparent':'00-" + traceId + "-00f067aa0ba902b7-01'}}"));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonObject answer = Http.json(response);
        assertFalse(answer.getBoolean("decision"));
        JsonObject context = answer.getJsonObject("context");
        assertEquals("CONSENT_REQUIRED", context.getString("outcome"));
        assertEquals("EMPLOYEE", context.getString("consent_required_from"));
        assertEquals("UWV-VIDEO-CONSENT", context.getJsonArray("rules").getJsonObject(0).getString("id"));
        assertEquals("PRIVATE_USE_ONLY", context.getJsonArray("obligations").getJsonObject(0)
                .getJsonObject("properties").getString("code"));
        assertFalse(response.body().contains(citizen), "the subject's id is not echoed");

        HttpResponse<String> logged = http.as(ItIdentities.arquillian(), "auditor")
                .get("/api/v1/decisions/" + context.getString("decision_id"));
        assertEquals(200, logged.statusCode(), logged.body());
        JsonObject record = Http.json(logged);
        assertEquals("CONSENT_REQUIRED", record.getString("status"));
        assertEquals("recording_decision", record.getString("event"));
        assertEquals(traceId, record.getString("traceId"), logged.body());
        assertFalse(logged.body().contains(citizen), "the decision log never holds the subject: " + logged.body());
        assertTrue(logged.body().contains("authzen "), "the caller is marked as an AuthZEN one: " + logged.body());

        // the record in the Authorization Decision Log shape shows exactly the answer that was given
        HttpResponse<String> adl = http.as(ItIdentities.arquillian(), "auditor")
                .get("/api/v1/decisions/" + context.getString("decision_id") + "/adl-record");
        assertEquals(200, adl.statusCode(), adl.body());
        assertEquals(answer, Http.json(adl).getJsonObject("body").getJsonObject("adl.core.response"));
        assertFalse(adl.body().contains(citizen), "nor does its AuthZEN view: " + adl.body());
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
        "MUNICIPALITY, AUDIO, NAME_EMPLOYEE_ONLINE, NOT_WANTED,       false",
        "UWV,          AUDIO, PRIVATE_LISTENING,    PERMITTED,        true",
        "UWV,          AUDIO, PUBLISH,              CONSENT_REQUIRED, false",
    })
    void aUsageQuestionIsAnswered(String authority, String medium, String usage, String outcome, boolean decision) {
        JsonObject answer = Http.json(http.postJson(EVALUATION, json("{'subject':{'type':'citizen','id':'c-1'},"
                + "'action':{'name':'use','properties':{'medium':'" + medium + "','usage':'" + usage + "'}},"
                + "'resource':{'type':'recording','id':'" + authority + "'}}")));

        assertEquals(decision, answer.getBoolean("decision"), answer.toString());
        assertEquals(outcome, answer.getJsonObject("context").getString("outcome"));
    }

    // ------------------------------------------------------------------------------------------- batches

    private String batch(String semantic) {
        return json("{'subject':{'type':'citizen','id':'c-1','properties':{'participant':true}},"
                + "'resource':{'type':'conversation','id':'UWV'},'context':{'conversation_date':'" + inDays(45) + "'},"
                + "'options':{'evaluations_semantic':'" + semantic + "'},'evaluations':["
                + "{'action':{'name':'record','properties':{'medium':'AUDIO'}}},"
                + "{'action':{'name':'record','properties':{'medium':'VIDEO'}}},"
                + "{'action':{'name':'use','properties':{'medium':'AUDIO','usage':'PRIVATE_LISTENING'}},"
                + "'resource':{'type':'recording','id':'UWV'}}]}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "execute_all,            'true,false,true'",
        "deny_on_first_deny,     'true,false'",
        "permit_on_first_permit, 'true'",
    })
    void aBatchTakesItsDefaultsAndStopsWhereItsSemanticSays(String semantic, String expected) {
        HttpResponse<String> response = http.postJson(EVALUATIONS, batch(semantic));

        assertEquals(List.of(expected.split(",")).stream().map(Boolean::parseBoolean).toList(), decisions(response));
        JsonObject video = Http.json(response).getJsonArray("evaluations").size() > 1
                ? Http.json(response).getJsonArray("evaluations").getJsonObject(1) : null;
        if (video != null) {
            assertEquals("CONSENT_REQUIRED", video.getJsonObject("context").getString("outcome"),
                    "the default context's conversation date reached the second evaluation");
        }
    }

    @Test
    void anEvaluationThatCannotBeEvaluatedIsADenyWithItsErrorAndTheOthersAreAnswered() {
        HttpResponse<String> response = http.postJson(EVALUATIONS, json("{'subject':{'type':'citizen','id':'c-1',"
                + "'properties':{'participant':true}},'resource':{'type':'conversation','id':'UWV'},'evaluations':["
                + "{'action':{'name':'record','properties':{'medium':'HOLOGRAM'}}},"
                + "{'action':{'name':'record','properties':{'medium':'AUDIO'}}},"
                + "{'action':{'name':'record','properties':{'medium':'AUDIO'}},'resource':{'type':'spaceship','id':'x'}}]}"));

        assertEquals(List.of(false, true, false), decisions(response));
        JsonObject hologram = Http.json(response).getJsonArray("evaluations").getJsonObject(0).getJsonObject("context")
                .getJsonObject("error");
        assertEquals(400, hologram.getInt("status"));
        assertTrue(hologram.getString("message").startsWith("action.properties.medium: "), hologram.toString());
        // the IT server has the certification fixture as its rule table: an unknown type matches none of its rules
        assertEquals("NOT_PERMITTED", Http.json(response).getJsonArray("evaluations").getJsonObject(2)
                .getJsonObject("context").getString("outcome"));
    }

    // ------------------------------------------------------------------------------------------- errors, headers

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'action':{'name':'record'},'resource':{'type':'conversation','id':'UWV'}}                  | subject",
        "{'subject':{'type':'citizen','id':'c'},'resource':{'type':'conversation','id':'UWV'}}      | action",
        "{'subject':{'type':'citizen','id':'c'},'action':{'name':'record'}}                         | resource",
        "{'subject':{'type':'citizen'},'action':{'name':'record'},'resource':{'type':'conversation'}} | resource.id,subject.id",
    })
    void aMissingPartIsA400NamingIt(String body, String parts) {
        assertProblemNaming(http.postJson(EVALUATION, json(body)), parts.split(","));
        assertProblemNaming(http.postJson(EVALUATIONS, json(body)), parts.split(","));
    }

    @Test
    void aValueTheQuestionCannotTakeIsA400NamingItsAuthzenPath() {
        assertProblemNaming(http.postJson(EVALUATION, json("{'subject':{'type':'citizen','id':'c','properties':"
                + "{'participant':true}},'action':{'name':'record','properties':{'medium':'HOLOGRAM'}},"
                + "'resource':{'type':'conversation','id':'UWV'}}")), "action.properties.medium");
    }

    @Test
    void malformedJsonIsA400() {
        HttpResponse<String> response = http.postJson(EVALUATION, "{\"subject\":");
        assertProblemNaming(response, "body");
        assertTrue(Http.json(response).getString("detail").contains("not valid JSON"), response.body());
    }

    @Test
    void unknownFieldsAreIgnored() {
        HttpResponse<String> response = http.postJson(EVALUATION, json("{'subject':{'type':'citizen','id':'c',"
                + "'properties':{'participant':true},'nickname':'x'},'action':{'name':'record','properties':"
                + "{'medium':'AUDIO','colour':'red'}},'resource':{'type':'conversation','id':'UWV'},'foo':'bar',"
                + "'futureField':{'nested':true}}"));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(Http.json(response).getBoolean("decision"));
    }

    @Test
    void wrongCredentialsAre401WithAChallengeAndTheRequestId() {
        HttpResponse<String> response = http.withAuthorization(ItIdentities.basic("case-system", "wrong")).send(
                HttpRequest.newBuilder(http.uri(EVALUATION)).header("Content-Type", "application/json")
                        .header("X-Request-ID", "req-401").POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertEquals(401, response.statusCode(), response.body());
        assertTrue(response.headers().allValues("WWW-Authenticate").stream().anyMatch(c -> c.startsWith("Basic ")));
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("req-401", response.headers().firstValue("X-Request-ID").orElse(null));
    }

    @Test
    void theGatewaysIdentitiesMayAsk() {
        HttpResponse<String> response = http.as(ItIdentities.arquillian(), "case-system").postJson(EVALUATION,
                json("{'subject':{'type':'system','id':'zaaksysteem'},'action':{'name':'use','properties':"
                        + "{'medium':'AUDIO','usage':'PRIVATE_LISTENING'}},'resource':{'type':'recording','id':'UWV'}}"));
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void theRequestIdIsEchoedOnAnswersAndErrors() {
        String id = "bfe9eb29-ab87-4ca3-be83-a1d5d8305716";
        HttpResponse<String> answered = http.postJson(EVALUATION, json("{'subject':{'type':'user','id':'alice'},"
                + "'action':{'name':'read'},'resource':{'type':'record','id':'record-1'}}"), "X-Request-ID", id);
        HttpResponse<String> refused = http.postJson(EVALUATIONS, "{", "X-Request-ID", id);
        HttpResponse<String> without = http.postJson(EVALUATION, json("{'subject':{'type':'user','id':'alice'},"
                + "'action':{'name':'read'},'resource':{'type':'record','id':'record-1'}}"));

        assertEquals(id, answered.headers().firstValue("X-Request-ID").orElse(null));
        assertEquals(400, refused.statusCode());
        assertEquals(id, refused.headers().firstValue("X-Request-ID").orElse(null));
        assertEquals(200, without.statusCode(), "no request id, no failure");
    }

    @Test
    void theMetadataNamesTheEndpointsUnderTheBaseAsked() {
        HttpResponse<String> response = http.get(METADATA);
        String root = base.toString().replaceFirst("/$", "");

        assertEquals(200, response.statusCode(), response.body());
        JsonObject metadata = Http.json(response);
        assertEquals(root, metadata.getString("policy_decision_point"));
        assertEquals(root + EVALUATION, metadata.getString("access_evaluation_endpoint"));
        assertEquals(root + EVALUATIONS, metadata.getString("access_evaluations_endpoint"));
        assertEquals(200, http.postJson(metadata.getString("access_evaluations_endpoint").substring(root.length()),
                batch("execute_all")).statusCode());
    }

    // ------------------------------------------------------------------------------------------- certification

    // The certification scenario's checks, as its harness makes them: over HTTPS at the PDP's base URL (the metadata's
    // identifier), the server's generated certificate trusted and nothing else.
    private HttpResponse<String> post(String path, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(pdp + path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return post(path, "application/json", body);
    }

    private JsonObject decision(String path, String body) throws Exception {
        HttpResponse<String> response = post(path, json(body));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonObject answer = Http.json(response);
        assertTrue(answer.get("decision") == JsonValue.TRUE || answer.get("decision") == JsonValue.FALSE,
                "decision is a boolean: " + answer);
        assertTrue(!answer.containsKey("context") || answer.get("context").getValueType() == JsonValue.ValueType.OBJECT);
        return answer;
    }

    /** Basic Core 2.2.1-2.2.3, 2.2.8, 2.2.9 and Basic Properties 2.2.4-2.2.7: the eight fixture decisions and more. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "2.2.1 permit | {'subject':{'type':'user','id':'alice'},'action':{'name':'read'},'resource':{'type':'record','id':'record-1'}} | true",
        "2.2.2 deny   | {'subject':{'type':'user','id':'bob'},'action':{'name':'write'},'resource':{'type':'record','id':'record-1'}} | false",
        "2.2.3 context | {'subject':{'type':'user','id':'alice'},'action':{'name':'read'},'resource':{'type':'record','id':'record-1'},'context':{'time':'2025-06-27T18:03-07:00','ip':'192.168.1.1'}} | true",
        "2.2.4 deny on resource properties | {'subject':{'type':'user','id':'alice'},'action':{'name':'write'},'resource':{'type':'record','id':'record-2','properties':{'status':'archived'}}} | false",
        "2.2.5 permit on subject properties | {'subject':{'type':'user','id':'bob','properties':{'role':'admin'}},'action':{'name':'write'},'resource':{'type':'record','id':'record-2','properties':{'status':'archived'}}} | true",
        "2.2.6 permit on action properties | {'subject':{'type':'user','id':'alice'},'action':{'name':'delete','properties':{'soft':true}},'resource':{'type':'record','id':'record-1'}} | true",
        "2.2.7 deny on action properties | {'subject':{'type':'user','id':'alice'},'action':{'name':'delete','properties':{'soft':false}},'resource':{'type':'record','id':'record-1'}} | false",
        "2.2.8 additional properties | {'subject':{'type':'user','id':'alice','properties':{'department':'Sales','role':'manager'}},'action':{'name':'read','properties':{'method':'GET'}},'resource':{'type':'record','id':'record-1','properties':{'status':'active','owner':'bob'}}} | true",
        "2.2.9 unknown fields | {'subject':{'type':'user','id':'alice'},'action':{'name':'read'},'resource':{'type':'record','id':'record-1'},'foo':'bar','futureField':{'nested':true}} | true",
        "rule 3 | {'subject':{'type':'user','id':'bob'},'action':{'name':'read'},'resource':{'type':'record','id':'record-1'}} | true",
        "rule 2 | {'subject':{'type':'user','id':'alice'},'action':{'name':'write'},'resource':{'type':'record','id':'record-1'}} | true",
    })
    void certificationBasicRequestAcceptance(String check, String body, boolean expected) throws Exception {
        assertEquals(expected, decision(EVALUATION, body).getBoolean("decision"), check);
    }

    /** 2.4.1, 2.4.2, 2.4.6: missing parts, missing sub-fields, wrong types. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "missing subject  | {'action':{'name':'read'},'resource':{'type':'record','id':'record-1'}}",
        "missing action   | {'subject':{'type':'user','id':'alice'},'resource':{'type':'record','id':'record-1'}}",
        "missing resource | {'subject':{'type':'user','id':'alice'},'action':{'name':'read'}}",
        "subject.type     | {'subject':{'id':'alice'},'action':{'name':'read'},'resource':{'type':'record','id':'record-1'}}",
        "subject.id       | {'subject':{'type':'user'},'action':{'name':'read'},'resource':{'type':'record','id':'record-1'}}",
        "action.name      | {'subject':{'type':'user','id':'alice'},'action':{},'resource':{'type':'record','id':'record-1'}}",
        "resource.type    | {'subject':{'type':'user','id':'alice'},'action':{'name':'read'},'resource':{'id':'record-1'}}",
        "resource.id      | {'subject':{'type':'user','id':'alice'},'action':{'name':'read'},'resource':{'type':'record'}}",
        "subject a string | {'subject':'alice','action':{'name':'read'},'resource':{'type':'record','id':'record-1'}}",
        "name a number    | {'subject':{'type':'user','id':'alice'},'action':{'name':123},'resource':{'type':'record','id':'record-1'}}",
    })
    void certificationBasicErrorHandling(String check, String body) throws Exception {
        assertEquals(400, post(EVALUATION, json(body)).statusCode(), check);
    }

    /** 2.4.3-2.4.5: not application/json, malformed JSON, an empty body. */
    @Test
    void certificationBasicTransportErrors() throws Exception {
        String valid = json("{'subject':{'type':'user','id':'alice'},'action':{'name':'read'},'resource':{'type':'record','id':'record-1'}}");
        assertEquals(400, post(EVALUATION, "text/plain", valid).statusCode(), "content type");
        assertEquals(400, post(EVALUATION, null, valid).statusCode(), "no content type");
        assertEquals(400, post(EVALUATION, "{\"subject\": {").statusCode(), "malformed JSON");
        assertEquals(400, post(EVALUATION, "").statusCode(), "empty body");
    }

    /** 2.5 and 2.6: X-Request-ID echoed, or absent without failing; the same decision every time. */
    @Test
    void certificationBasicHeadersAndIdempotency() throws Exception {
        String body = json("{'subject':{'type':'user','id':'alice'},'action':{'name':'read'},'resource':{'type':'record','id':'record-1'}}");
        HttpResponse<String> echoed = post(EVALUATION, "application/json", body, "X-Request-ID", "cert-2.5.1");
        assertEquals("cert-2.5.1", echoed.headers().firstValue("X-Request-ID").orElse(null));
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> again = post(EVALUATION, body);
            assertEquals(200, again.statusCode());
            assertTrue(Http.json(again).getBoolean("decision"), "the same decision each time");
        }
    }

    /** Batch Core 3.2.1, 3.2.2, 3.2.5, 3.2.6 and Batch Properties 3.2.3, 3.2.4, 3.2.7: values, order, cardinality. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "3.2.1 structure | {'subject':{'type':'user','id':'alice'},'action':{'name':'read'},'evaluations':[{'resource':{'type':'record','id':'record-1'}},{'resource':{'type':'record','id':'record-2'}}]} | true,",
        "3.2.2 fixture   | {'subject':{'type':'user','id':'bob'},'resource':{'type':'record','id':'record-1'},'evaluations':[{'action':{'name':'read'}},{'action':{'name':'write'}}]} | true,false",
        "3.2.3 resource properties | {'subject':{'type':'user','id':'alice'},'action':{'name':'write'},'evaluations':[{'resource':{'type':'record','id':'record-1','properties':{'status':'active'}}},{'resource':{'type':'record','id':'record-2','properties':{'status':'archived'}}}]} | true,false",
        "3.2.4 subject properties | {'action':{'name':'write'},'resource':{'type':'record','id':'record-2','properties':{'status':'archived'}},'evaluations':[{'subject':{'type':'user','id':'alice'}},{'subject':{'type':'user','id':'bob','properties':{'role':'admin'}}}]} | false,true",
        "3.2.5 no defaults | {'evaluations':[{'subject':{'type':'user','id':'alice'},'action':{'name':'read'},'resource':{'type':'record','id':'record-1'}},{'subject':{'type':'user','id':'bob'},'action':{'name':'write'},'resource':{'type':'record','id':'record-1'}}]} | true,false",
        "3.2.6 context inheritance | {'subject':{'type':'user','id':'alice'},'action':{'name':'read'},'context':{'time':'2025-06-27T18:03-07:00'},'evaluations':[{'resource':{'type':'record','id':'record-1'}},{'resource':{'type':'record','id':'record-2'},'context':{'time':'2025-06-27T19:00-07:00','source':'batch-override'}}]} | true,",
        "3.2.7 default inheritance | {'subject':{'type':'user','id':'alice'},'action':{'name':'write'},'resource':{'type':'record','id':'record-1','properties':{'status':'active'}},'evaluations':[{},{'resource':{'type':'record','id':'record-2','properties':{'status':'archived'}}}]} | true,false",
        "3.4.1 execute_all with a failing evaluation | {'subject':{'type':'user','id':'alice'},'action':{'name':'read'},'options':{'evaluations_semantic':'execute_all'},'evaluations':[{'resource':{'type':'record','id':'record-1'}},{}]} | true,false",
    })
    void certificationBatchRequestAcceptance(String check, String body, String expected) throws Exception {
        HttpResponse<String> response = post(EVALUATIONS, json(body));
        assertEquals(200, response.statusCode(), check + ": " + response.body());
        JsonObject answer = Http.json(response);
        List<JsonObject> evaluations = answer.getJsonArray("evaluations").getValuesAs(JsonObject.class);
        String[] values = expected.split(",", -1);
        assertEquals(values.length, evaluations.size(), check + ": one decision per evaluation");
        for (int i = 0; i < values.length; i++) {
            JsonValue decision = evaluations.get(i).get("decision");
            assertTrue(decision == JsonValue.TRUE || decision == JsonValue.FALSE, check + " [" + i + "]: boolean");
            if (!values[i].isEmpty()) {
                assertEquals(Boolean.parseBoolean(values[i]), evaluations.get(i).getBoolean("decision"), check + " [" + i + "]");
            }
        }
        assertFalse(answer.containsKey("decision"), "the top-level decision is left out (RECOMMENDED)");
    }

    /** 3.4.2, 3.4.3: without evaluations, or with none, the batch endpoint answers one decision. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "missing evaluations | {'subject':{'type':'user','id':'alice'},'action':{'name':'read'},'resource':{'type':'record','id':'record-1'}}",
        "empty evaluations   | {'subject':{'type':'user','id':'alice'},'action':{'name':'read'},'resource':{'type':'record','id':'record-1'},'evaluations':[]}",
    })
    void certificationBatchBackwardsCompatibility(String check, String body) throws Exception {
        assertTrue(decision(EVALUATIONS, body).getBoolean("decision"), check);
    }

    /** 6: the metadata at the well-known URI of the base URL, its identifier that base, its endpoints HTTPS. */
    @Test
    void certificationDiscovery() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(pdp + METADATA)).GET()
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonObject metadata = Http.json(response);
        assertEquals(pdp, metadata.getString("policy_decision_point"));
        for (String endpoint : List.of("access_evaluation_endpoint", "access_evaluations_endpoint")) {
            URI uri = URI.create(metadata.getString(endpoint));
            assertEquals("https", uri.getScheme(), endpoint);
            assertTrue(uri.toString().startsWith(pdp + "/"), endpoint);
        }
        assertEquals(pdp + EVALUATION, metadata.getString("access_evaluation_endpoint"));
        assertFalse(metadata.keySet().stream().anyMatch(key -> key.startsWith("search_")), "no search endpoints offered");
        assertTrue(decision(URI.create(metadata.getString("access_evaluation_endpoint")).getPath(),
                "{'subject':{'type':'user','id':'alice'},'action':{'name':'read'},'resource':{'type':'record','id':'record-1'}}")
                .getBoolean("decision"), "the advertised endpoint answers");
    }

    /** The HTTPS certificate the server generated on its first start (data/tls, where it was started). */
    private static SSLContext trustingTheGateway() throws Exception {
        Path tls = Path.of("data", "tls");
        String password = Files.readString(tls.resolve("keystore.password"), StandardCharsets.UTF_8).strip();
        KeyStore generated = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(tls.resolve("gateway.p12"))) {
            generated.load(in, password.toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("gateway", (X509Certificate) generated.getCertificate("gateway"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
