package nl.overheid.recordingpolicy.it;

import static nl.overheid.recordingpolicy.it.ConsentRest.body;
import static nl.overheid.recordingpolicy.it.ConsentRest.newCaseReference;
import static nl.overheid.recordingpolicy.it.ConsentRest.newIdempotencyKey;
import static nl.overheid.recordingpolicy.it.ConsentRest.newTraceparent;
import static nl.overheid.recordingpolicy.it.ConsentRest.onTimeConversation;
import static nl.overheid.recordingpolicy.it.ConsentRest.publication;
import static nl.overheid.recordingpolicy.it.ConsentRest.recording;
import static nl.overheid.recordingpolicy.it.ConsentRest.steps;
import static nl.overheid.recordingpolicy.it.ConsentRest.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.overheid.recordingpolicy.testing.KnownWorkingDays;
import nl.overheid.recordingpolicy.domain.consent.ConsentReferences;

/**
 * The consent-request registry over REST, against openapi/openapi.json: the lifecycle of a request (submitted,
 * granted, denied, withdrawn, late), what a consent request does to a recording decision, every refused transition
 * as a 409 naming the current status, paging through a case, the decision log behind every status change, trace
 * context, and idempotent retries. Every answer is also checked against the schema the contract declares for it.
 */
class ConsentRestIT extends DeployedGateway {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DUTCH_DATE =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    Http http;
    ConsentRest consent;
    JsonObject contract;

    @BeforeEach
    void clients() {
        // The UWV consent officer: it may read, list and decide the UWV requests the tests send through the raw client.
        http = new Http(base).as(ItIdentities.arquillian(), "consent-officer");
        consent = new ConsentRest(new Http(base));
        contract = Http.json(http.get("/api/v1/openapi.json"));
    }

    /** The API-Version header carries the contract's info.version. */
    private String apiVersion() {
        return contract.getJsonObject("info").getString("version");
    }

    private static LocalDate deadline(LocalDate conversation) {
        return KnownWorkingDays.workingDaysBefore(conversation, 5);
    }

    // ------------------------------------------------------------------------------------------------ submission

    @Test
    void aRecordingRequestMadeInTimeIsSubmittedWithItsDeadlineAndFoundAtItsLocation() {
        LocalDate conversation = onTimeConversation();
        String caseReference = newCaseReference();
        Instant before = Instant.now().minusSeconds(5);

        HttpResponse<String> response = consent.submit(recording("VIDEO", conversation, caseReference));

        assertEquals(201, response.statusCode(), response.body());
        assertEquals("application/json", mediaType(response));
        assertEquals(apiVersion(), response.headers().firstValue("API-Version").orElseThrow());
        JsonObject request = Http.json(response);
        conforms("ConsentRequest", request);
        String reference = request.getString("reference");
        assertTrue(reference.matches(ConsentRest.REFERENCE_PATTERN), reference);
        assertTrue(ConsentReferences.isWellFormed(reference), reference);
        assertEquals("RECORDING", request.getString("kind"));
        assertEquals("UWV", request.getString("authority"));
        assertEquals("VIDEO", request.getString("medium"));
        assertFalse(request.containsKey("usage"), "a recording request names no usage");
        assertEquals(conversation.toString(), request.getString("conversationDate"));
        assertEquals("MIJN_UWV", request.getString("channel"));
        assertEquals(caseReference, request.getString("caseReference"));
        assertEquals(today().toString(), request.getString("requestDate"), "requestDate defaults to today in Amsterdam");
        assertEquals("EMPLOYEE", request.getString("consentGrantor"));
        assertEquals("SUBMITTED", request.getString("status"));
        JsonObject leadTime = request.getJsonObject("leadTime");
        assertTrue(leadTime.getBoolean("required"));
        assertEquals(5, leadTime.getInt("workingDays"));
        assertEquals(deadline(conversation).toString(), leadTime.getString("deadline"));
        assertEquals(today().toString(), leadTime.getString("requestDate"));
        assertTrue(leadTime.getBoolean("onTime"));
        assertFalse(request.getJsonObject("explanation").getString("nl").isBlank());
        assertFalse(request.getJsonObject("explanation").getString("en").isBlank());
        assertEquals(List.of("->SUBMITTED by REQUESTER"), steps(request));
        JsonObject submission = request.getJsonArray("history").getJsonObject(0);
        assertFalse(submission.containsKey("from"), "the submission comes from no status");
        Instant at = OffsetDateTime.parse(submission.getString("at")).toInstant();
        assertTrue(at.isAfter(before) && at.isBefore(Instant.now().plusSeconds(5)), "at " + at);
        assertTrue(submission.getString("decisionId").matches(UUID_PATTERN), submission.toString());

        URI location = locationOf(response);
        assertEquals("/api/v1/consent-requests/" + reference, location.getPath());
        HttpResponse<String> found = http.send(java.net.http.HttpRequest.newBuilder(location).GET());
        assertEquals(200, found.statusCode(), found.body());
        assertEquals(request, Http.json(found), "GET at the Location answers the request as submitted");
        assertEquals(request, consent.current(reference));
    }

    @Test
    void aRequestDateInThePastIsTakenAsGiven() {
        LocalDate conversation = onTimeConversation();
        LocalDate asked = today().minusDays(1);

        JsonObject request = consent.submitted(body("kind", "RECORDING", "authority", "UWV", "medium", "PHOTO",
                "conversationDate", conversation.toString(), "channel", "PHONE", "caseReference", newCaseReference(),
                "requestDate", asked.toString()));

        assertEquals(asked.toString(), request.getString("requestDate"));
        assertEquals(asked.toString(), request.getJsonObject("leadTime").getString("requestDate"));
        assertEquals("SUBMITTED", request.getString("status"));
        assertEquals("PHOTO", request.getString("medium"));
    }

    @Test
    void aRecordingRequestAfterItsDeadlineIsStoredAsLateAndTheExplanationNamesTheDeadline() {
        LocalDate conversation = today().plusDays(2);
        LocalDate deadline = deadline(conversation);

        JsonObject request = consent.submitted(recording("VIDEO", conversation, newCaseReference()));

        conforms("ConsentRequest", request);
        assertEquals("LATE", request.getString("status"));
        assertEquals(List.of("->LATE by REQUESTER"), steps(request));
        JsonObject leadTime = request.getJsonObject("leadTime");
        assertEquals(deadline.toString(), leadTime.getString("deadline"));
        assertFalse(leadTime.getBoolean("onTime"));
        String en = request.getJsonObject("explanation").getString("en");
        String nl = request.getJsonObject("explanation").getString("nl");
        assertTrue(en.contains(ENGLISH_DATE.format(deadline)) || en.contains(deadline.toString()),
                "the explanation names the deadline " + deadline + ": " + en);
        assertTrue(nl.contains(DUTCH_DATE.format(deadline)) || nl.contains(deadline.toString()),
                "de uitleg noemt de uiterste datum " + deadline + ": " + nl);
        assertEquals("LATE", consent.current(request.getString("reference")).getString("status"), "stored as LATE");
    }

    @ParameterizedTest(name = "PUBLICATION {1} at {0}: grantor {2}")
    @CsvSource({
            "UWV,          PUBLISH,                  UWV",
            "UWV,          SHARE_WITH_THIRD_PARTIES, UWV",
            "MUNICIPALITY, PUBLISH,                  EMPLOYEE",
            "MUNICIPALITY, SHARE_WITH_THIRD_PARTIES, EMPLOYEE",
    })
    void aPublicationRequestIsDecidedByTheGrantorTheUsageRulesName(String authority, String usage, String grantor) {
        LocalDate conversation = today().minusDays(10);

        JsonObject request = consent.submitted(publication(authority, "AUDIO", usage, conversation, newCaseReference()));

        conforms("ConsentRequest", request);
        assertEquals("PUBLICATION", request.getString("kind"));
        assertEquals(usage, request.getString("usage"));
        assertEquals(grantor, request.getString("consentGrantor"));
        assertEquals("SUBMITTED", request.getString("status"));
        assertEquals(ConsentRest.listedChannel(authority), request.getString("channel"));
        assertFalse(request.containsKey("leadTime"), "no lead time for a publication request");

        JsonObject granted = Http.json(consent.decide(request.getString("reference"), "GRANTED", null));
        assertEquals("GRANTED", granted.getString("status"));
    }

    // ------------------------------------------------------------------------------------------------ decisions

    @Test
    void aGrantedRecordingRequestMakesTheRecordingPermitted() {
        LocalDate conversation = onTimeConversation();
        String reference = consent.newOnTimeRecordingOn(conversation);

        HttpResponse<String> decided = consent.decide(reference, "GRANTED", "Akkoord, tot dan.");

        assertEquals(200, decided.statusCode(), decided.body());
        assertEquals(apiVersion(), decided.headers().firstValue("API-Version").orElseThrow());
        JsonObject granted = Http.json(decided);
        conforms("ConsentRequest", granted);
        assertEquals("GRANTED", granted.getString("status"));
        assertEquals(List.of("->SUBMITTED by REQUESTER", "SUBMITTED>GRANTED by GRANTOR"), steps(granted));
        assertEquals("Akkoord, tot dan.", granted.getJsonArray("history").getJsonObject(1).getString("reason"));
        assertEquals(granted, consent.current(reference));

        JsonObject decision = recordingDecision("VIDEO", conversation, reference);
        assertEquals("PERMITTED", decision.getString("outcome"));
        assertEquals(reference, decision.getJsonObject("consentRequest").getString("reference"));
        assertEquals("GRANTED", decision.getJsonObject("consentRequest").getString("status"));
        assertFalse(decision.containsKey("consentGrantor"), "nothing left to ask");
    }

    @Test
    void aDeniedRecordingRequestMakesTheRecordingNotPermitted() {
        LocalDate conversation = onTimeConversation();
        String reference = consent.newOnTimeRecordingOn(conversation);

        JsonObject denied = Http.json(consent.decide(reference, "DENIED", "Liever niet."));

        assertEquals("DENIED", denied.getString("status"));
        assertEquals(List.of("->SUBMITTED by REQUESTER", "SUBMITTED>DENIED by GRANTOR"), steps(denied));
        JsonObject decision = recordingDecision("VIDEO", conversation, reference);
        assertEquals("NOT_PERMITTED", decision.getString("outcome"));
        assertEquals("DENIED", decision.getJsonObject("consentRequest").getString("status"));
    }

    @Test
    void aPendingRecordingRequestStillNeedsTheEmployeesConsent() {
        LocalDate conversation = onTimeConversation();
        String reference = consent.newOnTimeRecordingOn(conversation);

        JsonObject decision = recordingDecision("VIDEO", conversation, reference);

        assertEquals("CONSENT_REQUIRED", decision.getString("outcome"));
        assertEquals("EMPLOYEE", decision.getString("consentGrantor"));
        assertEquals("SUBMITTED", decision.getJsonObject("consentRequest").getString("status"));
    }

    @Test
    void aLateRecordingRequestStillNeedsTheEmployeesConsentAndOnceGrantedPermitsTheRecording() {
        LocalDate conversation = today().plusDays(2);
        String reference = consent.submitted(recording("VIDEO", conversation, newCaseReference())).getString("reference");

        JsonObject pending = recordingDecision("VIDEO", conversation, reference);
        assertEquals("CONSENT_REQUIRED", pending.getString("outcome"), "a late request may still be granted");
        assertEquals("EMPLOYEE", pending.getString("consentGrantor"));
        assertEquals("LATE", pending.getJsonObject("consentRequest").getString("status"));
        assertTrue(pending.getJsonObject("explanation").getString("en").contains("not guaranteed"), pending.toString());

        JsonObject granted = Http.json(consent.decide(reference, "GRANTED", "Kan nog net."));
        conforms("ConsentRequest", granted);
        assertEquals(List.of("->LATE by REQUESTER", "LATE>GRANTED by GRANTOR"), steps(granted));

        JsonObject decision = recordingDecision("VIDEO", conversation, reference);
        assertEquals("PERMITTED", decision.getString("outcome"));
        assertEquals("GRANTED", decision.getJsonObject("consentRequest").getString("status"));
        assertEquals("PRIVATE_USE_ONLY", decision.getJsonArray("obligations").getJsonObject(0).getString("code"));
    }

    @Test
    void withoutARequestAnImageRecordingAfterTheDeadlineIsConsentRequiredSayingARequestIsLate() {
        HttpResponse<String> response = http.postJson("/api/v1/recording-decisions", "{\"authority\":\"UWV\","
                + "\"medium\":\"PHOTO\",\"participant\":true,\"conversationDate\":\"" + today().plusDays(2) + "\"}");

        assertEquals(200, response.statusCode(), response.body());
        JsonObject decision = Http.json(response);
        assertEquals("CONSENT_REQUIRED", decision.getString("outcome"));
        assertEquals("EMPLOYEE", decision.getString("consentGrantor"));
        assertTrue(decision.getJsonObject("explanation").getString("nl").contains("een aanvraag nu is laat"),
                decision.toString());
    }

    @Test
    void aRequestWithdrawnWithoutABodyIsWithdrawnAndPermitsNothing() {
        LocalDate conversation = onTimeConversation();
        String reference = consent.newOnTimeRecordingOn(conversation);

        HttpResponse<String> response = consent.withdrawWithoutBody(reference);

        assertEquals(200, response.statusCode(), "the body of a withdrawal is optional: " + response.body());
        JsonObject withdrawn = Http.json(response);
        conforms("ConsentRequest", withdrawn);
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertEquals(List.of("->SUBMITTED by REQUESTER", "SUBMITTED>WITHDRAWN by REQUESTER"), steps(withdrawn));
        assertFalse(withdrawn.getJsonArray("history").getJsonObject(1).containsKey("reason"), "no reason was given");
        JsonObject decision = recordingDecision("VIDEO", conversation, reference);
        assertNotEquals("PERMITTED", decision.getString("outcome"), "a withdrawn request is no consent");
        assertEquals("WITHDRAWN", decision.getJsonObject("consentRequest").getString("status"));
    }

    @Test
    void aRequestWithdrawnWithAReasonKeepsTheReason() {
        String reference = consent.newOnTimeRecording();

        JsonObject withdrawn = Http.json(consent.withdraw(reference, "Gesprek gaat niet door."));

        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertEquals("Gesprek gaat niet door.", withdrawn.getJsonArray("history").getJsonObject(1).getString("reason"));
        assertEquals(withdrawn, consent.current(reference));
    }

    @Test
    void aConsentRequestForAnotherRecordingIsA400NamingTheReference() {
        LocalDate conversation = onTimeConversation();
        String reference = consent.newOnTimeRecordingOn(conversation);

        for (String question : List.of(
                recordingQuestion("UWV", "VIDEO", conversation.plusDays(1), reference),
                recordingQuestion("UWV", "PHOTO", conversation, reference),
                recordingQuestion("MUNICIPALITY", "VIDEO", conversation, reference))) {
            HttpResponse<String> response = http.postJson("/api/v1/recording-decisions", question);
            assertProblem(response, 400);
            assertEquals(List.of("consentRequestReference"), invalidParamNames(response), question);
        }
    }

    @Test
    void anUnknownConsentRequestIsA400SayingSo() {
        HttpResponse<String> response = http.postJson("/api/v1/recording-decisions",
                recordingQuestion("UWV", "VIDEO", onTimeConversation(), ConsentReferences.newReference()));

        assertProblem(response, 400);
        JsonObject param = Http.json(response).getJsonArray("invalidParams").getJsonObject(0);
        assertEquals("consentRequestReference", param.getString("name"));
        assertEquals("is not a known consent request", param.getString("reason"));
    }

    @Test
    void aPublicationRequestCannotPermitARecording() {
        LocalDate conversation = today().minusDays(3);
        String reference = consent.submitted(publication("UWV", "VIDEO", "PUBLISH", conversation, newCaseReference()))
                .getString("reference");

        HttpResponse<String> response = http.postJson("/api/v1/recording-decisions",
                recordingQuestion("UWV", "VIDEO", conversation, reference));

        assertProblem(response, 400);
        assertEquals(List.of("consentRequestReference"), invalidParamNames(response));
    }

    // ------------------------------------------------------------------------------------------------ conflicts

    @Test
    void aDecidedRequestCannotBeDecidedAgainNorWithdrawn() {
        String reference = consent.newOnTimeRecording();
        assertEquals(200, consent.decide(reference, "GRANTED", null).statusCode());

        assertConflict(consent.decide(reference, "DENIED", null), "GRANTED", reference + "/decision");
        assertConflict(consent.decide(reference, "GRANTED", null), "GRANTED", reference + "/decision");
        assertConflict(consent.withdraw(reference, "toch niet"), "GRANTED", reference + "/withdrawal");
        assertConflict(consent.withdrawWithoutBody(reference), "GRANTED", reference + "/withdrawal");

        JsonObject after = consent.current(reference);
        assertEquals("GRANTED", after.getString("status"));
        assertEquals(2, after.getJsonArray("history").size(), "refused changes leave no trace in the history");
    }

    @Test
    void aDeniedRequestCannotBeGrantedAfterwards() {
        String reference = consent.newOnTimeRecording();
        assertEquals(200, consent.decide(reference, "DENIED", null).statusCode());

        assertConflict(consent.decide(reference, "GRANTED", null), "DENIED", reference + "/decision");
        assertConflict(consent.withdrawWithoutBody(reference), "DENIED", reference + "/withdrawal");
    }

    @Test
    void aWithdrawnRequestCannotBeDecidedNorWithdrawnAgain() {
        String reference = consent.newOnTimeRecording();
        assertEquals(200, consent.withdrawWithoutBody(reference).statusCode());

        assertConflict(consent.decide(reference, "GRANTED", null), "WITHDRAWN", reference + "/decision");
        assertConflict(consent.decide(reference, "DENIED", null), "WITHDRAWN", reference + "/decision");
        assertConflict(consent.withdraw(reference, null), "WITHDRAWN", reference + "/withdrawal");
        assertEquals(2, consent.current(reference).getJsonArray("history").size());
    }

    @Test
    void aLateRequestMayBeDeniedAndThenPermitsNothingOrWithdrawn() {
        String denied = consent.submitted(recording("PHOTO", today().plusDays(2), newCaseReference())).getString("reference");
        String withdrawn = consent.submitted(recording("PHOTO", today().plusDays(2), newCaseReference())).getString("reference");

        JsonObject refused = Http.json(consent.decide(denied, "DENIED", null));
        assertEquals(List.of("->LATE by REQUESTER", "LATE>DENIED by GRANTOR"), steps(refused));
        assertEquals("NOT_PERMITTED", recordingDecision("PHOTO", today().plusDays(2), denied).getString("outcome"));
        assertConflict(consent.decide(denied, "GRANTED", null), "DENIED", denied + "/decision");

        JsonObject takenBack = Http.json(consent.withdrawWithoutBody(withdrawn));
        assertEquals(List.of("->LATE by REQUESTER", "LATE>WITHDRAWN by REQUESTER"), steps(takenBack));
        assertEquals("NOT_PERMITTED", recordingDecision("PHOTO", today().plusDays(2), withdrawn).getString("outcome"),
                "a withdrawn request after the deadline gives no consent");
    }

    // ------------------------------------------------------------------------------------------------ not found, bad input

    @Test
    void anUnknownReferenceIsA404() {
        String unknown = ConsentReferences.newReference();

        for (HttpResponse<String> response : List.of(consent.get(unknown), consent.decide(unknown, "GRANTED", null),
                consent.withdraw(unknown, null), consent.withdrawWithoutBody(unknown))) {
            assertProblem(response, 404);
            assertTrue(Http.json(response).getString("instance").startsWith(ConsentRest.PATH + "/" + unknown),
                    response.body());
        }
    }

    @ParameterizedTest(name = "reference \"{0}\"")
    @CsvSource({
            "CR-123",
            "cr-3q9zk2m7t4b1x8c5v6n0p2r4sw",
            "CR-8Q9ZK2M7T4B1X8C5V6N0P2R4SW",
            "CR-3Q9ZK2M7T4B1X8C5V6N0P2R4SU",
            "ZAAK-2026-000123",
    })
    void aMalformedReferenceIsA400NamingTheReference(String reference) {
        for (HttpResponse<String> response : List.of(consent.get(reference), consent.decide(reference, "GRANTED", null),
                consent.withdrawWithoutBody(reference))) {
            assertProblem(response, 400);
            assertEquals(List.of("reference"), invalidParamNames(response), response.body());
        }
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"kind\":\"FILM\",\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"conversationDate\":\"@ON_TIME\",\"channel\":\"MIJN_UWV\",\"caseReference\":\"@CASE\"}                               | kind",
            "{\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"conversationDate\":\"@ON_TIME\",\"channel\":\"MIJN_UWV\",\"caseReference\":\"@CASE\"}                                                 | kind",
            "{\"kind\":\"RECORDING\",\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"conversationDate\":\"@ON_TIME\",\"channel\":\"MIJN_UWV\"}                                                      | caseReference",
            "{\"kind\":\"RECORDING\",\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"conversationDate\":\"@ON_TIME\",\"channel\":\"MIJN_UWV\",\"caseReference\":\"@CASE\",\"requestDate\":\"@TOMORROW\"} | requestDate",
            "{\"kind\":\"RECORDING\",\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"conversationDate\":\"@ON_TIME\",\"channel\":\"MIJN_UWV\",\"caseReference\":\"@CASE\"}                          | medium",
            "{\"kind\":\"RECORDING\",\"authority\":\"MUNICIPALITY\",\"medium\":\"VIDEO\",\"conversationDate\":\"@ON_TIME\",\"channel\":\"COUNTER\",\"caseReference\":\"@CASE\"}                  | authority",
            "{\"kind\":\"RECORDING\",\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"usage\":\"PUBLISH\",\"conversationDate\":\"@ON_TIME\",\"channel\":\"MIJN_UWV\",\"caseReference\":\"@CASE\"}    | usage",
            "{\"kind\":\"PUBLICATION\",\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"conversationDate\":\"@ON_TIME\",\"channel\":\"LETTER\",\"caseReference\":\"@CASE\"}                         | usage",
            "{\"kind\":\"RECORDING\",\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"conversationDate\":\"@ON_TIME\",\"channel\":\"COUNTER\",\"caseReference\":\"@CASE\"}                          | channel",
            "{\"kind\":\"RECORDING\",\"authority\":\"UWV\",\"medium\":\"PHOTO\",\"conversationDate\":\"@ON_TIME\",\"channel\":\"LETTER\",\"caseReference\":\"@CASE\"}                           | channel",
            "{\"kind\":\"PUBLICATION\",\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"usage\":\"PUBLISH\",\"conversationDate\":\"@ON_TIME\",\"channel\":\"LETTER\",\"caseReference\":\"@CASE\"} | channel",
            "{\"kind\":\"PUBLICATION\",\"authority\":\"MUNICIPALITY\",\"medium\":\"AUDIO\",\"usage\":\"PUBLISH\",\"conversationDate\":\"@ON_TIME\",\"channel\":\"MIJN_UWV\",\"caseReference\":\"@CASE\"} | channel",
            "{\"kind\":\"PUBLICATION\",\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"usage\":\"PRIVATE_LISTENING\",\"conversationDate\":\"@ON_TIME\",\"channel\":\"LETTER\",\"caseReference\":\"@CASE\"} | usage",
            "{\"kind\":\"PUBLICATION\",\"authority\":\"MUNICIPALITY\",\"medium\":\"AUDIO\",\"usage\":\"NAME_EMPLOYEE_ONLINE\",\"conversationDate\":\"@ON_TIME\",\"channel\":\"LETTER\",\"caseReference\":\"@CASE\"} | usage",
            "{\"kind\":\"RECORDING\",\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"conversationDate\":\"@ON_TIME\",\"channel\":\"EMAIL\",\"caseReference\":\"@CASE\"}                             | channel",
            "{\"kind\":\"RECORDING\",\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"conversationDate\":\"2026-02-30\",\"channel\":\"MIJN_UWV\",\"caseReference\":\"@CASE\"}                        | conversationDate",
            "{\"kind\":\"RECORDING\",\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"channel\":\"MIJN_UWV\",\"caseReference\":\"@CASE\"}                                                          | conversationDate",
            "{\"kind\":\"RECORDING\",\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"conversationDate\":\"@ON_TIME\",\"channel\":\"MIJN_UWV\",\"caseReference\":\"@CASE\",\"colour\":\"red\"}      | colour",
            "{\"kind\":\"RECORDING\",\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"conversationDate\":\"@ON_TIME\",\"channel\":\"MIJN_UWV\",\"caseReference\":\"@CASE\"                           | body",
    })
    void aSubmissionThatCannotBeAcceptedIsA400NamingTheFieldAndStoresNothing(String template, String field) {
        String caseReference = newCaseReference();
        String json = template.replace("@ON_TIME", onTimeConversation().toString())
                .replace("@TOMORROW", today().plusDays(1).toString())
                .replace("@CASE", caseReference);

        HttpResponse<String> response = consent.submit(json);

        assertProblem(response, 400);
        assertEquals(List.of(field), invalidParamNames(response), response.body());
        assertEquals(ConsentRest.PATH, Http.json(response).getString("instance"));
        assertEquals(0, consent.totalElements(caseReference), "nothing is stored for a refused submission");
    }

    @Test
    void aChannelTheAuthorityDoesNotListIsA400ThatNamesTheListedOnes() {
        String caseReference = newCaseReference();
        HttpResponse<String> uwv = consent.submit(body("kind", "RECORDING", "authority", "UWV", "medium", "VIDEO",
                "conversationDate", onTimeConversation().toString(), "channel", "COUNTER", "caseReference", caseReference));
        HttpResponse<String> municipality = consent.submit(body("kind", "PUBLICATION", "authority", "MUNICIPALITY",
                "medium", "AUDIO", "usage", "PUBLISH", "conversationDate", today().minusDays(3).toString(),
                "channel", "MIJN_UWV", "caseReference", caseReference));

        assertProblem(uwv, 400);
        assertEquals("UWV takes a request for consent to record VIDEO only through MIJN_UWV, CHAT, PHONE, not COUNTER",
                Http.json(uwv).getJsonArray("invalidParams").getJsonObject(0).getString("reason"), uwv.body());
        assertProblem(municipality, 400);
        assertEquals("the municipality GM0000 takes a request for consent to use a recording for PUBLISH only through "
                        + "COUNTER, LETTER, PHONE, not MIJN_UWV",
                Http.json(municipality).getJsonArray("invalidParams").getJsonObject(0).getString("reason"),
                municipality.body());
        assertEquals(0, consent.totalElements(caseReference), "nothing is stored for a refused channel");
    }

    @Test
    void aCaseReferenceLongerThan64CharactersIsA400() {
        HttpResponse<String> response = consent.submit(recording("VIDEO", onTimeConversation(), "X".repeat(65)));

        assertProblem(response, 400);
        assertEquals(List.of("caseReference"), invalidParamNames(response));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"decision\":\"MAYBE\"}       | decision",
            "{}                             | decision",
            "{\"decision\":\"GRANTED\",\"by\":\"me\"} | by",
            "{\"decision\":\"GRANTED\"      | body",
    })
    void aDecisionThatCannotBeAcceptedIsA400NamingTheField(String json, String field) {
        String reference = consent.newOnTimeRecording();

        HttpResponse<String> response = http.postJson(ConsentRest.PATH + "/" + reference + "/decision", json);

        assertProblem(response, 400);
        assertEquals(List.of(field), invalidParamNames(response));
        assertEquals("SUBMITTED", consent.current(reference).getString("status"));
    }

    @Test
    void aReasonLongerThan500CharactersIsA400() {
        String reference = consent.newOnTimeRecording();

        assertEquals(List.of("reason"), invalidParamNames(consent.decide(reference, "DENIED", "x".repeat(501))));
        assertEquals(List.of("reason"), invalidParamNames(consent.withdraw(reference, "x".repeat(501))));
        assertEquals(200, consent.decide(reference, "DENIED", "x".repeat(500)).statusCode(), "500 is allowed");
    }

    @Test
    void aSubmissionThatIsNotJsonIsA415() {
        HttpResponse<String> response = http.post(ConsentRest.PATH, "text/plain", "kind=RECORDING");

        assertProblem(response, 415);
    }

    // ------------------------------------------------------------------------------------------------ paging

    @Test
    void aCaseIsListedOldestFirstAPageAtATimeWithLinksAndATotalCount() {
        String caseReference = newCaseReference();
        List<String> references = new ArrayList<>();
        references.add(consent.submitted(recording("VIDEO", onTimeConversation(), caseReference)).getString("reference"));
        references.add(consent.submitted(recording("PHOTO", today().plusDays(40), caseReference)).getString("reference"));
        references.add(consent.submitted(recording("VIDEO", today().plusDays(2), caseReference)).getString("reference"));
        references.add(consent.submitted(publication("UWV", "VIDEO", "PUBLISH", today().minusDays(5), caseReference))
                .getString("reference"));
        references.add(consent.submitted(recording("VIDEO", today().plusDays(50), caseReference)).getString("reference"));
        consent.newOnTimeRecording(); // another case: never listed here

        HttpResponse<String> first = consent.page(caseReference, 1, 2);
        JsonObject page1 = listing(first, 1, 2, 5, 3);
        assertEquals(references.subList(0, 2), referencesOf(page1));
        assertEquals(Set.of("self", "first", "next", "last"), page1.getJsonObject("_links").keySet());

        HttpResponse<String> second = follow(first, page1, "next");
        JsonObject page2 = listing(second, 2, 2, 5, 3);
        assertEquals(references.subList(2, 4), referencesOf(page2));
        assertEquals(Set.of("self", "first", "prev", "next", "last"), page2.getJsonObject("_links").keySet());

        JsonObject page3 = listing(follow(second, page2, "next"), 3, 2, 5, 3);
        assertEquals(references.subList(4, 5), referencesOf(page3));
        assertEquals(Set.of("self", "first", "prev", "last"), page3.getJsonObject("_links").keySet());

        assertEquals(page3, listing(follow(first, page1, "last"), 3, 2, 5, 3), "last is page 3");
        assertEquals(page1, listing(follow(second, page2, "prev"), 1, 2, 5, 3), "prev of page 2 is page 1");
        assertEquals(page1, listing(follow(second, page2, "first"), 1, 2, 5, 3), "first is page 1");
        assertEquals(page2, listing(follow(second, page2, "self"), 2, 2, 5, 3), "self is the page itself");

        JsonObject all = listing(consent.page(caseReference, null, null), 1, 20, 5, 1);
        assertEquals(references, referencesOf(all), "pageSize defaults to 20, page to 1");
        assertEquals(consent.current(references.get(2)), all.getJsonArray("consentRequests").getJsonObject(2),
                "a listed request is the request as GET answers it");
    }

    @Test
    void aCaseWithoutRequestsIsAnEmptyListing() {
        JsonObject empty = listing(consent.page(newCaseReference(), null, null), 1, 20, 0, 0);

        assertEquals(0, empty.getJsonArray("consentRequests").size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "?page=1                              | caseReference",
            "?caseReference=ZAAK-1&pageSize=0     | pageSize",
            "?caseReference=ZAAK-1&pageSize=101   | pageSize",
            "?caseReference=ZAAK-1&pageSize=many  | pageSize",
            "?caseReference=ZAAK-1&page=0         | page",
            "?caseReference=ZAAK-1&page=-1        | page",
    })
    void aListingThatCannotBeAnsweredIsA400NamingTheParameter(String query, String field) {
        HttpResponse<String> response = http.get(ConsentRest.PATH + query);

        assertProblem(response, 400);
        assertEquals(List.of(field), invalidParamNames(response));
    }

    // ------------------------------------------------------------------------------------------------ decision log

    @Test
    void everyStatusChangeHasADecisionRecord() {
        String reference = consent.newOnTimeRecording();
        JsonObject granted = Http.json(consent.decide(reference, "GRANTED", "ok"));
        String withdrawnReference = consent.newOnTimeRecording();
        JsonObject withdrawn = Http.json(consent.withdrawWithoutBody(withdrawnReference));
        JsonObject denied = Http.json(consent.decide(consent.newOnTimeRecording(), "DENIED", null));
        JsonObject late = consent.submitted(recording("VIDEO", today().plusDays(2), newCaseReference()));

        assertRecords(granted, List.of("consent_submitted:SUBMITTED", "consent_granted:GRANTED"));
        assertRecords(withdrawn, List.of("consent_submitted:SUBMITTED", "consent_withdrawn:WITHDRAWN"));
        assertRecords(denied, List.of("consent_submitted:SUBMITTED", "consent_denied:DENIED"));
        assertRecords(late, List.of("consent_late:LATE"));
    }

    @Test
    void recordingAndUsageDecisionsHaveADecisionRecord() {
        LocalDate conversation = onTimeConversation();
        String reference = consent.newOnTimeRecordingOn(conversation);
        JsonObject withConsent = recordingDecision("VIDEO", conversation, reference);
        JsonObject without = Http.json(http.postJson("/api/v1/recording-decisions",
                "{\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"participant\":true}"));
        JsonObject usage = Http.json(http.postJson("/api/v1/usage-decisions",
                "{\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"usage\":\"PUBLISH\"}"));

        JsonObject record = consent.record(withConsent.getString("decisionId"));
        conforms("DecisionRecord", record);
        assertEquals(withConsent.getString("decisionId"), record.getString("decisionId"));
        assertEquals("recording_decision", record.getString("event"));
        assertEquals("CONSENT_REQUIRED", record.getString("status"));
        assertEquals(reference, record.getString("consentRequestReference"));
        assertEquals(strings(withConsent, "rules"), strings(record.getJsonObject("policies"), "ruleIds"));
        assertEquals(withConsent.getJsonObject("policyVersion"), record.getJsonObject("policies").getJsonObject("policyVersion"));
        assertEquals("CONSENT_REQUIRED", record.getJsonObject("response").getString("outcome"), "the answer as given");

        JsonObject audio = consent.record(without.getString("decisionId"));
        assertEquals("recording_decision", audio.getString("event"));
        assertEquals("PERMITTED", audio.getString("status"));
        assertFalse(audio.containsKey("consentRequestReference"));

        JsonObject usageRecord = consent.record(usage.getString("decisionId"));
        conforms("DecisionRecord", usageRecord);
        assertEquals("usage_decision", usageRecord.getString("event"));
        assertEquals(usage.getString("outcome"), usageRecord.getString("status"));
    }

    /** Decisions made at the same moment share commits of the decision log (group commit); each keeps its record. */
    @Test
    void parallelDecisionsEachHaveTheirOwnRecord() throws Exception {
        int threads = 16;
        int perThread = 20;
        LocalDate conversation = onTimeConversation();
        List<JsonObject> decisions = new ArrayList<>();
        for (List<JsonObject> mine : inParallel(threads, 120, caller -> {
            String medium = caller % 2 == 0 ? "AUDIO" : "VIDEO";
            List<JsonObject> made = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
                HttpResponse<String> response = http.postJson("/api/v1/recording-decisions",
                        "{\"authority\":\"UWV\",\"medium\":\"" + medium + "\",\"participant\":true,"
                                + "\"conversationDate\":\"" + conversation + "\"}");
                assertEquals(200, response.statusCode(), response.body());
                made.add(Http.json(response));
            }
            return made;
        })) {
            decisions.addAll(mine);
        }

        Set<String> ids = new HashSet<>();
        for (JsonObject decision : decisions) {
            String id = decision.getString("decisionId");
            assertTrue(ids.add(id), "decision ids are unique: " + id);
            JsonObject record = consent.record(id);
            assertEquals(id, record.getString("decisionId"));
            assertEquals(decision.getString("outcome"), record.getString("status"));
            assertEquals(decision, record.getJsonObject("response"), "the record holds the answer as given");
        }
        assertEquals(threads * perThread, ids.size());
    }

    @Test
    void anUnknownDecisionIsA404AndAMalformedIdA400() {
        assertProblem(consent.decisionRecord(UUID.randomUUID().toString()), 404);

        HttpResponse<String> malformed = consent.decisionRecord("not-a-decision");
        assertProblem(malformed, 400);
        assertEquals(List.of("decisionId"), invalidParamNames(malformed));
    }

    @Test
    void theCallersTraceparentIsRecordedWithEveryDecision() {
        String[] submitTrace = newTraceparent();
        JsonObject submitted = consent.submitted(recording("VIDEO", onTimeConversation(), newCaseReference()),
                "traceparent", submitTrace[0]);
        String[] decideTrace = newTraceparent();
        JsonObject granted = Http.json(consent.decide(submitted.getString("reference"), "GRANTED", null,
                "traceparent", decideTrace[0]));
        String[] recordingTrace = newTraceparent();
        JsonObject decision = Http.json(http.postJson("/api/v1/recording-decisions",
                recordingQuestion("UWV", "VIDEO", LocalDate.parse(submitted.getString("conversationDate")),
                        submitted.getString("reference")), "traceparent", recordingTrace[0]));

        assertTraced(consent.record(historyDecisionId(granted, 0)), submitTrace);
        assertTraced(consent.record(historyDecisionId(granted, 1)), decideTrace);
        assertTraced(consent.record(decision.getString("decisionId")), recordingTrace);
    }

    @Test
    void withoutATraceparentEachDecisionStartsATraceOfItsOwn() {
        JsonObject one = consent.record(historyDecisionId(consent.submitted(
                recording("VIDEO", onTimeConversation(), newCaseReference())), 0));
        JsonObject other = consent.record(historyDecisionId(consent.submitted(
                recording("VIDEO", onTimeConversation(), newCaseReference())), 0));

        assertFalse(one.containsKey("parentSpanId"), one.toString());
        assertTrue(one.getString("traceId").matches("[0-9a-f]{32}"));
        assertTrue(one.getString("spanId").matches("[0-9a-f]{16}"));
        assertNotEquals(one.getString("traceId"), other.getString("traceId"));
    }

    // ------------------------------------------------------------------------------------------------ idempotency

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndStoresNothingNew() {
        String caseReference = newCaseReference();
        String json = recording("VIDEO", onTimeConversation(), caseReference);
        String key = newIdempotencyKey();

        HttpResponse<String> first = consent.submit(json, "Idempotency-Key", key);
        HttpResponse<String> retry = consent.submit(json, "Idempotency-Key", key);

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, retry.statusCode(), "a replay has the first status: " + retry.body());
        assertEquals(Http.json(first), Http.json(retry), "the first answer again, to the letter");
        assertEquals(locationOf(first), locationOf(retry));
        assertEquals(1, consent.totalElements(caseReference));
    }

    @Test
    void aRetryNamingTheMunicipalityByItsCodeInsteadOfItsAliasIsTheSameRequest() {
        String caseReference = newCaseReference();
        LocalDate conversation = today().minusDays(2);
        String key = newIdempotencyKey();
        Http municipalCaseSystem = consent.as("case-system-gemeente");

        HttpResponse<String> first = municipalCaseSystem.postJson(ConsentRest.PATH,
                publication("MUNICIPALITY", "AUDIO", "PUBLISH", conversation, caseReference), "Idempotency-Key", key);
        HttpResponse<String> retry = municipalCaseSystem.postJson(ConsentRest.PATH,
                publication("GM0000", "AUDIO", "PUBLISH", conversation, caseReference), "Idempotency-Key", key);

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, retry.statusCode(), "the idempotency fingerprint is of the parsed request: " + retry.body());
        assertEquals(Http.json(first).getString("reference"), Http.json(retry).getString("reference"));
        assertEquals(1, consent.totalElements(caseReference));
    }

    @Test
    void theSameKeyWithAnotherBodyIsA422() {
        String caseReference = newCaseReference();
        String key = newIdempotencyKey();
        assertEquals(201, consent.submit(recording("VIDEO", onTimeConversation(), caseReference), "Idempotency-Key", key)
                .statusCode());

        HttpResponse<String> reused = consent.submit(recording("PHOTO", onTimeConversation(), caseReference),
                "Idempotency-Key", key);

        assertProblem(reused, 422);
        assertEquals(1, consent.totalElements(caseReference), "the second body was not stored");
    }

    @Test
    void differentKeysAreDifferentRequests() {
        String caseReference = newCaseReference();
        String json = recording("VIDEO", onTimeConversation(), caseReference);

        String one = consent.submitted(json, "Idempotency-Key", newIdempotencyKey()).getString("reference");
        String two = consent.submitted(json, "Idempotency-Key", newIdempotencyKey()).getString("reference");
        String three = consent.submitted(json).getString("reference");

        assertEquals(3, Set.of(one, two, three).size());
        assertEquals(3, consent.totalElements(caseReference));
    }

    @Test
    void aRetriedDecisionGetsTheFirstAnswerAndAnotherDecisionWithTheSameKeyIsA422() {
        String reference = consent.newOnTimeRecording();
        String key = newIdempotencyKey();

        HttpResponse<String> first = consent.decide(reference, "GRANTED", null, "Idempotency-Key", key);
        HttpResponse<String> retry = consent.decide(reference, "GRANTED", null, "Idempotency-Key", key);
        HttpResponse<String> other = consent.decide(reference, "DENIED", null, "Idempotency-Key", key);

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(200, retry.statusCode(), "a retry is not a second decision: " + retry.body());
        assertEquals(Http.json(first), Http.json(retry));
        assertProblem(other, 422);
        assertEquals(2, consent.current(reference).getJsonArray("history").size());
    }

    @Test
    void theAnswerIsTheResponseTheDecisionLogHolds() {
        HttpResponse<String> submitted = consent.submit(recording("VIDEO", onTimeConversation(), newCaseReference()));
        assertEquals(201, submitted.statusCode(), submitted.body());
        assertTrue(submitted.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject request = Http.json(submitted);
        String submission = request.getJsonArray("history").getJsonObject(0).getString("decisionId");
        assertEquals(request, consent.record(submission).getJsonObject("response"), "submission");

        HttpResponse<String> decided = consent.decide(request.getString("reference"), "GRANTED", null);
        assertEquals(200, decided.statusCode(), decided.body());
        assertTrue(decided.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject after = Http.json(decided);
        String decision = after.getJsonArray("history").getJsonObject(1).getString("decisionId");
        assertEquals(after, consent.record(decision).getJsonObject("response"), "decision");
    }

    @Test
    void aRetriedWithdrawalGetsTheFirstAnswer() {
        String reference = consent.newOnTimeRecording();
        String key = newIdempotencyKey();

        HttpResponse<String> first = consent.withdraw(reference, "weg", "Idempotency-Key", key);
        HttpResponse<String> retry = consent.withdraw(reference, "weg", "Idempotency-Key", key);

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(200, retry.statusCode(), retry.body());
        assertEquals(Http.json(first), Http.json(retry));
        assertProblem(consent.withdraw(reference, "anders", "Idempotency-Key", key), 422);
    }

    @Test
    void parallelRetriesWithOneKeyStoreExactlyOneRequest() throws Exception {
        String caseReference = newCaseReference();
        String json = recording("VIDEO", onTimeConversation(), caseReference);
        String key = newIdempotencyKey();
        List<HttpResponse<String>> responses =
                inParallel(16, 90, caller -> consent.submit(json, "Idempotency-Key", key));

        Set<String> references = new HashSet<>();
        Set<URI> locations = new HashSet<>();
        int created = 0;
        for (HttpResponse<String> response : responses) {
            if (response.statusCode() == 201) {
                created++;
                references.add(Http.json(response).getString("reference"));
                locations.add(locationOf(response));
            } else {
                assertProblem(response, 409); // the first is still in flight
            }
        }
        assertTrue(created >= 1, "at least the first one answers 201");
        assertEquals(1, references.size(), "every 201 names the same request: " + references);
        assertEquals(1, locations.size(), "and the same Location: " + locations);
        assertEquals(1, consent.totalElements(caseReference), "exactly one request stored");

        JsonObject afterwards = consent.submitted(json, "Idempotency-Key", key);
        assertEquals(references.iterator().next(), afterwards.getString("reference"), "a later retry gets it too");
        assertEquals(1, consent.totalElements(caseReference));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** What each caller does, given its number. */
    private interface Caller<T> {
        T call(int number) throws Exception;
    }

    /**
     * Runs {@code callers} callers at the same moment (each waits until all are ready) and returns what each
     * returned, in caller order; fails if one fails or takes longer than {@code timeoutSeconds}.
     */
    private static <T> List<T> inParallel(int callers, int timeoutSeconds, Caller<T> caller) throws Exception {
        CountDownLatch ready = new CountDownLatch(callers);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<T>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                int number = i;
                calls.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return caller.call(number);
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS), "all callers ready");
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> call : calls) {
                results.add(call.get(timeoutSeconds, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        }
    }

    private JsonObject recordingDecision(String medium, LocalDate conversation, String reference) {
        HttpResponse<String> response = http.postJson("/api/v1/recording-decisions",
                recordingQuestion("UWV", medium, conversation, reference));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject decision = Http.json(response);
        conforms("Decision", decision);
        return decision;
    }

    private static String recordingQuestion(String authority, String medium, LocalDate conversation, String reference) {
        return "{\"authority\":\"" + authority + "\",\"medium\":\"" + medium + "\",\"participant\":true,"
                + "\"conversationDate\":\"" + conversation + "\",\"consentRequestReference\":\"" + reference + "\"}";
    }

    /** Checks a page's counts, its X-Total-Count and its shape; returns its body. */
    private JsonObject listing(HttpResponse<String> response, int number, int size, int totalElements, int totalPages) {
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(String.valueOf(totalElements), response.headers().firstValue("X-Total-Count").orElse("(none)"),
                "X-Total-Count");
        assertEquals(apiVersion(), response.headers().firstValue("API-Version").orElseThrow());
        JsonObject body = Http.json(response);
        conforms("ConsentRequestPage", body);
        JsonObject page = body.getJsonObject("page");
        assertEquals(List.of(number, size, totalElements, totalPages),
                List.of(page.getInt("number"), page.getInt("size"), page.getInt("totalElements"), page.getInt("totalPages")),
                "page number, size, totalElements, totalPages");
        return body;
    }

    /** GETs a link of a page, resolved against the URI that page was fetched from. */
    private HttpResponse<String> follow(HttpResponse<String> from, JsonObject page, String link) {
        JsonObject links = page.getJsonObject("_links");
        assertTrue(links.containsKey(link), "no " + link + " link in " + links);
        URI target = from.uri().resolve(links.getJsonObject(link).getString("href"));
        assertEquals(from.uri().getHost(), target.getHost(), "links stay on this server: " + target);
        return http.send(java.net.http.HttpRequest.newBuilder(target).header("Accept", "application/json").GET());
    }

    private static List<String> referencesOf(JsonObject page) {
        return page.getJsonArray("consentRequests").getValuesAs(JsonObject.class).stream()
                .map(request -> request.getString("reference")).toList();
    }

    /** Each history entry's decisionId resolves to a record of that change: event, status, reference, rules, trace. */
    private void assertRecords(JsonObject consentRequest, List<String> eventsAndStatuses) {
        String reference = consentRequest.getString("reference");
        List<String> found = new ArrayList<>();
        for (JsonObject change : consentRequest.getJsonArray("history").getValuesAs(JsonObject.class)) {
            JsonObject record = consent.record(change.getString("decisionId"));
            conforms("DecisionRecord", record);
            found.add(record.getString("event") + ":" + record.getString("status"));
            assertEquals(change.getString("decisionId"), record.getString("decisionId"));
            assertEquals(reference, record.getString("consentRequestReference"));
            assertTrue(record.getString("traceId").matches("[0-9a-f]{32}"), record.toString());
            assertTrue(record.getString("spanId").matches("[0-9a-f]{16}"), record.toString());
            assertFalse(record.getString("caller").isBlank());
            Instant at = OffsetDateTime.parse(change.getString("at")).toInstant();
            Instant recorded = OffsetDateTime.parse(record.getString("timestamp")).toInstant();
            assertTrue(Duration.between(at, recorded).abs().toSeconds() < 5, "recorded at " + recorded + ", changed at " + at);
            List<String> rules = strings(record.getJsonObject("policies"), "ruleIds");
            assertTrue(rules.contains("UWV-VIDEO-CONSENT"), "a recording request's changes cite UWV-VIDEO-CONSENT: " + rules);
            assertEquals("2026.1", record.getJsonObject("policies").getJsonObject("policyVersion").getString("version"));
            assertEquals(reference, record.getJsonObject("response").getString("reference"), "the answer as given");
            assertEquals(change.getString("to"), record.getJsonObject("response").getString("status"));
        }
        assertEquals(eventsAndStatuses, found, "events of " + reference);
    }

    private static void assertTraced(JsonObject record, String[] traceparent) {
        assertEquals(traceparent[1], record.getString("traceId"), "trace-id of the caller's traceparent");
        assertEquals(traceparent[2], record.getString("parentSpanId"), "parent-id of the caller's traceparent");
        assertTrue(record.getString("spanId").matches("[0-9a-f]{16}"));
        assertNotEquals(traceparent[2], record.getString("spanId"), "the gateway's own span");
    }

    private static String historyDecisionId(JsonObject consentRequest, int index) {
        return consentRequest.getJsonArray("history").getJsonObject(index).getString("decisionId");
    }

    private void assertConflict(HttpResponse<String> response, String currentStatus, String instanceTail) {
        assertProblem(response, 409);
        JsonObject problem = Http.json(response);
        assertEquals(currentStatus, problem.getString("currentStatus"), response.body());
        assertEquals(ConsentRest.PATH + "/" + instanceTail, problem.getString("instance"));
    }

    private void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", mediaType(response));
        assertEquals(apiVersion(), response.headers().firstValue("API-Version").orElseThrow());
        JsonObject problem = Http.json(response);
        conforms("Problem", problem);
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").isBlank());
        assertFalse(response.body().contains("Exception"), response.body());
        assertFalse(response.body().contains("nl.overheid"), response.body());
    }

    private static List<String> invalidParamNames(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        return Http.json(response).getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream()
                .map(param -> param.getString("name")).toList();
    }

    private static URI locationOf(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location"));
        return response.uri().resolve(location);
    }

    private static String mediaType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** The answer fits the schema the contract declares for it: no undeclared field, no missing required one. */
    private void conforms(String schema, JsonValue value) {
        JsonObject declared = contract.getJsonObject("components").getJsonObject("schemas").getJsonObject(schema);
        List<String> violations = SchemaCheck.violations(contract, declared, value);
        assertTrue(violations.isEmpty(), schema + ": " + String.join("; ", violations) + "\n" + value);
    }
}
