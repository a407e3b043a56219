package nl.overheid.recordingpolicy.it;

import static nl.overheid.recordingpolicy.it.ConsentRest.body;
import static nl.overheid.recordingpolicy.it.ConsentRest.newCaseReference;
import static nl.overheid.recordingpolicy.it.ConsentRest.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.overheid.recordingpolicy.contract.soap.v1.ConsentContact;
import nl.overheid.recordingpolicy.contract.soap.v1.ConsentRequest;
import nl.overheid.recordingpolicy.contract.soap.v1.RecordingPolicyPortType;
import nl.overheid.recordingpolicy.contract.soap.v1.RequestFault;
import nl.overheid.recordingpolicy.contract.soap.v1.RequestFault_Exception;
import nl.overheid.recordingpolicy.domain.consent.ConsentReferences;

/**
 * UWV's contact after a request ("Wij nemen dan contact met u op om met u mee te denken over de meest passende
 * oplossing", UWV-VIDEO-CONTACT) over REST and SOAP: every request shows its next step, the UWV consent officer records
 * the contact and proposes an alternative, the case system that submitted the request reads it back, the contact is a
 * decision with a decision-log record, and nobody else may record one (another authority's officer gets the 404 of an
 * unknown reference).
 */
class ConsentContactIT extends DeployedGateway {

    private static final String CONTACT_RULE = "UWV-VIDEO-CONTACT";

    ConsentRest consent;
    RecordingPolicyPortType caseSystem;
    RecordingPolicyPortType officer;

    @BeforeEach
    void clients() {
        consent = new ConsentRest(new Http(base));
        ItIdentities identities = ItIdentities.arquillian();
        caseSystem = SoapClient.port(base, identities, "case-system");
        officer = SoapClient.port(base, identities, "consent-officer");
    }

    /** A contact an hour ago, with an offset, as a consent officer's system would send it. */
    private static String anHourAgo() {
        return OffsetDateTime.now(ZoneOffset.ofHours(1)).minusHours(1).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private HttpResponse<String> recordContact(String identity, String reference, String json) {
        return consent.as(identity).postJson(ConsentRest.PATH + "/" + reference + "/contacts", json);
    }

    private static List<String> rules(JsonObject nextStep) {
        return nextStep.getJsonArray("rules").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    // ------------------------------------------------------------------------------------------------ REST

    @Test
    void everyUwvRecordingRequestShowsThatUwvWillMakeContact() {
        for (var conversation : List.of(ConsentRest.onTimeConversation(), today().plusDays(2))) {
            JsonObject request = consent.submitted(ConsentRest.recording("VIDEO", conversation, newCaseReference()));

            JsonObject next = request.getJsonObject("nextStep");
            assertEquals(List.of(CONTACT_RULE), rules(next), request.getString("status"));
            assertEquals("Volgende stap: UWV neemt contact met u op om met u mee te denken over de meest passende oplossing.",
                    next.getJsonObject("explanation").getString("nl"));
            assertTrue(request.getJsonArray("contacts").isEmpty());
        }
    }

    @Test
    void theGrantorRecordsAContactWithAnAlternativeThatTheCaseSystemReadsBack() {
        String reference = consent.submitted(ConsentRest.recording("VIDEO", today().plusDays(2), newCaseReference()))
                .getString("reference");
        String contactedAt = anHourAgo();

        HttpResponse<String> response = recordContact("consent-officer", reference, body("contactedAt", contactedAt,
                "note", "Gebeld; geluid volstaat.", "alternativeMedium", "AUDIO",
                "alternativeDescription", "Een geluidsopname in plaats van video."));

        assertEquals(200, response.statusCode(), response.body());
        JsonObject answered = Http.json(response);
        assertEquals("LATE", answered.getString("status"), "a contact changes no status");
        assertEquals(1, answered.getJsonArray("history").size());
        JsonObject contact = answered.getJsonArray("contacts").getJsonObject(0);
        assertEquals(OffsetDateTime.parse(contactedAt).toInstant(), OffsetDateTime.parse(contact.getString("contactedAt")).toInstant());
        assertEquals("Gebeld; geluid volstaat.", contact.getString("note"));
        assertEquals("AUDIO", contact.getString("alternativeMedium"));
        assertEquals("Een geluidsopname in plaats van video.", contact.getString("alternativeDescription"));
        assertEquals("consent-officer", contact.getString("recordedBy"));
        assertTrue(answered.getJsonObject("nextStep").getJsonObject("explanation").getString("en")
                .contains("Proposed alternative: an audio recording"), answered.toString());

        JsonObject readBack = consent.current(reference); // as the case system that submitted it
        assertEquals(answered, readBack);

        JsonObject record = consent.record(contact.getString("decisionId"));
        assertEquals("consent_contact", record.getString("event"));
        assertEquals(reference, record.getString("consentRequestReference"));
        assertTrue(record.toString().contains(CONTACT_RULE), record.toString());
    }

    @Test
    void onlyTheConsentOfficerOfTheRequestsAuthorityRecordsAContact() {
        String reference = consent.newOnTimeRecording();
        String unknown = ConsentReferences.newReference();
        String contact = body("contactedAt", anHourAgo());

        HttpResponse<String> foreign = recordContact("consent-officer-gemeente", reference, contact);
        HttpResponse<String> never = recordContact("consent-officer-gemeente", unknown, contact);
        assertEquals(404, foreign.statusCode(), foreign.body());
        assertEquals(never.body().replace(unknown, reference), foreign.body(), "the same answer as an unknown reference");

        HttpResponse<String> requester = recordContact("case-system", reference, contact);
        assertEquals(403, requester.statusCode(), requester.body());
        HttpResponse<String> auditor = recordContact("auditor", reference, contact);
        assertEquals(403, auditor.statusCode(), auditor.body());

        assertTrue(consent.current(reference).getJsonArray("contacts").isEmpty(), "nobody else recorded anything");
    }

    @Test
    void aRetriedContactWithTheSameKeyIsRecordedOnce() {
        String reference = consent.newOnTimeRecording();
        String json = body("contactedAt", anHourAgo(), "note", "Gebeld.");
        String key = ConsentRest.newIdempotencyKey();

        HttpResponse<String> first = consent.as("consent-officer").postJson(ConsentRest.PATH + "/" + reference + "/contacts",
                json, "Idempotency-Key", key);
        HttpResponse<String> retry = consent.as("consent-officer").postJson(ConsentRest.PATH + "/" + reference + "/contacts",
                json, "Idempotency-Key", key);

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(first.body(), retry.body(), "the retry gets the first answer");
        assertEquals(1, consent.current(reference).getJsonArray("contacts").size());
    }

    @Test
    void thePolicyEndpointPublishesTheContactRuleWithItsSentence() {
        HttpResponse<String> response = new Http(base).get("/api/v1/policies/UWV");

        assertEquals(200, response.statusCode(), response.body());
        JsonObject rule = Http.json(response).getJsonArray("rules").getValuesAs(JsonObject.class).stream()
                .filter(candidate -> CONTACT_RULE.equals(candidate.getString("id"))).findFirst()
                .orElseThrow(() -> new AssertionError(CONTACT_RULE + " is not published: " + response.body()));
        assertTrue(rule.toString().contains("Wij nemen dan contact met u op om met u mee te denken over de meest "
                + "passende oplossing."), rule.toString());
    }

    @Test
    void aContactThatCannotHaveHappenedIsA400NamingTheField() {
        String reference = consent.newOnTimeRecording();

        assertEquals(List.of("contactedAt"), invalidParams(recordContact("consent-officer", reference,
                body("contactedAt", OffsetDateTime.now().plusDays(1).toString()))));
        assertEquals(List.of("contactedAt"), invalidParams(recordContact("consent-officer", reference,
                body("contactedAt", "2026-13-01T10:00:00+01:00"))));
        assertEquals(List.of("alternativeMedium"), invalidParams(recordContact("consent-officer", reference,
                body("contactedAt", anHourAgo(), "alternativeMedium", "VIDEO"))));
        assertEquals(List.of("alternativeMedium"), invalidParams(recordContact("consent-officer", reference,
                body("contactedAt", anHourAgo(), "alternativeMedium", "HOLOGRAM"))));
        assertTrue(consent.current(reference).getJsonArray("contacts").isEmpty());
    }

    private static List<String> invalidParams(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        return Http.json(response).getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream()
                .map(param -> param.getString("name")).toList();
    }

    // ------------------------------------------------------------------------------------------------ SOAP

    @Test
    void overSoapTheGrantorRecordsAContactAndTheCaseSystemReadsItBack() throws Exception {
        ConsentRequest submitted = caseSystem.submitConsentRequest(null, "RECORDING", "UWV", "PHOTO", null,
                today().plusDays(2).toString(), "PHONE", newCaseReference(), null);
        assertEquals(List.of(CONTACT_RULE), submitted.getNextStep().getRules());

        ConsentRequest answered = officer.recordConsentContact(null, submitted.getReference(), anHourAgo(),
                "Teruggebeld.", "AUDIO", null);

        assertEquals("LATE", answered.getStatus());
        ConsentContact contact = answered.getContacts().get(0);
        assertEquals("Teruggebeld.", contact.getNote());
        assertEquals("AUDIO", contact.getAlternativeMedium());
        assertNull(contact.getAlternativeDescription());
        assertEquals("consent-officer", contact.getRecordedBy());
        assertFalse(contact.getDecisionId().isBlank());
        ConsentRequest readBack = caseSystem.getConsentStatus(submitted.getReference());
        assertEquals(Shapes.of(answered), Shapes.of(readBack));
        assertEquals("AUDIO", readBack.getContacts().get(0).getAlternativeMedium());
    }

    @Test
    void overSoapAnotherAuthoritysOfficerGetsTheFaultOfAnUnknownReference() {
        String reference = consent.newOnTimeRecording();
        RecordingPolicyPortType foreign = SoapClient.port(base, ItIdentities.arquillian(), "consent-officer-gemeente");

        RequestFault seen = assertThrows(RequestFault_Exception.class,
                () -> foreign.recordConsentContact(null, reference, anHourAgo(), null, null, null)).getFaultInfo();
        RequestFault unknown = assertThrows(RequestFault_Exception.class, () -> foreign.recordConsentContact(null,
                ConsentReferences.newReference(), anHourAgo(), null, null, null)).getFaultInfo();

        assertEquals("RPG-0404", seen.getCode());
        assertEquals(unknown.getCode(), seen.getCode());
        assertEquals(unknown.getDetail(), seen.getDetail());
        assertTrue(consent.current(reference).getJsonArray("contacts").isEmpty());
    }
}
