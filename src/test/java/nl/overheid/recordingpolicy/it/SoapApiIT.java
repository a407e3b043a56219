package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

import nl.overheid.recordingpolicy.contract.soap.v1.Decision;
import nl.overheid.recordingpolicy.contract.soap.v1.InvalidParam;
import nl.overheid.recordingpolicy.contract.soap.v1.LeadTimeStatus;
import nl.overheid.recordingpolicy.contract.soap.v1.PolicySet;
import nl.overheid.recordingpolicy.contract.soap.v1.RecordingPolicyPortType;
import nl.overheid.recordingpolicy.contract.soap.v1.RequestFault_Exception;
import nl.overheid.recordingpolicy.testing.KnownWorkingDays;

/** The SOAP endpoint of the deployed gateway, called with the JAX-WS client generated from wsdl/ and raw envelopes. */
class SoapApiIT extends DeployedGateway {

    private static final String NS = SoapWire.NS;

    RecordingPolicyPortType port;

    @BeforeEach
    void client() {
        port = SoapClient.port(base);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    void theServedWsdlIsTheContractWithTheAddressOfThisServer() {
        HttpResponse<String> wsdl = new Http(base).get("/" + SoapClient.PATH + "?wsdl");

        assertEquals(200, wsdl.statusCode());
        assertTrue(wsdl.body().contains("name=\"RecordingPolicyService\""));
        assertTrue(wsdl.body().contains("Recording-policy gateway. Every rule the gateway applies"), "hand-written documentation");
        assertTrue(wsdl.body().contains(base.getPort() + "/soap/RecordingPolicyService"), wsdl.body());
        assertEquals(200, new Http(base).get("/" + SoapClient.PATH + "?xsd=recording-policy-v1.xsd").statusCode());
    }

    @Test
    void evaluateRecordingAsksForConsentForVideoAtUwvWithTheDeadline() throws Exception {
        LocalDate conversation = today().plusDays(45);

        Decision decision = port.evaluateRecording("UWV", "VIDEO", "true", conversation.toString(), null);

        assertEquals("CONSENT_REQUIRED", decision.getOutcome());
        assertEquals("EMPLOYEE", decision.getConsentGrantor());
        assertEquals("true", decision.getLeadTime().getRequired());
        assertEquals(5, decision.getLeadTime().getWorkingDays());
        assertEquals(KnownWorkingDays.workingDaysBefore(conversation, 5).toString(),
                decision.getLeadTime().getDeadline());
        assertEquals("true", decision.getLeadTime().getOnTime());
        assertTrue(decision.getRules().contains("UWV-VIDEO-CONSENT"));
        assertEquals("2026.1", decision.getPolicyVersion().getVersion());
        assertEquals(36, decision.getDecisionId().length());
    }

    @Test
    void evaluateRecordingPermitsAudioAtUwvWithoutAConversationDate() throws Exception {
        Decision decision = port.evaluateRecording("UWV", "AUDIO", "true", null, null);

        assertEquals("PERMITTED", decision.getOutcome());
        assertNull(decision.getLeadTime());
        assertNull(decision.getConsentGrantor());
        assertEquals("ANNOUNCE_RECORDING", decision.getAdvice().get(0).getCode());
    }

    @Test
    void evaluateUsageNeedsUwvsConsentToPublish() throws Exception {
        Decision decision = port.evaluateUsage("UWV", "AUDIO", "PUBLISH", null, null, null);

        assertEquals("CONSENT_REQUIRED", decision.getOutcome());
        assertEquals("UWV", decision.getConsentGrantor());
        assertEquals(List.of("REMOVAL_REQUEST", "LEGAL_ACTION"),
                decision.getConsequences().stream().map(c -> c.getCode()).toList());
    }

    @Test
    void getLeadTimeStatusCountsBackOverHolidays() throws Exception {
        LeadTimeStatus status = port.getLeadTimeStatus("UWV", "PHOTO", "2026-05-18", "2026-05-08");

        assertEquals("2026-05-07", status.getDeadline());
        assertEquals("false", status.getOnTime());
        assertEquals(List.of("UWV-VIDEO-LEAD-TIME"), status.getRules());
    }

    @Test
    void getLeadTimeStatusSaysWhetherItsDeadlineIsProvisional() throws Exception {
        LeadTimeStatus example = port.getLeadTimeStatus("UWV", "VIDEO", "2025-06-06", "2025-05-01");
        LeadTimeStatus undecreed = port.getLeadTimeStatus("UWV", "VIDEO", "2029-03-12", "2029-02-01");

        // 29 May 2025 Ascension Day, 30 May 2025 equated (Stcrt. 2022, 7812)
        assertEquals("2025-05-28", example.getDeadline());
        assertEquals("false", example.getProvisional());
        assertEquals("2029-03-05", undecreed.getDeadline());
        assertEquals("true", undecreed.getProvisional());
        assertTrue(undecreed.getExplanation().getNl().contains("is voorlopig"), undecreed.getExplanation().getNl());
        assertTrue(undecreed.getExplanation().getEn().contains("is provisional"), undecreed.getExplanation().getEn());
    }

    @Test
    void evaluateRecordingMarksAProvisionalDeadline() throws Exception {
        Decision provisional = port.evaluateRecording("UWV", "VIDEO", "true", "2029-03-12", null);
        Decision decreed = port.evaluateRecording("UWV", "VIDEO", "true", "2028-06-12", null);
        Decision audio = port.evaluateRecording("UWV", "AUDIO", "true", "2029-03-12", null);

        assertEquals("true", provisional.getLeadTime().getProvisional());
        assertTrue(provisional.getExplanation().getEn().contains("Note: the deadline Monday 5 March 2029 is provisional."),
                provisional.getExplanation().getEn());
        assertEquals("false", decreed.getLeadTime().getProvisional());
        assertNull(audio.getLeadTime());
    }

    @Test
    void listPoliciesFiltersByAuthority() throws Exception {
        PolicySet all = port.listPolicies(null);
        PolicySet municipality = port.listPolicies("MUNICIPALITY");

        assertTrue(all.getRules().size() > municipality.getRules().size());
        assertTrue(municipality.getRules().stream().allMatch(rule -> rule.getAuthority().equals("MUNICIPALITY")));
        assertTrue(municipality.getRules().stream().anyMatch(rule -> rule.getId().equals("GEM-NO-MISLEADING-EDITS")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UWX | VIDEO | true  | 2026-12-21 | authority        | must be one of: UWV, MUNICIPALITY, GM0000, GM9998",
            "UWV | SMELL | true  | 2026-12-21 | medium           | must be one of: AUDIO, VIDEO, PHOTO",
            "UWV | VIDEO | yes   | 2026-12-21 | participant      | must be true or false",
            "UWV | VIDEO | true  | 2026-02-30 | conversationDate | must be a date written yyyy-MM-dd, e.g. 2026-05-18",
            "UWV | VIDEO | true  |            | conversationDate | is required: consent must be requested a number of working days before the conversation (VIDEO at UWV)",
            "    | VIDEO | true  | 2026-12-21 | authority        | is required",
    })
    void badInputIsARequestFaultNamingTheElement(String authority, String medium, String participant, String date,
                                                  String field, String reason) {
        RequestFault_Exception fault = assertThrows(RequestFault_Exception.class,
                () -> port.evaluateRecording(authority, medium, participant, date, null));

        assertEquals("0004", fault.getFaultInfo().getCode());
        List<InvalidParam> params = fault.getFaultInfo().getInvalidParams();
        assertEquals(1, params.size());
        assertEquals(field, params.get(0).getName());
        assertEquals(reason, params.get(0).getReason());
    }

    @Test
    void badInputIsASoapClientFaultWithATypedDetailOnTheWire() throws Exception {
        Document fault = post(SoapWire.envelope("<rp:EvaluateUsage><rp:authority>UWV</rp:authority><rp:medium>AUDIO</rp:medium>"
                + "<rp:usage>SELL</rp:usage></rp:EvaluateUsage>"), 500);

        assertEquals("Client", SoapWire.localPart(fault.getElementsByTagName("faultcode").item(0).getTextContent()));
        assertEquals("usage", fault.getElementsByTagNameNS(NS, "name").item(0).getTextContent());
        assertEquals(1, fault.getElementsByTagNameNS(NS, "RequestFault").getLength());
        assertFalse(fault.getDocumentElement().getTextContent().contains("Exception"));
    }

    @Test
    void whitespaceAroundBooleansAndDatesIsCollapsedAsTheXsdSays() throws Exception {
        Document answer = post(SoapWire.envelope("<rp:EvaluateRecording><rp:authority>UWV</rp:authority><rp:medium>PHOTO</rp:medium>"
                + "<rp:participant> true </rp:participant><rp:conversationDate>\n 2026-05-18 \n</rp:conversationDate>"
                + "</rp:EvaluateRecording>"), 200);

        assertEquals("2026-05-07", answer.getElementsByTagNameNS(NS, "deadline").item(0).getTextContent());
    }

    @Test
    void aDateWithATimeZoneIsRefusedNamingTheElement() {
        RequestFault_Exception fault = assertThrows(RequestFault_Exception.class,
                () -> port.getLeadTimeStatus("UWV", "VIDEO", "2026-05-18+02:00", null));

        assertEquals("conversationDate", fault.getFaultInfo().getInvalidParams().get(0).getName());
    }

    @Test
    void anUnknownElementIsAClientFaultWithATypedDetail() throws Exception {
        Document fault = post(SoapWire.envelope("<rp:EvaluateUsage><rp:authority>UWV</rp:authority><rp:colour>red</rp:colour>"
                + "<rp:medium>AUDIO</rp:medium><rp:usage>PUBLISH</rp:usage></rp:EvaluateUsage>"), 500);

        assertEquals("Client", SoapWire.localPart(fault.getElementsByTagName("faultcode").item(0).getTextContent()));
        assertEquals(1, fault.getElementsByTagNameNS(NS, "RequestFault").getLength());
        assertEquals("colour", fault.getElementsByTagNameNS(NS, "name").item(0).getTextContent());
        assertEquals("is not an element of this request", fault.getElementsByTagNameNS(NS, "reason").item(0).getTextContent());
    }

    @Test
    void anUnknownOperationIsAClientFaultWithATypedDetail() throws Exception {
        Document fault = post(SoapWire.envelope("<rp:RecordEverything/>"), 500);

        assertEquals("Client", SoapWire.localPart(fault.getElementsByTagName("faultcode").item(0).getTextContent()));
        assertEquals(1, fault.getElementsByTagNameNS(NS, "RequestFault").getLength());
        assertEquals("RecordEverything", fault.getElementsByTagNameNS(NS, "name").item(0).getTextContent());
        assertEquals("is not an operation of RecordingPolicyService",
                fault.getElementsByTagNameNS(NS, "reason").item(0).getTextContent());
    }

    private Document post(String envelope, int expectedStatus) throws Exception {
        return SoapWire.post(new Http(base), envelope, expectedStatus);
    }
}
