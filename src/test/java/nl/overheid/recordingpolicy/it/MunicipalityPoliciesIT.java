package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.overheid.recordingpolicy.contract.soap.v1.Decision;
import nl.overheid.recordingpolicy.contract.soap.v1.InvalidParam;
import nl.overheid.recordingpolicy.contract.soap.v1.LoadedAuthority;
import nl.overheid.recordingpolicy.contract.soap.v1.PolicySet;
import nl.overheid.recordingpolicy.contract.soap.v1.RecordingPolicyPortType;
import nl.overheid.recordingpolicy.contract.soap.v1.RequestFault_Exception;
import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;

/**
 * Many municipalities: the IT server loads src/test/resources/it-policies/GM9998.xml besides the shipped policies
 * (pom.xml, it.policies.args), a municipality whose video needs the employee's consent 3 working days ahead. No Java
 * knows it; its file alone changes the answers for GM9998, and only for GM9998.
 */
class MunicipalityPoliciesIT extends DeployedGateway {

    Http http;
    RecordingPolicyPortType port;

    @BeforeEach
    void clients() {
        http = new Http(base);
        port = SoapClient.port(base);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    void policiesListEveryLoadedAuthorityWithTheAliasOfTheDefaultMunicipality() {
        JsonObject all = Http.json(http.get("/api/v1/policies"));

        List<JsonObject> authorities = all.getJsonArray("authorities").getValuesAs(JsonObject.class);
        assertEquals(List.of("UWV", "GM0000", "GM9998"), authorities.stream().map(a -> a.getString("code")).toList());
        assertEquals("MUNICIPALITY", authorities.get(1).getJsonArray("aliases").getString(0));
        assertTrue(all.getJsonArray("rules").getValuesAs(JsonObject.class).stream()
                .anyMatch(rule -> rule.getString("id").equals("GM9998-VIDEO-CONSENT")
                        && rule.getString("authority").equals("GM9998")));
    }

    @Test
    void videoAtTheAddedMunicipalityNeedsTheEmployeesConsentThreeWorkingDaysAhead() {
        LocalDate conversation = today().plusDays(60);
        LocalDate deadline = WorkingDayCalendar.standard().workingDaysBefore(conversation, 3);

        JsonObject decision = Http.json(http.postJson("/api/v1/recording-decisions",
                "{\"authority\":\"GM9998\",\"medium\":\"VIDEO\",\"participant\":true,\"conversationDate\":\"" + conversation + "\"}"));

        assertEquals("CONSENT_REQUIRED", decision.getString("outcome"));
        assertEquals("EMPLOYEE", decision.getString("consentGrantor"));
        assertEquals(3, decision.getJsonObject("leadTime").getInt("workingDays"));
        assertEquals(deadline.toString(), decision.getJsonObject("leadTime").getString("deadline"));
        assertEquals("GM9998-VIDEO-CONSENT", decision.getJsonArray("rules").getString(0));
    }

    @Test
    void theDefaultMunicipalityAnswersAsBeforeUnderItsAliasAndItsCode() {
        LocalDate conversation = today().plusDays(60);
        String question = "{\"medium\":\"VIDEO\",\"participant\":true,\"conversationDate\":\"" + conversation + "\",\"authority\":";

        JsonObject byAlias = Http.json(http.postJson("/api/v1/recording-decisions", question + "\"MUNICIPALITY\"}"));
        JsonObject byCode = Http.json(http.postJson("/api/v1/recording-decisions", question + "\"GM0000\"}"));

        assertEquals("PERMITTED", byAlias.getString("outcome"));
        assertFalse(byAlias.containsKey("leadTime"));
        assertEquals(byAlias.getJsonArray("rules"), byCode.getJsonArray("rules"));
        assertEquals(byAlias.getJsonObject("explanation"), byCode.getJsonObject("explanation"));
    }

    @Test
    void aMunicipalityWithoutALoadedPolicyIsA400NamingTheAuthority() {
        HttpResponse<String> response = http.postJson("/api/v1/usage-decisions",
                "{\"authority\":\"GM9999\",\"medium\":\"AUDIO\",\"usage\":\"PUBLISH\"}");

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        List<JsonObject> params = Http.json(response).getJsonArray("invalidParams").getValuesAs(JsonObject.class);
        assertEquals(1, params.size(), response.body());
        assertEquals("authority", params.get(0).getString("name"));
        assertEquals("must be one of: UWV, MUNICIPALITY, GM0000, GM9998", params.get(0).getString("reason"));
    }

    @Test
    void soapAnswersForTheAddedMunicipalityAndListsItsRules() throws Exception {
        Decision publish = port.evaluateUsage("GM9998", "AUDIO", "PUBLISH", null, null, null);
        PolicySet policies = port.listPolicies("GM9998");

        assertEquals("NOT_PERMITTED", publish.getOutcome());
        assertEquals(List.of("GM9998"), policies.getAuthorities().stream().map(LoadedAuthority::getCode).toList());
        assertTrue(policies.getRules().stream().allMatch(rule -> rule.getAuthority().equals("GM9998")));
        assertEquals("PERMITTED", port.evaluateUsage("MUNICIPALITY", "AUDIO", "SHARE_WITH_ADVISER", null, null, null).getOutcome());
    }

    @Test
    void soapRefusesAMunicipalityWithoutALoadedPolicyWithAClientFaultNamingTheAuthority() {
        RequestFault_Exception fault = assertThrows(RequestFault_Exception.class,
                () -> port.evaluateRecording("GM9999", "AUDIO", "true", null, null));

        List<InvalidParam> params = fault.getFaultInfo().getInvalidParams();
        assertEquals(1, params.size());
        assertEquals("authority", params.get(0).getName());
        assertEquals("must be one of: UWV, MUNICIPALITY, GM0000, GM9998", params.get(0).getReason());
    }
}
