package nl.overheid.recordingpolicy.adapter.soap;

import java.util.function.Supplier;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.soap.Addressing;

import org.apache.cxf.annotations.EndpointProperties;
import org.apache.cxf.annotations.EndpointProperty;
import org.apache.cxf.feature.Features;
import org.apache.cxf.interceptor.InInterceptors;
import org.apache.cxf.interceptor.OutFaultInterceptors;

import nl.overheid.recordingpolicy.application.security.AuthenticationRequiredException;
import nl.overheid.recordingpolicy.application.security.AccessDeniedException;
import nl.overheid.recordingpolicy.application.security.ConsentAccess;
import nl.overheid.recordingpolicy.adapter.question.AcknowledgementInputs;
import nl.overheid.recordingpolicy.adapter.question.AcknowledgementQuestionParser;
import nl.overheid.recordingpolicy.adapter.question.ConsentInputs;
import nl.overheid.recordingpolicy.adapter.question.ConsentQuestionParser;
import nl.overheid.recordingpolicy.adapter.question.LeadTimeInput;
import nl.overheid.recordingpolicy.adapter.question.PolicyListingInput;
import nl.overheid.recordingpolicy.adapter.question.DecisionQuestionParser;
import nl.overheid.recordingpolicy.adapter.question.RecordingDecisionInput;
import nl.overheid.recordingpolicy.adapter.question.UsageDecisionInput;
import nl.overheid.recordingpolicy.adapter.security.AccessProblemServlet;
import nl.overheid.recordingpolicy.application.failure.InvalidInputException;
import nl.overheid.recordingpolicy.application.security.QueryAccess;
import nl.overheid.recordingpolicy.application.RecordingPolicyService;
import nl.overheid.recordingpolicy.application.failure.StoreUnavailableException;
import nl.overheid.recordingpolicy.application.failure.ConflictException;
import nl.overheid.recordingpolicy.application.acknowledgement.AcknowledgementNotFoundException;
import nl.overheid.recordingpolicy.application.acknowledgement.AcknowledgementService;
import nl.overheid.recordingpolicy.application.consent.ConsentNotFoundException;
import nl.overheid.recordingpolicy.application.consent.ConsentService;
import nl.overheid.recordingpolicy.application.idempotency.IdempotencyKey;
import nl.overheid.recordingpolicy.contract.soap.v1.Acknowledgement;
import nl.overheid.recordingpolicy.contract.soap.v1.AcknowledgementList;
import nl.overheid.recordingpolicy.contract.soap.v1.ConsentRequest;
import nl.overheid.recordingpolicy.contract.soap.v1.ConsentRequestPage;
import nl.overheid.recordingpolicy.contract.soap.v1.Decision;
import nl.overheid.recordingpolicy.contract.soap.v1.LeadTimeStatus;
import nl.overheid.recordingpolicy.contract.soap.v1.PolicySet;
import nl.overheid.recordingpolicy.contract.soap.v1.RecordingPolicyPortType;

/**
 * RecordingPolicyService at /soap/RecordingPolicyService (see WEB-INF/web.xml). The WSDL served at ?wsdl is the
 * hand-written contract from wsdl/, packaged into WEB-INF/wsdl.
 *
 * <p>Incoming messages are validated against the XSD ({@code schema-validation-enabled=IN}; see
 * {@link ValueChecksLeftToGateway} for the checks left to the gateway's own validation), and CXF's StAX reader is
 * held to limits far above what a message of this contract needs (a request is 4 levels deep, has at most 9 fields
 * and a field holds at most 500 characters), so that a deep, wide or huge document is refused while it is read,
 * before it is held in memory. DTDs and external entities are refused by CXF's reader in any case.
 *
 * <p>Requests may be signed with WS-Security (Koppelvlakstandaard WUS 2W-be-S, the WSDL's policy; {@link WusSignatures}):
 * the signer is then the caller ({@link SoapCalls#caller}), and the answer is signed.
 */
@WebService(
        serviceName = "RecordingPolicyService",
        portName = "RecordingPolicyPort",
        targetNamespace = "http://recordingpolicy.overheid.nl/gateway/v1",
        endpointInterface = "nl.overheid.recordingpolicy.contract.soap.v1.RecordingPolicyPortType",
        wsdlLocation = "WEB-INF/wsdl/RecordingPolicyService.wsdl")
@InInterceptors(classes = {RepeatedRequestElements.class, ReuseSchemaValidators.class})
@OutFaultInterceptors(classes = ContractFaultInterceptor.class)
@Features(classes = WusSignatures.class)
@Addressing(enabled = true, required = false) // WUS 2W-be: wsa:RelatesTo answers the request's wsa:MessageID
@EndpointProperties({
        @EndpointProperty(key = "schema-validation-enabled", value = "IN"),
        @EndpointProperty(key = "jaxb-validation-event-handler", beanClass = ValueChecksLeftToGateway.class),
        @EndpointProperty(key = "org.apache.cxf.logging.FaultListener", beanClass = QuietClientFaults.class),
        @EndpointProperty(key = "org.apache.cxf.stax.maxElementDepth", value = "16"),
        @EndpointProperty(key = "org.apache.cxf.stax.maxChildElements", value = "50"),
        @EndpointProperty(key = "org.apache.cxf.stax.maxElementCount", value = "500"),
        @EndpointProperty(key = "org.apache.cxf.stax.maxAttributeCount", value = "20"),
        @EndpointProperty(key = "org.apache.cxf.stax.maxAttributeSize", value = "1024"),
        @EndpointProperty(key = "org.apache.cxf.stax.maxTextLength", value = "4096"),
        @EndpointProperty(key = "org.apache.cxf.stax.maxXMLCharacters", value = "65536")
})
public class RecordingPolicyEndpoint implements RecordingPolicyPortType {

    private static final String REQUEST_ID = "requestId";

    @Inject
    RecordingPolicyService service;

    @Inject
    DecisionQuestionParser questions;

    @Inject
    QueryAccess access;

    @Inject
    ConsentService consents;

    @Inject
    ConsentQuestionParser consentQuestions;

    @Inject
    AcknowledgementQuestionParser acknowledgementQuestions;

    @Inject
    AcknowledgementService acknowledgements;

    @Resource
    WebServiceContext context;

    @Override
    public Decision evaluateRecording(String authority, String medium, String participant, String conversationDate,
                                      String consentRequestReference) {
        return question(() -> SoapMapper.decision(service.evaluateRecording(
                questions.recording(new RecordingDecisionInput(authority, medium, participant, conversationDate,
                        consentRequestReference)),
                SoapCalls.of(context))));
    }

    @Override
    public Decision evaluateUsage(String authority, String medium, String usage, String platform,
                                  String recordingConsentRequestReference, String publicationConsentRequestReference) {
        return question(() -> SoapMapper.decision(service.evaluateUsage(questions.usage(new UsageDecisionInput(authority,
                medium, usage, platform, recordingConsentRequestReference, publicationConsentRequestReference)),
                SoapCalls.of(context))));
    }

    @Override
    public LeadTimeStatus getLeadTimeStatus(String authority, String medium, String conversationDate,
                                            String requestDate) {
        return question(() -> SoapMapper.leadTimeStatus(service.leadTimeStatus(
                questions.leadTime(new LeadTimeInput(authority, medium, conversationDate, requestDate)),
                SoapCalls.caller(context))));
    }

    @Override
    public PolicySet listPolicies(String authority) {
        return question(() -> SoapMapper.policies(service.policies(questions.policyListing(new PolicyListingInput(authority)),
                SoapCalls.caller(context))));
    }

    @Override
    public ConsentRequest submitConsentRequest(String requestId, String kind, String authority, String medium,
                                               String usage, String conversationDate, String channel,
                                               String caseReference, String requestDate) {
        return registry(() -> SoapMapper.consentRequest(consents.submit(
                consentQuestions.submit(new ConsentInputs.Submit(kind, authority, medium, usage, conversationDate,
                        channel, caseReference, requestDate)),
                IdempotencyKey.of(requestId, REQUEST_ID), SoapCalls.of(context)).view()));
    }

    @Override
    public ConsentRequest getConsentStatus(String reference) {
        return registry(() -> SoapMapper.consentRequest(consents.get(
                consentQuestions.lookup(new ConsentInputs.Lookup(reference)), SoapCalls.caller(context))));
    }

    @Override
    public ConsentRequestPage findConsentRequests(String caseReference, Integer page, Integer pageSize) {
        return registry(() -> SoapMapper.consentRequestPage(consents.find(consentQuestions.find(new ConsentInputs.Find(
                caseReference, page == null ? null : page.toString(), pageSize == null ? null : pageSize.toString())),
                SoapCalls.caller(context))));
    }

    @Override
    public ConsentRequest decideConsentRequest(String requestId, String reference, String decision, String reason) {
        return registry(() -> SoapMapper.consentRequest(consents.decide(
                consentQuestions.decide(new ConsentInputs.Decide(reference, decision, reason)),
                IdempotencyKey.of(requestId, REQUEST_ID), SoapCalls.of(context)).view()));
    }

    @Override
    public ConsentRequest withdrawConsentRequest(String requestId, String reference, String reason) {
        return registry(() -> SoapMapper.consentRequest(consents.withdraw(
                consentQuestions.withdraw(new ConsentInputs.Withdraw(reference, reason)),
                IdempotencyKey.of(requestId, REQUEST_ID), SoapCalls.of(context)).view()));
    }

    @Override
    public ConsentRequest recordConsentContact(String requestId, String reference, String contactedAt, String note,
                                               String alternativeMedium, String alternativeDescription) {
        return registry(() -> SoapMapper.consentRequest(consents.recordContact(
                consentQuestions.contact(new ConsentInputs.Contact(reference, contactedAt, note, alternativeMedium,
                        alternativeDescription)),
                IdempotencyKey.of(requestId, REQUEST_ID), SoapCalls.of(context)).view()));
    }

    // ------------------------------------------------------------------ acknowledgements of the municipal rules

    @Override
    public Acknowledgement registerAcknowledgement(String requestId, String authority, String caseReference,
                                                   String date, String clientName, String employeeName,
                                                   String signedByClient, String signedByEmployee) {
        return registry(() -> AcknowledgementSoapMapper.acknowledgement(acknowledgements.register(
                acknowledgementQuestions.register(new AcknowledgementInputs.Register(authority, caseReference, date,
                        clientName, employeeName, signedByClient, signedByEmployee)), IdempotencyKey.of(requestId, REQUEST_ID),
                SoapCalls.of(context))));
    }

    @Override
    public Acknowledgement getAcknowledgement(String reference) {
        return registry(() -> AcknowledgementSoapMapper.acknowledgement(acknowledgements.get(
                acknowledgementQuestions.lookup(new AcknowledgementInputs.Lookup(reference)), SoapCalls.caller(context))));
    }

    @Override
    public AcknowledgementList findAcknowledgements(String caseReference) {
        return registry(() -> AcknowledgementSoapMapper.list(acknowledgements.find(
                acknowledgementQuestions.find(new AcknowledgementInputs.Find(caseReference)), SoapCalls.caller(context))));
    }

    /**
     * A public question: the caller is let in (QueryAccess) before its fields are read, so that a caller who may not
     * ask (the operator closed the public questions) gets the 401 and learns nothing from the fields' reasons.
     */
    private <T> T question(Supplier<T> operation) {
        return answer(() -> {
            access.allow(SoapCalls.caller(context));
            return operation.get();
        });
    }

    /** A consent request or acknowledgement operation: an authenticated caller with a role before its fields are read. */
    private <T> T registry(Supplier<T> operation) {
        return answer(() -> {
            ConsentAccess.requireRole(SoapCalls.caller(context));
            return operation.get();
        });
    }

    /** Every operation fails the same way: bad input and conflicts are the caller's business, the rest the gateway's. */
    private static <T> T answer(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (InvalidInputException e) {
            throw SoapFaults.clientFault(e.invalidParams());
        } catch (AuthenticationRequiredException e) {
            throw SoapFaults.accessProblem(SoapFaults.UNAUTHENTICATED, AccessProblemServlet.UNAUTHENTICATED);
        } catch (AccessDeniedException e) {
            throw SoapFaults.accessProblem(SoapFaults.FORBIDDEN, e.getMessage());
        } catch (ConsentNotFoundException e) {
            throw SoapFaults.notFound("reference", e.getMessage());
        } catch (AcknowledgementNotFoundException e) {
            throw SoapFaults.notFound("reference", e.getMessage());
        } catch (ConflictException e) {
            throw SoapFaults.conflict(e.kind().code(), e.getMessage(), e.currentStatus().map(Enum::name));
        } catch (StoreUnavailableException e) {
            throw SoapFaults.unavailable(e);
        } catch (RuntimeException e) {
            throw SoapFaults.serverFault(e);
        }
    }
}
