package nl.overheid.recordingpolicy.it;

import static nl.overheid.recordingpolicy.it.ConsentRest.newCaseReference;
import static nl.overheid.recordingpolicy.it.ConsentRest.onTimeConversation;
import static nl.overheid.recordingpolicy.it.ConsentRest.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.handler.MessageContext;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

import nl.overheid.recordingpolicy.contract.soap.v1.ConflictFault;
import nl.overheid.recordingpolicy.contract.soap.v1.ConflictFault_Exception;
import nl.overheid.recordingpolicy.contract.soap.v1.ConsentRequest;
import nl.overheid.recordingpolicy.contract.soap.v1.ConsentRequestPage;
import nl.overheid.recordingpolicy.contract.soap.v1.Decision;
import nl.overheid.recordingpolicy.contract.soap.v1.RecordingPolicyPortType;
import nl.overheid.recordingpolicy.contract.soap.v1.RequestFault;
import nl.overheid.recordingpolicy.contract.soap.v1.RequestFault_Exception;
import nl.overheid.recordingpolicy.contract.soap.v1.StatusChange;
import nl.overheid.recordingpolicy.testing.KnownWorkingDays;
import nl.overheid.recordingpolicy.domain.consent.ConsentReferences;

/**
 * The consent-request registry over SOAP, with the JAX-WS client generated from wsdl/: the same lifecycle as over
 * REST, refused transitions as a ConflictFault naming code and current status, unknown references as a
 * RequestFault RPG-0404, requestId idempotency, EvaluateRecording with a consent request, and the same answer as
 * REST gives for the same request.
 */
class ConsentSoapIT extends DeployedGateway {

    private static final String NS = SoapWire.NS;

    /** The UWV case system, which submits, reads and withdraws; the UWV consent officer, who decides. */
    RecordingPolicyPortType port;
    RecordingPolicyPortType officer;
    Http http;
    ConsentRest rest;

    @BeforeEach
    void clients() {
        ItIdentities identities = ItIdentities.arquillian();
        port = SoapClient.port(base, identities, "case-system");
        officer = SoapClient.port(base, identities, "consent-officer");
        http = new Http(base).as(identities, "consent-officer");
        rest = new ConsentRest(new Http(base));
    }

    /** The case system bound to {@code authority}. */
    private RecordingPolicyPortType caseSystem(String authority) {
        return "MUNICIPALITY".equals(authority)
                ? SoapClient.port(base, ItIdentities.arquillian(), "case-system-gemeente") : port;
    }

    private ConsentRequest submitRecording(String requestId, String medium, LocalDate conversation, String caseReference)
            throws Exception {
        return port.submitConsentRequest(requestId, "RECORDING", "UWV", medium, null, conversation.toString(), "MIJN_UWV",
                caseReference, null);
    }

    private ConsentRequest submitOnTime(LocalDate conversation) throws Exception {
        ConsentRequest request = submitRecording(null, "VIDEO", conversation, newCaseReference());
        assertEquals("SUBMITTED", request.getStatus());
        return request;
    }

    // ------------------------------------------------------------------------------------------------ lifecycle

    @Test
    void aRecordingRequestIsSubmittedFoundGrantedAndThenPermitsTheRecording() throws Exception {
        LocalDate conversation = onTimeConversation();
        String caseReference = newCaseReference();

        ConsentRequest submitted = submitRecording(null, "VIDEO", conversation, caseReference);

        assertTrue(submitted.getReference().matches(ConsentRest.REFERENCE_PATTERN), submitted.getReference());
        assertEquals("RECORDING", submitted.getKind());
        assertEquals("UWV", submitted.getAuthority());
        assertEquals("VIDEO", submitted.getMedium());
        assertNull(submitted.getUsage());
        assertEquals(conversation.toString(), submitted.getConversationDate());
        assertEquals("MIJN_UWV", submitted.getChannel());
        assertEquals(caseReference, submitted.getCaseReference());
        assertEquals(today().toString(), submitted.getRequestDate());
        assertEquals("EMPLOYEE", submitted.getConsentGrantor());
        assertEquals("SUBMITTED", submitted.getStatus());
        assertEquals("true", submitted.getLeadTime().getRequired());
        assertEquals(5, submitted.getLeadTime().getWorkingDays());
        assertEquals(KnownWorkingDays.workingDaysBefore(conversation, 5).toString(),
                submitted.getLeadTime().getDeadline());
        assertEquals("true", submitted.getLeadTime().getOnTime());
        assertFalse(submitted.getExplanation().getNl().isBlank());
        assertEquals(List.of("->SUBMITTED by REQUESTER"), steps(submitted));
        assertNotNullDecisionIds(submitted);

        assertEquals(Shapes.of(submitted), Shapes.of(port.getConsentStatus(submitted.getReference())));

        ConsentRequest granted = officer.decideConsentRequest(null, submitted.getReference(), "GRANTED", "Prima.");
        assertEquals("GRANTED", granted.getStatus());
        assertEquals(List.of("->SUBMITTED by REQUESTER", "SUBMITTED>GRANTED by GRANTOR"), steps(granted));
        assertEquals("Prima.", granted.getHistory().get(1).getReason());
        assertEquals(Shapes.of(granted), Shapes.of(port.getConsentStatus(submitted.getReference())));

        Decision decision = port.evaluateRecording("UWV", "VIDEO", "true", conversation.toString(), submitted.getReference());
        assertEquals("PERMITTED", decision.getOutcome());
        assertEquals(submitted.getReference(), decision.getConsentRequest().getReference());
        assertEquals("GRANTED", decision.getConsentRequest().getStatus());
        assertNull(decision.getConsentGrantor());
    }

    @Test
    void aDeniedRequestMakesTheRecordingNotPermittedAndAPendingOneNeedsConsent() throws Exception {
        LocalDate conversation = onTimeConversation();
        ConsentRequest denied = officer.decideConsentRequest(null, submitOnTime(conversation).getReference(), "DENIED", null);
        ConsentRequest pending = submitOnTime(conversation);

        assertEquals("DENIED", denied.getStatus());
        Decision notPermitted = port.evaluateRecording("UWV", "VIDEO", "true", conversation.toString(), denied.getReference());
        assertEquals("NOT_PERMITTED", notPermitted.getOutcome());
        assertEquals("DENIED", notPermitted.getConsentRequest().getStatus());

        Decision required = port.evaluateRecording("UWV", "VIDEO", "true", conversation.toString(), pending.getReference());
        assertEquals("CONSENT_REQUIRED", required.getOutcome());
        assertEquals("EMPLOYEE", required.getConsentGrantor());
        assertEquals("SUBMITTED", required.getConsentRequest().getStatus());
    }

    @Test
    void aWithdrawnRequestCanNoLongerBeDecidedNorWithdrawn() throws Exception {
        ConsentRequest submitted = submitOnTime(onTimeConversation());

        ConsentRequest withdrawn = port.withdrawConsentRequest(null, submitted.getReference(), null);

        assertEquals("WITHDRAWN", withdrawn.getStatus());
        assertEquals(List.of("->SUBMITTED by REQUESTER", "SUBMITTED>WITHDRAWN by REQUESTER"), steps(withdrawn));
        assertNull(withdrawn.getHistory().get(1).getReason());
        assertConflict("WITHDRAWN", () -> officer.decideConsentRequest(null, submitted.getReference(), "GRANTED", null));
        assertConflict("WITHDRAWN", () -> port.withdrawConsentRequest(null, submitted.getReference(), "nogmaals"));
        assertEquals(2, port.getConsentStatus(submitted.getReference()).getHistory().size());
    }

    @Test
    void aDecidedRequestCanNeitherBeDecidedAgainNorWithdrawn() throws Exception {
        String reference = submitOnTime(onTimeConversation()).getReference();
        officer.decideConsentRequest(null, reference, "GRANTED", null);

        assertConflict("GRANTED", () -> officer.decideConsentRequest(null, reference, "DENIED", null));
        assertConflict("GRANTED", () -> officer.decideConsentRequest(null, reference, "GRANTED", null));
        assertConflict("GRANTED", () -> port.withdrawConsentRequest(null, reference, null));
        assertEquals("GRANTED", port.getConsentStatus(reference).getStatus());
    }

    @Test
    void aRequestAfterTheDeadlineIsLateAndMayStillBeGranted() throws Exception {
        LocalDate conversation = today().plusDays(2);

        ConsentRequest late = submitRecording(null, "PHOTO", conversation, newCaseReference());

        assertEquals("LATE", late.getStatus());
        assertEquals("false", late.getLeadTime().getOnTime());
        assertEquals(List.of("->LATE by REQUESTER"), steps(late));
        assertTrue(late.getExplanation().getEn().contains("not guaranteed"), late.getExplanation().getEn());
        Decision pending = port.evaluateRecording("UWV", "PHOTO", "true", conversation.toString(), late.getReference());
        assertEquals("CONSENT_REQUIRED", pending.getOutcome());
        assertEquals("LATE", pending.getConsentRequest().getStatus());

        ConsentRequest granted = officer.decideConsentRequest(null, late.getReference(), "GRANTED", null);
        assertEquals(List.of("->LATE by REQUESTER", "LATE>GRANTED by GRANTOR"), steps(granted));
        assertConflict("GRANTED", () -> port.withdrawConsentRequest(null, late.getReference(), null));
        Decision decision = port.evaluateRecording("UWV", "PHOTO", "true", conversation.toString(), late.getReference());
        assertEquals("PERMITTED", decision.getOutcome());
        assertEquals("GRANTED", decision.getConsentRequest().getStatus());
    }

    @ParameterizedTest(name = "PUBLICATION {1} at {0}: grantor {2}")
    @CsvSource({
            "UWV,          PUBLISH,                  UWV",
            "MUNICIPALITY, SHARE_WITH_THIRD_PARTIES, EMPLOYEE",
    })
    void aPublicationRequestIsDecidedByTheGrantorTheUsageRulesName(String authority, String usage, String grantor)
            throws Exception {
        ConsentRequest request = caseSystem(authority).submitConsentRequest(null, "PUBLICATION", authority, "VIDEO", usage,
                today().minusDays(10).toString(), ConsentRest.listedChannel(authority), newCaseReference(), null);

        assertEquals("SUBMITTED", request.getStatus());
        assertEquals(usage, request.getUsage());
        assertEquals(grantor, request.getConsentGrantor());
        assertNull(request.getLeadTime());
    }

    // ------------------------------------------------------------------------------------------------ faults

    @Test
    void anUnknownReferenceIsARequestFaultRpg0404NamingTheReference() {
        String unknown = ConsentReferences.newReference();

        for (Executable call : List.<Executable>of(
                () -> port.getConsentStatus(unknown),
                () -> officer.decideConsentRequest(null, unknown, "GRANTED", null),
                () -> port.withdrawConsentRequest(null, unknown, null))) {
            RequestFault fault = assertThrows(RequestFault_Exception.class, call).getFaultInfo();
            assertEquals("RPG-0404", fault.getCode());
            assertEquals(List.of("reference"), fault.getInvalidParams().stream().map(p -> p.getName()).toList());
            assertFalse(fault.getDetail().isBlank());
        }
    }

    @ParameterizedTest(name = "reference \"{0}\"")
    @CsvSource({"CR-123", "cr-3q9zk2m7t4b1x8c5v6n0p2r4sw", "CR-8Q9ZK2M7T4B1X8C5V6N0P2R4SW"})
    void aMalformedReferenceIsARequestFault0004NamingIt(String reference) {
        for (Executable call : List.<Executable>of(
                () -> port.getConsentStatus(reference),
                () -> officer.decideConsentRequest(null, reference, "GRANTED", null),
                () -> port.withdrawConsentRequest(null, reference, null))) {
            RequestFault fault = assertThrows(RequestFault_Exception.class, call).getFaultInfo();
            assertEquals("0004", fault.getCode());
            assertEquals(List.of("reference"), fault.getInvalidParams().stream().map(p -> p.getName()).toList());
        }
    }

    @ParameterizedTest(name = "{0} at {1} through {4}: fault 0004 on channel")
    @CsvSource(delimiter = '|', value = {
            "RECORDING   | UWV          | VIDEO | -       | COUNTER",
            "RECORDING   | UWV          | PHOTO | -       | LETTER",
            "PUBLICATION | UWV          | AUDIO | PUBLISH | COUNTER",
            "PUBLICATION | MUNICIPALITY | AUDIO | PUBLISH | MIJN_UWV",
    })
    void aChannelTheAuthorityDoesNotListIsARequestFaultNamingTheChannel(String kind, String authority, String medium,
                                                                       String usage, String channel) throws Exception {
        String caseReference = newCaseReference();

        RequestFault fault = assertThrows(RequestFault_Exception.class, () -> caseSystem(authority).submitConsentRequest(
                null, kind, authority, medium, usage.equals("-") ? null : usage, onTimeConversation().toString(), channel,
                caseReference, null)).getFaultInfo();

        assertEquals("0004", fault.getCode());
        assertEquals(List.of("channel"), fault.getInvalidParams().stream().map(p -> p.getName()).toList());
        assertTrue(fault.getInvalidParams().get(0).getReason().endsWith(", not " + channel),
                fault.getInvalidParams().get(0).getReason());
        assertEquals(0, caseSystem(authority).findConsentRequests(caseReference, null, null).getPage().getTotalElements());
    }

    @ParameterizedTest(name = "[{index}] {0} {1} {2} {3} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "FILM        | UWV          | VIDEO | -                 | +0 | kind",
            "RECORDING   | UWV          | AUDIO | -                 | +0 | medium",
            "RECORDING   | MUNICIPALITY | VIDEO | -                 | +0 | authority",
            "PUBLICATION | UWV          | AUDIO | -                 | +0 | usage",
            "PUBLICATION | UWV          | AUDIO | PRIVATE_LISTENING | +0 | usage",
            "RECORDING   | UWV          | VIDEO | -                 | +1 | requestDate",
    })
    void aSubmissionThatCannotBeAcceptedIsARequestFault0004NamingTheField(String kind, String authority, String medium,
                                                                         String usage, String requestDateOffset,
                                                                         String field) throws Exception {
        String caseReference = newCaseReference();
        String requestDate = requestDateOffset.equals("+0") ? null : today().plusDays(1).toString();

        RequestFault fault = assertThrows(RequestFault_Exception.class, () -> caseSystem(authority).submitConsentRequest(null, kind,
                authority, medium, usage, onTimeConversation().toString(), "PHONE", caseReference, requestDate)).getFaultInfo();

        assertEquals("0004", fault.getCode());
        assertEquals(List.of(field), fault.getInvalidParams().stream().map(p -> p.getName()).toList());
        assertEquals(0, caseSystem(authority).findConsentRequests(caseReference, null, null).getPage().getTotalElements());
    }

    @Test
    void evaluateRecordingNamesAnUnknownOrMismatchedConsentRequest() throws Exception {
        LocalDate conversation = onTimeConversation();
        String reference = submitOnTime(conversation).getReference();

        RequestFault unknown = assertThrows(RequestFault_Exception.class, () -> port.evaluateRecording("UWV", "VIDEO", "true",
                conversation.toString(), ConsentReferences.newReference())).getFaultInfo();
        assertEquals("0004", unknown.getCode());
        assertEquals("consentRequestReference", unknown.getInvalidParams().get(0).getName());
        assertEquals("is not a known consent request", unknown.getInvalidParams().get(0).getReason());

        RequestFault mismatch = assertThrows(RequestFault_Exception.class, () -> port.evaluateRecording("UWV", "VIDEO",
                "true", conversation.plusDays(1).toString(), reference)).getFaultInfo();
        assertEquals(List.of("consentRequestReference"), mismatch.getInvalidParams().stream().map(p -> p.getName()).toList());
    }

    @Test
    void aConflictIsASoapClientFaultWithATypedDetailOnTheWire() throws Exception {
        String reference = submitOnTime(onTimeConversation()).getReference();
        officer.decideConsentRequest(null, reference, "DENIED", null);

        Document fault = post(SoapWire.envelope("<rp:DecideConsentRequest><rp:reference>" + reference + "</rp:reference>"
                + "<rp:decision>GRANTED</rp:decision></rp:DecideConsentRequest>"), 500);

        assertEquals("Client", SoapWire.localPart(fault.getElementsByTagName("faultcode").item(0).getTextContent()));
        assertEquals(1, fault.getElementsByTagNameNS(NS, "ConflictFault").getLength());
        assertEquals("RPG-0409-STATUS", fault.getElementsByTagNameNS(NS, "code").item(0).getTextContent());
        assertEquals("DENIED", fault.getElementsByTagNameNS(NS, "currentStatus").item(0).getTextContent());
        assertFalse(fault.getDocumentElement().getTextContent().contains("Exception"));
    }

    @Test
    void anUnknownReferenceIsASoapClientFaultOnTheWire() throws Exception {
        Document fault = post(SoapWire.envelope("<rp:GetConsentStatus><rp:reference>" + ConsentReferences.newReference()
                + "</rp:reference></rp:GetConsentStatus>"), 500);

        assertEquals("Client", SoapWire.localPart(fault.getElementsByTagName("faultcode").item(0).getTextContent()));
        assertEquals(1, fault.getElementsByTagNameNS(NS, "RequestFault").getLength());
        assertEquals("RPG-0404", fault.getElementsByTagNameNS(NS, "code").item(0).getTextContent());
    }

    // ------------------------------------------------------------------------------------------------ paging

    @Test
    void findConsentRequestsPagesThroughACaseOldestFirst() throws Exception {
        String caseReference = newCaseReference();
        List<String> references = List.of(
                submitRecording(null, "VIDEO", onTimeConversation(), caseReference).getReference(),
                submitRecording(null, "PHOTO", today().plusDays(45), caseReference).getReference(),
                submitRecording(null, "VIDEO", today().plusDays(2), caseReference).getReference());

        ConsentRequestPage first = port.findConsentRequests(caseReference, 1, 2);
        ConsentRequestPage second = port.findConsentRequests(caseReference, 2, 2);
        ConsentRequestPage all = port.findConsentRequests(caseReference, null, null);

        assertEquals(references.subList(0, 2), first.getConsentRequests().stream().map(ConsentRequest::getReference).toList());
        assertPage(first, 1, 2, 3, 2);
        assertEquals(references.subList(2, 3), second.getConsentRequests().stream().map(ConsentRequest::getReference).toList());
        assertPage(second, 2, 2, 3, 2);
        assertEquals(references, all.getConsentRequests().stream().map(ConsentRequest::getReference).toList());
        assertPage(all, 1, 20, 3, 1);
    }

    @ParameterizedTest(name = "page {0}, pageSize {1}")
    @CsvSource(nullValues = "-", value = {"0, 2, page", "1, 0, pageSize", "1, 101, pageSize"})
    void findConsentRequestsRefusesAPageThatCannotExist(Integer page, Integer pageSize, String field) {
        RequestFault fault = assertThrows(RequestFault_Exception.class,
                () -> port.findConsentRequests("ZAAK-1", page, pageSize)).getFaultInfo();

        assertEquals("0004", fault.getCode());
        assertEquals(List.of(field), fault.getInvalidParams().stream().map(p -> p.getName()).toList());
    }

    // ------------------------------------------------------------------------------------------------ requestId

    @Test
    void aRetryWithTheSameRequestIdGetsTheFirstAnswerAndOtherContentIsRefused() throws Exception {
        String caseReference = newCaseReference();
        String requestId = "soap-" + UUID.randomUUID();
        LocalDate conversation = onTimeConversation();

        ConsentRequest first = submitRecording(requestId, "VIDEO", conversation, caseReference);
        ConsentRequest retry = submitRecording(requestId, "VIDEO", conversation, caseReference);
        ConflictFault reused = assertThrows(ConflictFault_Exception.class,
                () -> submitRecording(requestId, "PHOTO", conversation, caseReference)).getFaultInfo();

        assertEquals(first.getReference(), retry.getReference());
        assertEquals(Shapes.of(first), Shapes.of(retry), "the first answer again");
        assertEquals("RPG-0422-REQUEST-ID-REUSED", reused.getCode());
        assertNull(reused.getCurrentStatus());
        assertEquals(1, port.findConsentRequests(caseReference, null, null).getPage().getTotalElements());
    }

    @Test
    void aRetriedDecisionWithTheSameRequestIdIsNotASecondDecision() throws Exception {
        String reference = submitOnTime(onTimeConversation()).getReference();
        String requestId = "soap-" + UUID.randomUUID();

        ConsentRequest first = officer.decideConsentRequest(requestId, reference, "GRANTED", null);
        ConsentRequest retry = officer.decideConsentRequest(requestId, reference, "GRANTED", null);
        ConflictFault reused = assertThrows(ConflictFault_Exception.class,
                () -> officer.decideConsentRequest(requestId, reference, "DENIED", null)).getFaultInfo();

        assertEquals(Shapes.of(first), Shapes.of(retry));
        assertEquals("RPG-0422-REQUEST-ID-REUSED", reused.getCode());
        assertEquals(2, port.getConsentStatus(reference).getHistory().size());
    }

    // ------------------------------------------------------------------------------------------------ parity with REST

    @Test
    void soapAndRestAnswerTheSameForTheSameConsentRequest() throws Exception {
        String caseReference = newCaseReference();
        ConsentRequest submitted = submitRecording(null, "VIDEO", onTimeConversation(), caseReference);
        officer.decideConsentRequest(null, submitted.getReference(), "GRANTED", "via SOAP");
        rest.submitted(ConsentRest.recording("PHOTO", today().plusDays(2), caseReference));

        assertEquals(Shapes.of(rest.current(submitted.getReference())), Shapes.of(port.getConsentStatus(submitted.getReference())));
        JsonObject restPage = Http.json(rest.page(caseReference, 1, 20));
        assertEquals(Shapes.without(Shapes.of(restPage), "_links"), Shapes.of(port.findConsentRequests(caseReference, 1, 20)),
                "the same page but for REST's hypermedia links");
    }

    @Test
    void soapAndRestRefuseTheSameTransitionTheSameWay() throws Exception {
        String reference = submitOnTime(onTimeConversation()).getReference();
        port.withdrawConsentRequest(null, reference, null);

        HttpResponse<String> restConflict = rest.decide(reference, "GRANTED", null);
        ConflictFault soapConflict = assertThrows(ConflictFault_Exception.class,
                () -> officer.decideConsentRequest(null, reference, "GRANTED", null)).getFaultInfo();

        assertEquals(409, restConflict.statusCode());
        JsonObject problem = Http.json(restConflict);
        assertEquals(Arrays.asList(problem.getString("currentStatus", null), problem.getString("detail", null)),
                Arrays.asList(soapConflict.getCurrentStatus(), soapConflict.getDetail()),
                "currentStatus and detail: REST (expected) vs SOAP (actual)");
    }

    @Test
    void aStatusChangeMadeOverSoapHasADecisionRecordNamingTheProtocol() throws Exception {
        ConsentRequest submitted = submitOnTime(onTimeConversation());

        JsonObject record = rest.record(submitted.getHistory().get(0).getDecisionId());

        assertEquals("consent_submitted", record.getString("event"));
        assertEquals(submitted.getReference(), record.getString("consentRequestReference"));
        assertTrue(record.getString("caller").toLowerCase(java.util.Locale.ROOT).contains("soap"),
                "caller names the protocol: " + record.getString("caller"));
        Decision decision = port.evaluateRecording("UWV", "VIDEO", "true", submitted.getConversationDate(),
                submitted.getReference());
        JsonObject decisionRecord = rest.record(decision.getDecisionId());
        assertEquals("recording_decision", decisionRecord.getString("event"));
        assertEquals(submitted.getReference(), decisionRecord.getString("consentRequestReference"));
    }

    @Test
    void aTraceparentHttpHeaderOnTheSoapCallIsRecordedWithTheDecision() throws Exception {
        String[] traceparent = ConsentRest.newTraceparent();
        RecordingPolicyPortType traced = SoapClient.port(base, ItIdentities.arquillian(), "case-system");
        ((BindingProvider) traced).getRequestContext().put(MessageContext.HTTP_REQUEST_HEADERS,
                Map.of("traceparent", List.of(traceparent[0])));

        ConsentRequest submitted = traced.submitConsentRequest(null, "RECORDING", "UWV", "VIDEO", null,
                onTimeConversation().toString(), "CHAT", newCaseReference(), null);

        JsonObject record = rest.record(submitted.getHistory().get(0).getDecisionId());
        assertEquals(traceparent[1], record.getString("traceId"));
        assertEquals(traceparent[2], record.getString("parentSpanId"));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static void assertConflict(String currentStatus, Executable call) {
        ConflictFault fault = assertThrows(ConflictFault_Exception.class, call).getFaultInfo();
        assertEquals("RPG-0409-STATUS", fault.getCode());
        assertEquals(currentStatus, fault.getCurrentStatus());
        assertFalse(fault.getTitle().isBlank());
        assertFalse(fault.getDetail().isBlank());
    }

    private static void assertPage(ConsentRequestPage page, int number, int size, int totalElements, int totalPages) {
        assertEquals(List.of(number, size, totalElements, totalPages), List.of(page.getPage().getNumber(),
                page.getPage().getSize(), page.getPage().getTotalElements(), page.getPage().getTotalPages()));
    }

    private static List<String> steps(ConsentRequest request) {
        return request.getHistory().stream()
                .map(change -> (change.getFrom() == null ? "-" : change.getFrom()) + ">" + change.getTo() + " by " + change.getActor())
                .toList();
    }

    private static void assertNotNullDecisionIds(ConsentRequest request) {
        for (StatusChange change : request.getHistory()) {
            assertTrue(change.getDecisionId() != null && !change.getDecisionId().isBlank(), "decisionId of " + change.getTo());
            assertNotEquals(null, change.getAt());
        }
    }

    private Document post(String envelope, int expectedStatus) throws Exception {
        return SoapWire.post(http, envelope, expectedStatus);
    }
}
