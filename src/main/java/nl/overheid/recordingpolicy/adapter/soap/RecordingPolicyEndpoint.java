package nl.overheid.recordingpolicy.adapter.soap;

import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebService;

import nl.overheid.recordingpolicy.application.InvalidInputException;
import nl.overheid.recordingpolicy.application.LeadTimeInput;
import nl.overheid.recordingpolicy.application.PolicyListingInput;
import nl.overheid.recordingpolicy.application.RecordingDecisionInput;
import nl.overheid.recordingpolicy.application.RecordingPolicyService;
import nl.overheid.recordingpolicy.application.UsageDecisionInput;
import nl.overheid.recordingpolicy.contract.soap.v1.Decision;
import nl.overheid.recordingpolicy.contract.soap.v1.LeadTimeStatus;
import nl.overheid.recordingpolicy.contract.soap.v1.PolicySet;
import nl.overheid.recordingpolicy.contract.soap.v1.RecordingPolicyPortType;

/**
 * RecordingPolicyService at /soap/RecordingPolicyService (see WEB-INF/web.xml). The WSDL served at ?wsdl is the
 * hand-written contract from wsdl/, packaged into WEB-INF/wsdl.
 */
@WebService(
        serviceName = "RecordingPolicyService",
        portName = "RecordingPolicyPort",
        targetNamespace = "http://recordingpolicy.overheid.nl/gateway/v1",
        endpointInterface = "nl.overheid.recordingpolicy.contract.soap.v1.RecordingPolicyPortType",
        wsdlLocation = "WEB-INF/wsdl/RecordingPolicyService.wsdl")
@HandlerChain(file = "handler-chain.xml")
public class RecordingPolicyEndpoint implements RecordingPolicyPortType {

    @Inject
    RecordingPolicyService service;

    @Override
    public Decision evaluateRecording(String authority, String medium, String participant, String conversationDate) {
        return answer(() -> SoapMapper.decision(service.evaluateRecording(
                new RecordingDecisionInput(authority, medium, participant, conversationDate))));
    }

    @Override
    public Decision evaluateUsage(String authority, String medium, String usage) {
        return answer(() -> SoapMapper.decision(service.evaluateUsage(new UsageDecisionInput(authority, medium, usage))));
    }

    @Override
    public LeadTimeStatus getLeadTimeStatus(String authority, String medium, String conversationDate,
                                            String requestDate) {
        return answer(() -> SoapMapper.leadTimeStatus(service.leadTimeStatus(
                new LeadTimeInput(authority, medium, conversationDate, requestDate))));
    }

    @Override
    public PolicySet listPolicies(String authority) {
        return answer(() -> SoapMapper.policies(service.policies(new PolicyListingInput(authority))));
    }

    /** Every operation fails the same way: bad input is the caller's fault, anything else the gateway's. */
    private static <T> T answer(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (InvalidInputException e) {
            throw SoapFaults.clientFault(e.invalidParams());
        } catch (RuntimeException e) {
            throw SoapFaults.serverFault(e);
        }
    }
}
