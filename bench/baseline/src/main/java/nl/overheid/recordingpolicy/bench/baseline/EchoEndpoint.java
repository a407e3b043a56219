package nl.overheid.recordingpolicy.bench.baseline;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;

/**
 * POST /bench-baseline/soap/Echo: a JAX-WS POJO endpoint (mapped as a servlet in web.xml, like the gateway's)
 * that answers with the two strings it was sent. Java first: the contract is derived from these annotations,
 * document/literal wrapped like the gateway's WSDL, so the SOAP stack does the same kind of (un)marshalling.
 */
@WebService(name = "BaselineEcho", serviceName = "BaselineEchoService", portName = "BaselineEchoPort",
        targetNamespace = EchoEndpoint.NS)
@SOAPBinding(style = SOAPBinding.Style.DOCUMENT, use = SOAPBinding.Use.LITERAL,
        parameterStyle = SOAPBinding.ParameterStyle.WRAPPED)
public class EchoEndpoint {

    static final String NS = "http://recordingpolicy.overheid.nl/bench/baseline/v1";

    @WebMethod(operationName = "Echo", action = NS + "/Echo")
    @WebResult(name = "echoed", targetNamespace = NS)
    public EchoReply echo(@WebParam(name = "first", targetNamespace = NS) String first,
                          @WebParam(name = "second", targetNamespace = NS) String second) {
        return new EchoReply(first, second);
    }

    /**
     * The same request elements as the gateway's EvaluateRecording and an answer of the same shape and size as its
     * decision: the SOAP stack's (un)marshalling of a decision, without the decision.
     */
    @WebMethod(operationName = "EchoDecision", action = NS + "/EchoDecision")
    @WebResult(name = "decision", targetNamespace = NS)
    public DecisionShape echoDecision(@WebParam(name = "authority", targetNamespace = NS) String authority,
                                      @WebParam(name = "medium", targetNamespace = NS) String medium,
                                      @WebParam(name = "participant", targetNamespace = NS) boolean participant,
                                      @WebParam(name = "conversationDate", targetNamespace = NS) String conversationDate) {
        return DecisionShape.answer();
    }

    /**
     * The same request elements as the gateway's GetLeadTimeStatus and an answer of the same shape and size as its
     * lead-time answer: the SOAP stack's (un)marshalling of a lead-time query, without the lead time.
     */
    @WebMethod(operationName = "EchoLeadTime", action = NS + "/EchoLeadTime")
    @WebResult(name = "leadTime", targetNamespace = NS)
    public LeadTimeShape echoLeadTime(@WebParam(name = "authority", targetNamespace = NS) String authority,
                                      @WebParam(name = "medium", targetNamespace = NS) String medium,
                                      @WebParam(name = "conversationDate", targetNamespace = NS) String conversationDate,
                                      @WebParam(name = "requestDate", targetNamespace = NS) String requestDate) {
        return LeadTimeShape.answer(requestDate);
    }
}
