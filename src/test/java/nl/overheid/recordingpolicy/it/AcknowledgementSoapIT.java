package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import nl.overheid.recordingpolicy.contract.soap.v1.Acknowledgement;
import nl.overheid.recordingpolicy.contract.soap.v1.RecordingPolicyPortType;
import nl.overheid.recordingpolicy.contract.soap.v1.RequestFault;
import nl.overheid.recordingpolicy.contract.soap.v1.RequestFault_Exception;

/**
 * The acknowledgement of the municipal rules over SOAP, with the JAX-WS client generated from wsdl/: registered,
 * read back and listed as over REST, with the same answer; unknown or unseen references are RPG-0404, refusals
 * RPG-0401 / RPG-0403, bad input a RequestFault naming the field.
 */
class AcknowledgementSoapIT extends DeployedGateway {

    RecordingPolicyPortType caseSystem;
    RecordingPolicyPortType officer;
    ItIdentities identities;

    @BeforeEach
    void clients() {
        identities = ItIdentities.arquillian();
        caseSystem = SoapClient.port(base, identities, "case-system-gemeente");
        officer = SoapClient.port(base, identities, "consent-officer-gemeente");
    }

    private Acknowledgement register(RecordingPolicyPortType port, String caseReference) throws Exception {
        return port.registerAcknowledgement(null, "MUNICIPALITY", caseReference, ConsentRest.today().toString(), "J. de Vries",
                "A. Jansen", "true", "false");
    }

    private static RequestFault fault(Executable call) {
        return assertThrows(RequestFault_Exception.class, call).getFaultInfo();
    }

    private static String invalidParams(RequestFault fault) {
        return fault.getInvalidParams().stream().map(param -> param.getName() + ": " + param.getReason())
                .reduce((a, b) -> a + "; " + b).orElse("");
    }

    @Test
    void aRegistrationIsReadBackAndListedAndIsTheSameOverRest() throws Exception {
        String caseReference = ConsentRest.newCaseReference();

        Acknowledgement registered = register(caseSystem, caseReference);

        assertTrue(registered.getReference().matches(AcknowledgementRestIT.REFERENCE_PATTERN), registered.getReference());
        assertEquals(List.of("MUNICIPALITY", caseReference, ConsentRest.today().toString(), "J. de Vries", "A. Jansen",
                        "true", "false", "case-system-gemeente", "GEM-ACKNOWLEDGEMENT"),
                List.of(registered.getAuthority(), registered.getCaseReference(), registered.getDate(),
                        registered.getClientName(), registered.getEmployeeName(), registered.getSignedByClient(),
                        registered.getSignedByEmployee(), registered.getRegisteredBy(), registered.getRuleId()));
        assertEquals(Shapes.of(registered), Shapes.of(caseSystem.getAcknowledgement(registered.getReference())));
        assertEquals(List.of(registered.getReference()), caseSystem.findAcknowledgements(caseReference)
                .getAcknowledgements().stream().map(Acknowledgement::getReference).toList());

        JsonObject rest = Http.json(new Http(base).as(identities, "case-system-gemeente")
                .get(AcknowledgementRestIT.PATH + "/" + registered.getReference()));
        assertEquals(registered.getDecisionId(), rest.getString("decisionId"));
        assertEquals(registered.getRegisteredAt(), rest.getString("registeredAt"));
        assertEquals(registered.getClientName(), rest.getString("clientName"));
    }

    @Test
    void anAcknowledgementTheCallerMayNotSeeIsAsUnknownAsOneNeverRegistered() throws Exception {
        String caseReference = ConsentRest.newCaseReference();
        String reference = register(officer, caseReference).getReference();
        RecordingPolicyPortType uwvCaseSystem = SoapClient.port(base, identities, "case-system");

        for (RecordingPolicyPortType outsider : List.of(uwvCaseSystem, caseSystem)) {
            RequestFault foreign = fault(() -> outsider.getAcknowledgement(reference));
            RequestFault never = fault(() -> outsider.getAcknowledgement("AK-3J8Z0K6D2W9QXN4T7VB1M5R8HC"));
            assertEquals("RPG-0404", foreign.getCode());
            assertEquals(never.getDetail(), foreign.getDetail());
            assertEquals(0, outsider.findAcknowledgements(caseReference).getAcknowledgements().size());
        }
        assertEquals(1, SoapClient.port(base, identities, "auditor").findAcknowledgements(caseReference)
                .getAcknowledgements().size());
    }

    @Test
    void aRetryWithTheSameRequestIdGetsTheFirstAnswerAndRegistersNothingNew() throws Exception {
        String caseReference = ConsentRest.newCaseReference();
        String requestId = "ack-" + java.util.UUID.randomUUID();

        Acknowledgement first = caseSystem.registerAcknowledgement(requestId, "MUNICIPALITY", caseReference,
                ConsentRest.today().toString(), "J. de Vries", "A. Jansen", "true", "false");
        Acknowledgement retry = caseSystem.registerAcknowledgement(requestId, "MUNICIPALITY", caseReference,
                ConsentRest.today().toString(), "J. de Vries", "A. Jansen", "true", "false");

        assertEquals(first.getReference(), retry.getReference());
        assertEquals(1, caseSystem.findAcknowledgements(caseReference).getAcknowledgements().size());
    }

    @Test
    void registeringNeedsAMunicipalCaseSystemOrConsentOfficer() {
        String caseReference = ConsentRest.newCaseReference();

        assertEquals("RPG-0401", fault(() -> register(SoapClient.port(base), caseReference)).getCode());
        assertEquals("RPG-0403", fault(() -> register(SoapClient.port(base, identities, "auditor"), caseReference)).getCode());
        assertEquals("RPG-0403", fault(() -> register(SoapClient.port(base, identities, "case-system"), caseReference)).getCode());
        assertEquals("RPG-0401", fault(() -> SoapClient.port(base).findAcknowledgements(caseReference)).getCode());
    }

    @Test
    void badInputIsAClientFaultNamingTheField() {
        RequestFault uwv = fault(() -> SoapClient.port(base, identities, "case-system")
                .registerAcknowledgement(null, "UWV", "ZAAK-1", "2026-01-05", "J", "A", "true", "true"));
        RequestFault missingName = fault(() -> caseSystem.registerAcknowledgement(null, "MUNICIPALITY", "ZAAK-1", "2026-01-05",
                null, " ", "true", "true"));
        RequestFault future = fault(() -> caseSystem.registerAcknowledgement(null, "MUNICIPALITY", "ZAAK-1",
                ConsentRest.today().plusDays(1).toString(), "J", "A", "false", "false"));
        RequestFault notABoolean = fault(() -> caseSystem.registerAcknowledgement(null, "MUNICIPALITY", "ZAAK-1", "2026-01-05",
                "J", "A", "ja", "true"));

        assertEquals("0004", uwv.getCode());
        assertEquals("authority: has no acknowledgement form: the rules of UWV do not end with one", invalidParams(uwv));
        assertEquals("clientName: is required", invalidParams(missingName));
        assertEquals("date: must not lie in the future (today is " + ConsentRest.today() + ")", invalidParams(future));
        assertEquals("signedByClient: must be true or false", invalidParams(notABoolean));
        assertEquals("reference: is not an acknowledgement reference (AK- followed by 26 characters)",
                invalidParams(fault(() -> caseSystem.getAcknowledgement("AK-1"))));
    }
}
