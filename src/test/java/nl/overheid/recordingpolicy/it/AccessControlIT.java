package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

import nl.overheid.recordingpolicy.domain.consent.ConsentReferences;

/**
 * Who may do what, over REST and SOAP, with the identities of src/test/resources/it-identities.properties and the
 * passwords the server generated for them: the consent registry and the decision log need a caller with a role;
 * each role sees and changes only what it may; a request a caller may not see is as unknown as one never issued.
 */
class AccessControlIT extends DeployedGateway {

    /** Both mechanisms challenge: a password (Basic) and a bearer JWT. */
    private static void assertChallenges(HttpResponse<String> response) {
        List<String> challenges = response.headers().allValues("WWW-Authenticate");
        assertTrue(challenges.stream().anyMatch(challenge -> challenge.startsWith("Basic realm=\"RecordingPolicyGateway\""))
                && challenges.stream().anyMatch(challenge -> challenge.startsWith("Bearer")), challenges.toString());
    }

    ItIdentities identities;
    Http anonymous;
    ConsentRest consent;

    @BeforeEach
    void clients() {
        identities = ItIdentities.arquillian();
        anonymous = new Http(base);
        consent = new ConsentRest(anonymous);
    }

    private Http as(String identity) {
        return anonymous.as(identities, identity);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0],
                response.body());
        JsonObject problem = Http.json(response);
        assertEquals(status, problem.getInt("status"), problem.toString());
        assertFalse(response.body().contains("Exception") || response.body().contains("<html"), response.body());
    }

    // ------------------------------------------------------------------------------------------------ 401

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/consent-requests?caseReference=ZAAK-1", "/api/v1/consent-requests/CR-0000000000000000000000000A",
            "/api/v1/decisions/00000000-0000-0000-0000-000000000000"})
    void theRegistryAndTheDecisionLogNeedCredentialsAnd401WithAChallengeOtherwise(String path) {
        for (Http caller : List.of(anonymous, anonymous.withAuthorization(ItIdentities.basic("case-system", "wrong")),
                anonymous.withAuthorization(ItIdentities.basic("nobody", "at-all")))) {
            HttpResponse<String> response = caller.get(path);
            assertProblem(response, 401);
            assertChallenges(response);
            assertEquals("1.6.0", response.headers().firstValue("API-Version").orElseThrow());
        }
    }

    @Test
    void anAnonymousSubmissionIsRefusedAndStoresNothing() {
        String caseReference = ConsentRest.newCaseReference();
        String body = ConsentRest.recording("VIDEO", ConsentRest.onTimeConversation(), caseReference);

        assertProblem(anonymous.postJson(ConsentRest.PATH, body), 401);

        assertEquals(0, consent.totalElements(caseReference));
    }

    @Test
    void thePublicQuestionsStayOpen() {
        assertEquals(200, anonymous.get("/api/v1/policies").statusCode());
        assertEquals(200, anonymous.get("/api/v1/lead-time?authority=UWV&medium=VIDEO&conversationDate=2026-05-18").statusCode());
        assertEquals(200, anonymous.postJson("/api/v1/usage-decisions",
                "{\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"usage\":\"PUBLISH\"}").statusCode());
    }

    // ------------------------------------------------------------------------------------------------ 404, not 403

    @Test
    void aRequestTheCallerMayNotSeeAnswersExactlyAsAnUnknownReference() {
        String reference = consent.newOnTimeRecording(); // by case-system, UWV
        String unknown = ConsentReferences.newReference();

        for (String outsider : List.of("case-system-2", "consent-officer-gemeente", "case-system-gemeente")) {
            HttpResponse<String> foreign = as(outsider).get(ConsentRest.PATH + "/" + reference);
            HttpResponse<String> never = as(outsider).get(ConsentRest.PATH + "/" + unknown);
            assertProblem(foreign, 404);
            assertEquals(Http.json(never).getString("detail"), Http.json(foreign).getString("detail"), outsider);
            assertEquals(never.body().replace(unknown, reference), foreign.body(), outsider + ": the same answer");
        }
        assertProblem(as("consent-officer-gemeente").postJson(ConsentRest.PATH + "/" + reference + "/decision",
                ConsentRest.body("decision", "GRANTED")), 404);
        assertProblem(as("case-system-2").postWithoutBody(ConsentRest.PATH + "/" + reference + "/withdrawal"), 404);
        assertEquals("SUBMITTED", consent.current(reference).getString("status"), "nobody outside changed it");
    }

    @Test
    void eachRoleSeesOnlyItsShareOfACase() {
        String caseReference = ConsentRest.newCaseReference();
        consent.submitted(ConsentRest.recording("VIDEO", ConsentRest.onTimeConversation(), caseReference));
        consent.submitted(ConsentRest.publication("MUNICIPALITY", "VIDEO", "PUBLISH", ConsentRest.today(), caseReference));
        String query = ConsentRest.PATH + "?caseReference=" + caseReference;

        assertEquals(2, total(as("auditor").get(query)));
        assertEquals(1, total(as("case-system").get(query)));
        assertEquals(1, total(as("case-system-gemeente").get(query)));
        assertEquals(0, total(as("case-system-2").get(query)));
        assertEquals(1, total(as("consent-officer").get(query)));
        assertEquals(1, total(as("consent-officer-gemeente").get(query)));
    }

    private static int total(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), page.body());
        JsonObject json = Http.json(page);
        assertEquals(json.getJsonArray("consentRequests").size(), json.getJsonObject("page").getInt("totalElements"));
        return json.getJsonObject("page").getInt("totalElements");
    }

    // ------------------------------------------------------------------------------------------------ 403

    @Test
    void aCallerThatSeesARequestButMayNotChangeItGets403() {
        String reference = consent.newOnTimeRecording();

        assertProblem(as("auditor").postJson(ConsentRest.PATH + "/" + reference + "/decision",
                ConsentRest.body("decision", "GRANTED")), 403);
        assertProblem(as("case-system").postJson(ConsentRest.PATH + "/" + reference + "/decision",
                ConsentRest.body("decision", "GRANTED")), 403);
        assertProblem(as("consent-officer").postWithoutBody(ConsentRest.PATH + "/" + reference + "/withdrawal"), 403);
        assertProblem(as("auditor").postWithoutBody(ConsentRest.PATH + "/" + reference + "/withdrawal"), 403);
        assertEquals("SUBMITTED", consent.current(reference).getString("status"));
    }

    @Test
    void onlyACaseSystemSubmitsAndOnlyForItsOwnAuthority() {
        String caseReference = ConsentRest.newCaseReference();
        assertProblem(as("case-system").postJson(ConsentRest.PATH,
                ConsentRest.publication("MUNICIPALITY", "VIDEO", "PUBLISH", ConsentRest.today(), caseReference)), 403);
        assertProblem(as("consent-officer").postJson(ConsentRest.PATH,
                ConsentRest.recording("VIDEO", ConsentRest.onTimeConversation(), caseReference)), 403);
        assertProblem(as("auditor").postJson(ConsentRest.PATH,
                ConsentRest.recording("VIDEO", ConsentRest.onTimeConversation(), caseReference)), 403);
        assertEquals(0, consent.totalElements(caseReference));
    }

    // ------------------------------------------------------------------------------------------------ who acted

    @Test
    void theHistoryNamesTheIdentityThatMadeEachStep() {
        String granted = consent.newOnTimeRecording();
        assertEquals(200, consent.decide(granted, "GRANTED", null).statusCode());
        String withdrawn = consent.newOnTimeRecording();
        assertEquals(200, consent.withdrawWithoutBody(withdrawn).statusCode());

        List<JsonObject> grantedHistory = consent.current(granted).getJsonArray("history").getValuesAs(JsonObject.class);
        assertEquals("case-system", grantedHistory.get(0).getString("actedBy"));
        assertEquals("REQUESTER", grantedHistory.get(0).getString("actor"));
        assertEquals("consent-officer", grantedHistory.get(1).getString("actedBy"));
        assertEquals("GRANTOR", grantedHistory.get(1).getString("actor"));
        assertEquals("case-system", consent.current(withdrawn).getJsonArray("history").getJsonObject(1).getString("actedBy"));

        JsonObject record = consent.record(grantedHistory.get(1).getString("decisionId"));
        assertTrue(record.getString("caller").startsWith("rest consent-officer@"), record.getString("caller"));
    }

    // ------------------------------------------------------------------------------------------------ decision log

    @Test
    void theDecisionLogIsReadByTheAuditorAndByWhoeverSeesTheRequestItConcerns() {
        String reference = consent.newOnTimeRecording();
        String submission = consent.current(reference).getJsonArray("history").getJsonObject(0).getString("decisionId");
        String recording = Http.json(anonymous.postJson("/api/v1/recording-decisions",
                "{\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"participant\":true}")).getString("decisionId");
        String path = "/api/v1/decisions/";

        assertEquals(200, as("auditor").get(path + submission).statusCode());
        assertEquals(200, as("case-system").get(path + submission).statusCode());
        assertEquals(200, as("consent-officer").get(path + submission).statusCode());
        assertProblem(as("case-system-2").get(path + submission), 404);
        assertProblem(as("consent-officer-gemeente").get(path + submission), 404);
        assertEquals(200, as("auditor").get(path + recording).statusCode());
        assertProblem(as("case-system").get(path + recording), 404);
    }

    @Test
    void anIdempotencyKeyBelongsToTheCallerThatSentIt() {
        String key = ConsentRest.newIdempotencyKey();
        String body = ConsentRest.recording("VIDEO", ConsentRest.onTimeConversation(), ConsentRest.newCaseReference());

        HttpResponse<String> first = as("case-system").postJson(ConsentRest.PATH, body, "Idempotency-Key", key);
        HttpResponse<String> other = as("case-system-2").postJson(ConsentRest.PATH, body, "Idempotency-Key", key);
        HttpResponse<String> retry = as("case-system").postJson(ConsentRest.PATH, body, "Idempotency-Key", key);

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, other.statusCode(), other.body());
        assertNotEquals(Http.json(first).getString("reference"), Http.json(other).getString("reference"),
                "another caller never receives the first caller's answer");
        assertEquals(Http.json(first).getString("reference"), Http.json(retry).getString("reference"));
    }

    // ------------------------------------------------------------------------------------------------ SOAP

    private Document soap(Http client, String body, int status) throws Exception {
        return SoapWire.post(client, SoapWire.envelope(body), status);
    }

    private static String code(Document fault) {
        assertEquals("Client", SoapWire.localPart(fault.getElementsByTagName("faultcode").item(0).getTextContent()));
        assertEquals(1, fault.getElementsByTagNameNS(SoapWire.NS, "RequestFault").getLength());
        return fault.getElementsByTagNameNS(SoapWire.NS, "code").item(0).getTextContent();
    }

    @Test
    void soapConsentOperationsNeedTheSameCredentialsAsRest() throws Exception {
        String reference = consent.newOnTimeRecording();
        String get = "<rp:GetConsentStatus><rp:reference>" + reference + "</rp:reference></rp:GetConsentStatus>";
        String decide = "<rp:DecideConsentRequest><rp:reference>" + reference + "</rp:reference>"
                + "<rp:decision>GRANTED</rp:decision></rp:DecideConsentRequest>";

        assertEquals("RPG-0401", code(soap(anonymous, get, 500)));
        assertEquals("RPG-0401", code(soap(anonymous, "<rp:GetConsentStatus><rp:reference>not-a-reference</rp:reference>"
                + "</rp:GetConsentStatus>", 500)), "the caller is checked before the question's fields are read");
        HttpResponse<String> wrong = anonymous.withAuthorization(ItIdentities.basic("case-system", "wrong")).send(
                HttpRequest.newBuilder(anonymous.uri("/" + SoapClient.PATH)).header("Content-Type", "text/xml; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(SoapWire.envelope(get))));
        assertEquals(401, wrong.statusCode(), wrong.body());
        assertTrue(wrong.body().contains("RPG-0401") && wrong.body().contains("Fault"), wrong.body());
        assertChallenges(wrong);

        assertEquals("RPG-0404", code(soap(as("case-system-2"), get, 500)));
        assertEquals("RPG-0404", code(soap(as("consent-officer-gemeente"), decide, 500)));
        assertEquals("RPG-0403", code(soap(as("auditor"), decide, 500)));
        assertEquals("SUBMITTED", consent.current(reference).getString("status"));

        Document granted = SoapWire.post(as("consent-officer"), SoapWire.envelope(decide), 200);
        assertEquals("consent-officer", granted.getElementsByTagNameNS(SoapWire.NS, "actedBy").item(1).getTextContent());
    }

    @Test
    void soapPublicQuestionsStayOpen() throws Exception {
        Document answer = soap(anonymous, "<rp:EvaluateUsage><rp:authority>UWV</rp:authority><rp:medium>AUDIO</rp:medium>"
                + "<rp:usage>PUBLISH</rp:usage></rp:EvaluateUsage>", 200);
        assertEquals("CONSENT_REQUIRED", answer.getElementsByTagNameNS(SoapWire.NS, "outcome").item(0).getTextContent());
    }
}
