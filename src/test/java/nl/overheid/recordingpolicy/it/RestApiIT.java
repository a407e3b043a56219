package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.overheid.recordingpolicy.testing.KnownWorkingDays;

/** The REST endpoints of the deployed gateway, called over HTTP like a portal would. */
class RestApiIT extends DeployedGateway {

    Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    void audioAtUwvIsPermittedWithAnnouncementAdviceAndPrivateUse() {
        HttpResponse<String> response = http.postJson("/api/v1/recording-decisions",
                "{\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"participant\":true}");

        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("1.6.0", response.headers().firstValue("API-Version").orElseThrow());
        JsonObject decision = Http.json(response);
        assertEquals("PERMITTED", decision.getString("outcome"));
        assertEquals(36, decision.getString("decisionId").length());
        assertEquals("ANNOUNCE_RECORDING", decision.getJsonArray("advice").getJsonObject(0).getString("code"));
        assertEquals("UWV-AUDIO-ANNOUNCE", decision.getJsonArray("advice").getJsonObject(0).getString("ruleId"));
        assertEquals("PRIVATE_USE_ONLY", decision.getJsonArray("obligations").getJsonObject(0).getString("code"));
        assertFalse(decision.containsKey("consentGrantor"));
        assertFalse(decision.containsKey("leadTime"));
        assertEquals("2026.1", decision.getJsonObject("policyVersion").getString("version"));
        assertFalse(decision.getJsonObject("explanation").getString("nl").isBlank());
        assertFalse(decision.getJsonObject("explanation").getString("en").isBlank());
    }

    @Test
    void videoAtUwvNeedsTheEmployeesConsentRequestedFiveWorkingDaysAhead() {
        LocalDate conversation = today().plusDays(60);
        LocalDate deadline = KnownWorkingDays.workingDaysBefore(conversation, 5);

        JsonObject decision = Http.json(http.postJson("/api/v1/recording-decisions",
                "{\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"participant\":true,\"conversationDate\":\"" + conversation + "\"}"));

        assertEquals("CONSENT_REQUIRED", decision.getString("outcome"));
        assertEquals("EMPLOYEE", decision.getString("consentGrantor"));
        JsonObject leadTime = decision.getJsonObject("leadTime");
        assertTrue(leadTime.getBoolean("required"));
        assertEquals(5, leadTime.getInt("workingDays"));
        assertEquals(deadline.toString(), leadTime.getString("deadline"));
        assertEquals(today().toString(), leadTime.getString("requestDate"));
        assertTrue(leadTime.getBoolean("onTime"));
        assertTrue(strings(decision, "rules").containsAll(List.of("UWV-VIDEO-CONSENT", "UWV-VIDEO-LEAD-TIME")));
    }

    @Test
    void photoAtUwvAfterTheDeadlineIsNotPermittedAndTheExplanationSaysTheDateIsPast() {
        LocalDate conversation = today().minusDays(3);

        JsonObject decision = Http.json(http.postJson("/api/v1/recording-decisions",
                "{\"authority\":\"UWV\",\"medium\":\"PHOTO\",\"participant\":true,\"conversationDate\":\"" + conversation + "\"}"));

        assertEquals("NOT_PERMITTED", decision.getString("outcome"));
        assertFalse(decision.getJsonObject("leadTime").getBoolean("onTime"));
        assertFalse(decision.containsKey("consentGrantor"));
        assertTrue(decision.getJsonObject("explanation").getString("en").contains("lies in the past"));
    }

    @Test
    void aMunicipalityPermitsEveryMediumWithTheObligationsOfArticles3To6() {
        JsonObject decision = Http.json(http.postJson("/api/v1/recording-decisions",
                "{\"authority\":\"MUNICIPALITY\",\"medium\":\"PHOTO\",\"participant\":true}"));

        assertEquals("PERMITTED", decision.getString("outcome"));
        assertEquals("ANNOUNCE_RECORDING_AND_PURPOSE", decision.getJsonArray("advice").getJsonObject(0).getString("code"));
        assertEquals(List.of("NO_SHARING_OR_PUBLISHING_WITHOUT_CONSENT:GEM-NO-THIRD-PARTY-SHARING",
                        "NO_NAMING_EMPLOYEES_ONLINE:GEM-NO-NAMING-EMPLOYEES",
                        "NO_INSULTS_OR_THREATS:GEM-NO-INSULTS-THREATS",
                        "NO_MISLEADING_EDITS:GEM-NO-MISLEADING-EDITS"),
                decision.getJsonArray("obligations").getValuesAs(JsonObject.class).stream()
                        .map(o -> o.getString("code") + ":" + o.getString("ruleId")).toList());
    }

    @Test
    void someoneWhoDoesNotTakePartMayNotRecord() {
        JsonObject decision = Http.json(http.postJson("/api/v1/recording-decisions",
                "{\"authority\":\"MUNICIPALITY\",\"medium\":\"AUDIO\",\"participant\":false}"));

        assertEquals("NOT_PERMITTED", decision.getString("outcome"));
    }

    @ParameterizedTest
    @CsvSource({
            "UWV,          PRIVATE_LISTENING,          PERMITTED,        ",
            "UWV,          PUBLISH,                    CONSENT_REQUIRED, UWV",
            "MUNICIPALITY, SHARE_WITH_ADVISER,         PERMITTED,        ",
            "MUNICIPALITY, SHARE_WITH_THIRD_PARTIES,   CONSENT_REQUIRED, EMPLOYEE",
            "MUNICIPALITY, EDIT_AND_PUBLISH_FRAGMENTS, CONSENT_REQUIRED, EMPLOYEE",
            "MUNICIPALITY, NAME_EMPLOYEE_ONLINE,       NOT_WANTED,       ",
    })
    void usageDecisionsFollowTheAuthoritysRules(String authority, String usage, String outcome, String grantor) {
        // audio: a video at UWV is used only on the consent to make it (UsageConsentIT)
        HttpResponse<String> response = http.postJson("/api/v1/usage-decisions",
                "{\"authority\":\"" + authority + "\",\"medium\":\"AUDIO\",\"usage\":\"" + usage + "\"}");

        assertEquals(200, response.statusCode());
        JsonObject decision = Http.json(response);
        assertEquals(outcome, decision.getString("outcome"));
        assertEquals(grantor, decision.containsKey("consentGrantor") ? decision.getString("consentGrantor") : null);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-05-07, true",
            "2026-05-08, false",
    })
    void leadTimeDeadlineSkipsAscensionDayAndTheEquatedFriday(String requestDate, boolean onTime) {
        HttpResponse<String> response = http.get(
                "/api/v1/lead-time?authority=UWV&medium=VIDEO&conversationDate=2026-05-18&requestDate=" + requestDate);

        assertEquals(200, response.statusCode());
        assertEquals("1.6.0", response.headers().firstValue("API-Version").orElseThrow());
        JsonObject status = Http.json(response);
        assertTrue(status.getBoolean("required"));
        assertEquals("2026-05-07", status.getString("deadline"));
        assertEquals(requestDate, status.getString("requestDate"));
        assertEquals(onTime, status.getBoolean("onTime"));
        assertEquals(List.of("UWV-VIDEO-LEAD-TIME"), strings(status, "rules"));
    }

    @ParameterizedTest(name = "conversation {0}: deadline {1}, provisional {2}")
    @CsvSource({
            // 29 May 2025 Ascension Day, 30 May 2025 equated (Stcrt. 2022, 7812)
            "2025-06-06, 2025-05-28, false",
            // no decree on equated days published for 2029 yet
            "2029-03-12, 2029-03-05, true",
            // the decree for 2020-2022 is not shipped
            "2021-06-14, 2021-06-07, true",
    })
    void leadTimeSaysWhetherItsDeadlineIsProvisional(String conversation, String deadline, boolean provisional) {
        LocalDate asked = LocalDate.parse(conversation).minusMonths(1);
        JsonObject status = Http.json(http.get("/api/v1/lead-time?authority=UWV&medium=VIDEO&conversationDate="
                + conversation + "&requestDate=" + asked));

        assertEquals(deadline, status.getString("deadline"));
        assertEquals(provisional, status.getBoolean("provisional"));
        assertEquals(provisional, status.getJsonObject("explanation").getString("nl").contains("is voorlopig"),
                status.toString());
        assertEquals(provisional, status.getJsonObject("explanation").getString("en").contains("is provisional"),
                status.toString());
    }

    @Test
    void aRecordingDecisionMarksAProvisionalDeadline() {
        JsonObject provisional = Http.json(http.postJson("/api/v1/recording-decisions",
                "{\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"participant\":true,\"conversationDate\":\"2029-03-12\"}"));
        JsonObject decreed = Http.json(http.postJson("/api/v1/recording-decisions",
                "{\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"participant\":true,\"conversationDate\":\"2028-06-12\"}"));

        assertEquals("CONSENT_REQUIRED", provisional.getString("outcome"));
        assertEquals("2029-03-05", provisional.getJsonObject("leadTime").getString("deadline"));
        assertTrue(provisional.getJsonObject("leadTime").getBoolean("provisional"));
        assertTrue(provisional.getJsonObject("explanation").getString("nl").contains("Let op: de uiterste datum maandag 5 maart 2029 is voorlopig."),
                provisional.toString());
        assertFalse(decreed.getJsonObject("leadTime").getBoolean("provisional"));
        assertFalse(decreed.getJsonObject("explanation").getString("nl").contains("voorlopig"), decreed.toString());
    }

    @Test
    void leadTimeRequestDateDefaultsToTodayInAmsterdam() {
        JsonObject status = Http.json(http.get(
                "/api/v1/lead-time?authority=UWV&medium=PHOTO&conversationDate=" + today().plusDays(30)));

        assertEquals(today().toString(), status.getString("requestDate"));
    }

    @Test
    void noLeadTimeForAudioSoDeadlineAndOnTimeAreAbsent() {
        JsonObject status = Http.json(http.get("/api/v1/lead-time?authority=UWV&medium=AUDIO"));

        assertFalse(status.getBoolean("required"));
        assertEquals(0, status.getInt("workingDays"));
        assertFalse(status.containsKey("deadline"));
        assertFalse(status.containsKey("onTime"));
        assertFalse(status.containsKey("provisional"));
    }

    @Test
    void policiesListEveryRuleWithItsSeedSentence() {
        JsonObject all = Http.json(http.get("/api/v1/policies"));
        JsonObject uwv = Http.json(http.get("/api/v1/policies/UWV"));

        List<JsonObject> rules = all.getJsonArray("rules").getValuesAs(JsonObject.class);
        JsonObject videoConsent = rules.stream().filter(r -> r.getString("id").equals("UWV-VIDEO-CONSENT")).findFirst().orElseThrow();
        assertEquals("Als u een beeldopname wilt maken van een gesprek met UWV, moet de medewerker daarvoor toestemming geven.",
                videoConsent.getJsonObject("source").getString("text"));
        assertEquals("000_1ac108b0255c1213.txt", videoConsent.getJsonObject("source").getString("document"));
        assertTrue(rules.stream().anyMatch(r -> r.getString("authority").equals("MUNICIPALITY")));
        List<JsonObject> uwvRules = uwv.getJsonArray("rules").getValuesAs(JsonObject.class);
        assertTrue(uwvRules.stream().allMatch(r -> r.getString("authority").equals("UWV")));
        assertEquals(rules.stream().filter(r -> r.getString("authority").equals("UWV")).count(), uwvRules.size());
    }

    // ------------------------------------------------------------------------------------------------ errors

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"authority\":\"UWV\",\"medium\":\"SMELL\",\"participant\":true}                     | medium           | must be one of: AUDIO, VIDEO, PHOTO",
            "{\"authority\":\"uwv\",\"medium\":\"AUDIO\",\"participant\":true}                      | authority        | must be one of: UWV, MUNICIPALITY, GM0000, GM9998",
            "{\"medium\":\"AUDIO\",\"participant\":true}                                            | authority        | is required",
            "{\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"participant\":\"yes\"}                   | participant      | must be true or false",
            "{\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"participant\":\"true\"}                  | participant      | must be true or false",
            "{\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"participant\":true,\"conversationDate\":\"2026-02-30\"} | conversationDate | must be a date written yyyy-MM-dd, e.g. 2026-05-18",
            "{\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"participant\":true,\"conversationDate\":\"18-05-2026\"} | conversationDate | must be a date written yyyy-MM-dd, e.g. 2026-05-18",
            "{\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"participant\":true}                      | conversationDate | is required: consent must be requested a number of working days before the conversation (VIDEO at UWV)",
            "{\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"participant\":true,\"medum\":\"x\"}      | medum            | is not a field of this request; expected: authority, medium, participant, conversationDate, consentRequestReference",
            "{\"authority\":\"UWV\",\"medium\":\"AUDIO\"                                            | body             | is not well-formed JSON",
            "[1,2]                                                                                   | body             | must be a JSON object",
    })
    void badInputIsA400NamingTheField(String body, String field, String reason) {
        HttpResponse<String> response = http.postJson("/api/v1/recording-decisions", body);

        assertProblem(response, 400);
        JsonObject problem = Http.json(response);
        List<JsonObject> params = problem.getJsonArray("invalidParams").getValuesAs(JsonObject.class);
        assertEquals(1, params.size(), response.body());
        assertEquals(field, params.get(0).getString("name"));
        assertEquals(reason, params.get(0).getString("reason"));
        assertEquals("/api/v1/recording-decisions", problem.getString("instance"));
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        HttpResponse<String> response = http.postJson("/api/v1/usage-decisions", "{\"authority\":\"GGD\",\"usage\":\"SELL\"}");

        assertProblem(response, 400);
        assertEquals(List.of("authority", "medium", "usage"), Http.json(response).getJsonArray("invalidParams")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("name")).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/lead-time?medium=VIDEO&conversationDate=2026-05-18                          | authority",
            "/api/v1/lead-time?authority=UWV&medium=VIDEO                                         | conversationDate",
            "/api/v1/lead-time?authority=UWV&medium=VIDEO&conversationDate=2026-05-18&requestDate=tomorrow | requestDate",
            "/api/v1/lead-time?authority=UWV&medium=VIDEO&conversationDate=1999-05-18             | conversationDate",
            "/api/v1/policies/GGD                                                                 | authority",
    })
    void badQueryAndPathParametersAreA400NamingTheParameter(String path, String field) {
        HttpResponse<String> response = http.get(path);

        assertProblem(response, 400);
        assertEquals(List.of(field), Http.json(response).getJsonArray("invalidParams").getValuesAs(JsonObject.class)
                .stream().map(p -> p.getString("name")).toList());
    }

    @Test
    void aBodyThatIsNotJsonIsA415() {
        HttpResponse<String> response = http.post("/api/v1/recording-decisions", "text/plain", "authority=UWV");

        assertProblem(response, 415);
    }

    @Test
    void anUnknownPathIsA404ProblemAndAWrongMethodA405WithAllow() {
        assertProblem(http.get("/api/v1/recording-permits"), 404);

        HttpResponse<String> wrongMethod = http.get("/api/v1/recording-decisions");
        assertProblem(wrongMethod, 405);
        assertTrue(wrongMethod.headers().firstValue("Allow").orElseThrow().contains("POST"));
    }

    @Test
    void theOpenApiDocumentIsServedUnchanged() throws Exception {
        HttpResponse<String> response = http.get("/api/v1/openapi.json");

        assertEquals(200, response.statusCode());
        assertEquals(java.nio.file.Files.readString(java.nio.file.Path.of("openapi/openapi.json")), response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("1.6.0", response.headers().firstValue("API-Version").orElseThrow());
        JsonObject problem = Http.json(response);
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").isBlank());
        assertFalse(response.body().contains("Exception"), response.body());
        assertFalse(response.body().contains("nl.overheid"), response.body());
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
