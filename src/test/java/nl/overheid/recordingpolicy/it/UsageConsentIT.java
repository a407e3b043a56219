package nl.overheid.recordingpolicy.it;

import static nl.overheid.recordingpolicy.it.ConsentRest.body;
import static nl.overheid.recordingpolicy.it.ConsentRest.newCaseReference;
import static nl.overheid.recordingpolicy.it.ConsentRest.onTimeConversation;
import static nl.overheid.recordingpolicy.it.ConsentRest.publication;
import static nl.overheid.recordingpolicy.it.ConsentRest.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.overheid.recordingpolicy.contract.soap.v1.Decision;
import nl.overheid.recordingpolicy.contract.soap.v1.RecordingPolicyPortType;
import nl.overheid.recordingpolicy.contract.soap.v1.RequestFault_Exception;

/**
 * Usage decisions that name the consent requests they rely on, over REST and SOAP alike: a granted consent for the
 * use makes it PERMITTED, an image recording at UWV is used only on the consent to make it, a refused one permits
 * no use; the decision log keeps the request relied on; misplaced references are a 400 / Client fault naming the
 * field. And the finer questions: who receives it (people who took part are not third parties), where it is
 * published (the answer cites the sentence that names the place), and the municipality's softer words: naming
 * employees online is NOT_WANTED, not NOT_PERMITTED.
 */
class UsageConsentIT extends DeployedGateway {

    private static final String PATH = "/api/v1/usage-decisions";

    Http http;
    ConsentRest consent;
    RecordingPolicyPortType soap;

    @BeforeEach
    void clients() {
        http = new Http(base);
        consent = new ConsentRest(new Http(base));
        soap = SoapClient.port(base);
    }

    private static String question(String authority, String medium, String usage, String recordingReference,
                                   String publicationReference) {
        return body("authority", authority, "medium", medium, "usage", usage,
                "recordingConsentRequestReference", recordingReference,
                "publicationConsentRequestReference", publicationReference);
    }

    private JsonObject decided(String question) {
        HttpResponse<String> response = http.postJson(PATH, question);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    /** A publication request, decided by the grantor of its authority: its reference. */
    private String publicationRequest(String authority, String medium, String usage, String decision) {
        String reference = consent.submitted(publication(authority, medium, usage, today().minusDays(2), newCaseReference()))
                .getString("reference");
        if (decision != null) {
            assertEquals(200, consent.decide(reference, decision, null).statusCode());
        }
        return reference;
    }

    private String recordingRequest(String decision) {
        String reference = consent.newOnTimeRecordingOn(onTimeConversation());
        assertEquals(200, consent.decide(reference, decision, null).statusCode());
        return reference;
    }

    @Test
    void grantedConsentToPublishMakesPublishingPermittedOnBothProtocols() throws Exception {
        String reference = publicationRequest("UWV", "AUDIO", "PUBLISH", "GRANTED");

        JsonObject rest = decided(question("UWV", "AUDIO", "PUBLISH", null, reference));
        Decision viaSoap = soap.evaluateUsage("UWV", "AUDIO", "PUBLISH", null, null, reference);

        assertEquals("PERMITTED", rest.getString("outcome"));
        assertEquals("PERMITTED", viaSoap.getOutcome());
        assertEquals(reference, rest.getJsonObject("consentRequest").getString("reference"));
        assertEquals("GRANTED", rest.getJsonObject("consentRequest").getString("status"));
        assertEquals(reference, viaSoap.getConsentRequest().getReference());
        assertTrue(rest.getJsonArray("consequences").isEmpty(), "no removal request for publishing with consent");

        JsonObject record = consent.record(rest.getString("decisionId"));
        assertEquals("usage_decision", record.getString("event"));
        assertEquals("PERMITTED", record.getString("status"));
        assertEquals(reference, record.getString("consentRequestReference"), "the log names the request relied on");
    }

    @Test
    void aPendingRequestKeepsConsentRequiredAndARefusedOneMakesItNotPermitted() throws Exception {
        String pending = publicationRequest("MUNICIPALITY", "VIDEO", "SHARE_WITH_THIRD_PARTIES", null);
        String denied = publicationRequest("MUNICIPALITY", "VIDEO", "SHARE_WITH_THIRD_PARTIES", "DENIED");

        assertEquals("CONSENT_REQUIRED",
                decided(question("MUNICIPALITY", "VIDEO", "SHARE_WITH_THIRD_PARTIES", null, pending)).getString("outcome"));
        assertEquals("NOT_PERMITTED",
                decided(question("MUNICIPALITY", "VIDEO", "SHARE_WITH_THIRD_PARTIES", null, denied)).getString("outcome"));
        assertEquals("NOT_PERMITTED",
                soap.evaluateUsage("MUNICIPALITY", "VIDEO", "SHARE_WITH_THIRD_PARTIES", null, null, denied).getOutcome());
    }

    @Test
    void aVideoAtUwvIsUsedOnlyOnTheEmployeesConsentToMakeIt() throws Exception {
        String granted = recordingRequest("GRANTED");
        String denied = recordingRequest("DENIED");

        JsonObject without = decided(question("UWV", "VIDEO", "PRIVATE_LISTENING", null, null));
        JsonObject onGranted = decided(question("UWV", "VIDEO", "PRIVATE_LISTENING", granted, null));
        JsonObject onDenied = decided(question("UWV", "VIDEO", "PRIVATE_LISTENING", denied, null));

        assertEquals("CONSENT_REQUIRED", without.getString("outcome"));
        assertEquals("EMPLOYEE", without.getString("consentGrantor"));
        assertEquals("PERMITTED", onGranted.getString("outcome"));
        assertEquals("NOT_PERMITTED", onDenied.getString("outcome"));
        assertTrue(strings(onDenied, "rules").contains("UWV-NO-SECRET-RECORDING"), onDenied.toString());
        assertEquals("NOT_PERMITTED", soap.evaluateUsage("UWV", "VIDEO", "PRIVATE_LISTENING", null, denied, null).getOutcome());
        assertEquals("PERMITTED", soap.evaluateUsage("UWV", "VIDEO", "PRIVATE_LISTENING", null, granted, null).getOutcome());
    }

    @Test
    void aMisplacedReferenceIsA400AndAClientFaultNamingTheField() {
        String recording = recordingRequest("GRANTED");
        String publication = publicationRequest("UWV", "AUDIO", "PUBLISH", "GRANTED");

        // a request to record named as the use's consent, and consent to record audio, which needs none
        assertInvalid(question("UWV", "AUDIO", "PUBLISH", null, recording), "publicationConsentRequestReference");
        assertInvalid(question("UWV", "AUDIO", "PUBLISH", publication, null), "recordingConsentRequestReference");
        assertInvalid(question("UWV", "AUDIO", "PRIVATE_LISTENING", null, publication), "publicationConsentRequestReference");
        assertInvalid(question("UWV", "AUDIO", "PUBLISH", null, "CR-nonsense"), "publicationConsentRequestReference");

        RequestFault_Exception fault = org.junit.jupiter.api.Assertions.assertThrows(RequestFault_Exception.class,
                () -> soap.evaluateUsage("UWV", "AUDIO", "PUBLISH", null, null, recording));
        assertTrue(fault.getFaultInfo().getInvalidParams().stream()
                .anyMatch(param -> param.getName().equals("publicationConsentRequestReference")), fault.getMessage());
    }

    @Test
    void namingEmployeesOnlineIsNotWantedRatherThanNotPermitted() throws Exception {
        JsonObject rest = decided(question("MUNICIPALITY", "AUDIO", "NAME_EMPLOYEE_ONLINE", null, null));

        assertEquals("NOT_WANTED", rest.getString("outcome"));
        assertEquals("NOT_WANTED", soap.evaluateUsage("GM0000", "AUDIO", "NAME_EMPLOYEE_ONLINE", null, null, null).getOutcome());
        assertTrue(strings(rest, "advice").stream().anyMatch(advice -> advice.contains("TAKE_CARE")),
                "the municipal introduction comes with the answer: " + rest);
    }

    @Test
    void peopleWhoTookPartAreNotThirdParties() throws Exception {
        JsonObject rest = decided(body("authority", "GM0000", "medium", "VIDEO", "usage", "SHARE_WITH_PARTICIPANTS"));

        assertEquals("PERMITTED", rest.getString("outcome"));
        assertTrue(strings(rest, "rules").contains("GEM-NO-THIRD-PARTY-SHARING"), rest.toString());
        assertEquals("PERMITTED", soap.evaluateUsage("UWV", "AUDIO", "SHARE_WITH_PARTICIPANTS", null, null, null).getOutcome());
    }

    @Test
    void sayingWhereItIsPublishedCitesTheSentenceThatNamesThePlace() throws Exception {
        JsonObject rest = decided(body("authority", "UWV", "medium", "AUDIO", "usage", "PUBLISH", "platform", "MESSAGING"));
        Decision viaSoap = soap.evaluateUsage("UWV", "AUDIO", "PUBLISH", "MESSAGING", null, null);

        assertEquals("CONSENT_REQUIRED", rest.getString("outcome"));
        assertTrue(rest.getJsonObject("explanation").getString("nl").contains("WhatsApp"), rest.toString());
        assertTrue(strings(rest, "rules").contains("UWV-REMOVAL-REQUEST"), rest.toString());
        assertEquals(rest.getJsonObject("explanation").getString("en"), viaSoap.getExplanation().getEn());

        assertInvalid(body("authority", "UWV", "medium", "AUDIO", "usage", "PRIVATE_LISTENING", "platform", "WEBSITE"),
                "platform");
        assertInvalid(body("authority", "UWV", "medium", "AUDIO", "usage", "PUBLISH", "platform", "TIKTOK"), "platform");
        RequestFault_Exception fault = org.junit.jupiter.api.Assertions.assertThrows(RequestFault_Exception.class,
                () -> soap.evaluateUsage("UWV", "AUDIO", "SHARE_PRIVATE_CIRCLE", "PRESS", null, null));
        assertEquals("platform", fault.getFaultInfo().getInvalidParams().get(0).getName());
    }

    private void assertInvalid(String question, String field) {
        HttpResponse<String> response = http.postJson(PATH, question);
        assertEquals(400, response.statusCode(), response.body());
        List<String> names = Http.json(response).getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream()
                .map(param -> param.getString("name")).toList();
        assertEquals(List.of(field), names, question);
    }

    /** The values of an array of strings, or of objects shown as their "code"/"ruleId" pair. */
    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).stream().map(value -> value.getValueType() == jakarta.json.JsonValue.ValueType.STRING
                ? ((jakarta.json.JsonString) value).getString() : value.toString()).toList();
    }
}
