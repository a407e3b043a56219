package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and broken REST input, operation by operation: bodies too large or nested too deep, the wrong content type,
 * unknown fields and enumeration values, and query and path parameters that are too long, of the wrong type or
 * injection attempts. Each gets a precise 4xx problem detail, and the gateway answers a normal request afterwards.
 */
class RestHostileInputIT extends DeployedGateway {

    private static final int LIMIT = 64 * 1024;
    private static final String REFERENCE = "CR-01ARZ3NDEKTSV4RRFFQ69G5FAV";

    Http http;

    @BeforeEach
    void client() {
        http = new Http(base).as(ItIdentities.arquillian(), "case-system"); // the consent endpoints need a caller
    }

    /** Every POST operation, with a body it accepts apart from the field named after the bar. */
    private static final List<String> POSTS = List.of(
            "/api/v1/recording-decisions", "/api/v1/usage-decisions", "/api/v1/consent-requests",
            "/api/v1/consent-requests/" + REFERENCE + "/decision", "/api/v1/consent-requests/" + REFERENCE + "/withdrawal");

    @ParameterizedTest
    @ValueSource(ints = {1_000, 1_001, 5_000, 30_000})
    void arraysNestedThousandsDeepAreA400NamingBodyOnEveryPost(int depth) {
        for (String path : POSTS) {
            HttpResponse<String> response = http.postJson(path, "[".repeat(depth) + "]".repeat(depth));

            assertBadField(response, "body", "is nested more than 32 levels deep");
        }
    }

    @Test
    void aNumberWithAnExponentBeyondRangeIsA400NamingItsField() {
        assertBadField(http.postJson("/api/v1/usage-decisions", "{\"authority\":1e9999999999}"), "authority",
                "is a number whose exponent is out of range");
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemOnEveryPost() {
        String tooLarge = "{\"reason\":\"" + "x".repeat(LIMIT) + "\"}";
        for (String path : POSTS) {
            HttpResponse<String> response = http.postJson(path, tooLarge);

            assertProblem(response, 413);
            JsonObject param = Http.json(response).getJsonArray("invalidParams").getJsonObject(0);
            assertEquals("body", param.getString("name"));
            assertEquals("must be at most 65536 bytes", param.getString("reason"));
        }
    }

    @Test
    void aChunkedBodyWithoutContentLengthIsCountedToo() {
        byte[] tooLarge = ("{\"authority\":\"" + "x".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri("/api/v1/usage-decisions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge))));

        assertProblem(response, 413);
    }

    @Test
    void aBodyOfExactlyTheLimitIsRead() {
        String question = "{\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"usage\":\"PUBLISH\"}";
        String padded = question + " ".repeat(LIMIT - question.length());
        assertEquals(LIMIT, padded.getBytes(StandardCharsets.UTF_8).length);

        assertEquals(200, http.postJson("/api/v1/usage-decisions", padded).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"})
    void aBodyThatIsNotJsonIsA415OnEveryPost(String contentType) {
        for (String path : POSTS) {
            assertProblem(http.post(path, contentType, "{\"reason\":\"x\"}"), 415);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/recording-decisions                      | {\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"participant\":true,\"colour\":\"red\"} | colour",
            "/api/v1/usage-decisions                          | {\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"usage\":\"PUBLISH\",\"price\":1} | price",
            "/api/v1/consent-requests                         | {\"kind\":\"RECORDING\",\"citizenServiceNumber\":\"123456782\"} | citizenServiceNumber",
            "/api/v1/consent-requests/" + REFERENCE + "/decision   | {\"decision\":\"GRANTED\",\"grantedBy\":\"x\"} | grantedBy",
            "/api/v1/consent-requests/" + REFERENCE + "/withdrawal | {\"reason\":\"x\",\"force\":true} | force",
    })
    void anUnknownFieldIsA400NamingIt(String path, String body, String field) {
        HttpResponse<String> response = http.postJson(path, body);

        assertProblem(response, 400);
        assertTrue(names(response).contains(field), response.body());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/recording-decisions | {\"authority\":\"UWV\",\"medium\":\"HOLOGRAM\",\"participant\":true} | medium   | must be one of: AUDIO, VIDEO, PHOTO",
            "/api/v1/usage-decisions     | {\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"usage\":\"SELL\"}      | usage    | must be one of: PRIVATE_LISTENING, SHARE_PRIVATE_CIRCLE, SHARE_WITH_ADVISER, SHARE_WITH_PARTICIPANTS, SHARE_WITH_THIRD_PARTIES, PUBLISH, EDIT_AND_PUBLISH_FRAGMENTS, NAME_EMPLOYEE_ONLINE",
            "/api/v1/consent-requests/" + REFERENCE + "/decision | {\"decision\":\"MAYBE\"} | decision | must be one of: GRANTED, DENIED",
    })
    void anUnknownEnumerationValueIsA400NamingTheFieldAndTheValuesItAccepts(String path, String body, String field, String reason) {
        assertBadField(http.postJson(path, body), field, reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/lead-time?authority=UWV&medium=VIDEO&conversationDate=                   | conversationDate",
            "/api/v1/lead-time?authority=UWV&medium=VIDEO&conversationDate=2026-05-18&requestDate=2026-5-7 | requestDate",
            "/api/v1/lead-time?authority=1&medium=VIDEO&conversationDate=2026-05-18           | authority",
            "/api/v1/lead-time?authority=UWV&medium=VIDEO&conversationDate=99999-05-18        | conversationDate",
            "/api/v1/lead-time?authority=UWV&medium=VIDEO&conversationDate=0000-05-18         | conversationDate",
            "/api/v1/consent-requests?caseReference=ZAAK-1&page=abc                           | page",
            "/api/v1/consent-requests?caseReference=ZAAK-1&page=1e3                           | page",
            "/api/v1/consent-requests?caseReference=ZAAK-1&pageSize=-1                        | pageSize",
            "/api/v1/consent-requests?caseReference=ZAAK-1&pageSize=99999999999999999999      | pageSize",
            "/api/v1/consent-requests?caseReference=                                          | caseReference",
            "/api/v1/consent-requests                                                         | caseReference",
    })
    void queryParametersOfTheWrongTypeAreA400NamingTheParameter(String path, String parameter) {
        assertNamed(http.get(path), parameter);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/lead-time?medium=VIDEO&conversationDate=2026-05-18&authority= | authority",
            "/api/v1/lead-time?authority=UWV&conversationDate=2026-05-18&medium=   | medium",
            "/api/v1/lead-time?authority=UWV&medium=VIDEO&conversationDate=        | conversationDate",
            "/api/v1/consent-requests?caseReference=                               | caseReference",
            "/api/v1/policies/                                                     | authority",
            "/api/v1/consent-requests/                                             | reference",
            "/api/v1/decisions/                                                    | decisionId",
    })
    void tooLongParametersAreA400NamingTheParameter(String prefix, String parameter) {
        // 5,000: far beyond every parameter's limit; a URL of some tens of kilobytes is refused by the HTTP layer
        HttpResponse<String> response = http.get(prefix + "A".repeat(5_000));

        assertNamed(response, parameter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"' OR '1'='1", "1; DROP TABLE consent_request; --", "<script>alert(1)</script>", "../../etc/passwd",
            "%00", "\u0000", "CR-01ARZ3NDEKTSV4RRFFQ69G5FAV' OR '1'='1"})
    void injectionStringsInPathParametersAreA400OrA404AndNothingElse(String attempt) {
        String encoded = URLEncoder.encode(attempt, StandardCharsets.UTF_8).replace("+", "%20");
        for (String path : List.of("/api/v1/policies/", "/api/v1/consent-requests/", "/api/v1/decisions/")) {
            HttpResponse<String> response = http.get(path + encoded);

            assertTrue(response.statusCode() == 400 || response.statusCode() == 404, path + ": " + response.statusCode());
            assertProblem(response, response.statusCode());
        }
        HttpResponse<String> decision = http.postJson("/api/v1/consent-requests/" + encoded + "/decision", "{\"decision\":\"GRANTED\"}");
        assertTrue(decision.statusCode() == 400 || decision.statusCode() == 404, "" + decision.statusCode());
        assertProblem(decision, decision.statusCode());
        assertTrue(decision.headers().firstValue("Location").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"' OR '1'='1", "x' OR 1=1 --", "1; DROP TABLE consent_request; --", "%' OR caseReference LIKE '%"})
    void sqlInACaseReferenceIsMatchedAsPlainText(String attempt) {
        String caseReference = ConsentRest.newCaseReference();
        HttpResponse<String> submitted = http.postJson(ConsentRest.PATH, ConsentRest.recording("VIDEO",
                ConsentRest.onTimeConversation(), caseReference));
        assertEquals(201, submitted.statusCode(), submitted.body());

        HttpResponse<String> found = http.get(ConsentRest.PATH + "?caseReference=" + URLEncoder.encode(attempt, StandardCharsets.UTF_8));

        assertEquals(200, found.statusCode(), found.body());
        // a caseReference is the caller's own free text, so other tests may have stored this very text: it may be found,
        // but only as itself
        assertTrue(Http.json(found).getJsonArray("consentRequests").getValuesAs(JsonObject.class).stream()
                .allMatch(request -> request.getString("caseReference").equals(attempt)), found.body());
        JsonObject stillThere = Http.json(http.get(ConsentRest.PATH + "?caseReference=" + caseReference));
        assertEquals(1, stillThere.getJsonArray("consentRequests").size(), "the table is intact");
    }

    @Test
    void aVeryLongUserAgentIsRecordedShortenedAndTheDecisionGiven() {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri("/api/v1/usage-decisions"))
                .header("Content-Type", "application/json")
                .header("User-Agent", "fuzzer/" + "A".repeat(4_000))
                .POST(HttpRequest.BodyPublishers.ofString("{\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"usage\":\"PUBLISH\"}")));

        assertEquals(200, response.statusCode(), response.body());
        String decisionId = Http.json(response).getString("decisionId");
        String caller = Http.json(new Http(base).as(ItIdentities.arquillian(), "auditor").get("/api/v1/decisions/" + decisionId))
                .getString("caller");
        assertEquals(500, caller.length());
        assertTrue(caller.startsWith("rest case-system@"), caller);
    }

    @Test
    void theGatewayAnswersNormallyAfterAllThis() {
        http.postJson("/api/v1/recording-decisions", "[".repeat(50_000));
        http.postJson("/api/v1/recording-decisions", "{\"authority\":\"" + "x".repeat(2 * LIMIT) + "\"}");

        HttpResponse<String> normal = http.postJson("/api/v1/recording-decisions",
                "{\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"participant\":true}");
        assertEquals(200, normal.statusCode(), normal.body());
    }

    private static void assertBadField(HttpResponse<String> response, String field, String reason) {
        assertProblem(response, 400);
        List<JsonObject> params = Http.json(response).getJsonArray("invalidParams").getValuesAs(JsonObject.class);
        assertEquals(1, params.size(), response.body());
        assertEquals(field, params.get(0).getString("name"));
        assertEquals(reason, params.get(0).getString("reason"));
    }

    private static void assertNamed(HttpResponse<String> response, String parameter) {
        assertProblem(response, 400);
        assertEquals(List.of(parameter), names(response), response.body());
    }

    private static List<String> names(HttpResponse<String> response) {
        return Http.json(response).getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("name")).toList();
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonObject problem = Http.json(response);
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
        assertFalse(response.body().contains("Exception"), response.body());
        assertFalse(response.body().contains("java."), response.body());
    }
}
