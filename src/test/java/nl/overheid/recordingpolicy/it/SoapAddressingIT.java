package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * WS-Addressing 1.0 as the Koppelvlakstandaard WUS (profile 2W-be) asks of a two-way service: a request's
 * wsa:MessageID comes back as the answer's wsa:RelatesTo, on answers and on faults alike, with the answer's own
 * MessageID and Action; a request without addressing headers is answered as before.
 */
class SoapAddressingIT extends DeployedGateway {

    private static final String WSA = "http://www.w3.org/2005/08/addressing";
    private static final String ACTION = SoapWire.NS + "/EvaluateUsage";

    private String addressed(String messageId, String body) {
        return "<soapenv:Envelope xmlns:soapenv=\"" + SoapWire.SOAP_ENV + "\" xmlns:rp=\"" + SoapWire.NS + "\" xmlns:wsa=\""
                + WSA + "\"><soapenv:Header><wsa:Action>" + ACTION + "</wsa:Action><wsa:MessageID>" + messageId
                + "</wsa:MessageID><wsa:To>" + base + SoapClient.PATH + "</wsa:To><wsa:ReplyTo><wsa:Address>" + WSA
                + "/anonymous</wsa:Address></wsa:ReplyTo></soapenv:Header><soapenv:Body>" + body
                + "</soapenv:Body></soapenv:Envelope>";
    }

    private static String header(Document answer, String name) {
        return answer.getElementsByTagNameNS(WSA, name).item(0).getTextContent();
    }

    @Test
    void theAnswerRelatesToTheRequestsMessageId() throws Exception {
        String messageId = "urn:uuid:" + UUID.randomUUID();

        Document answer = SoapWire.post(new Http(base), addressed(messageId, "<rp:EvaluateUsage><rp:authority>UWV</rp:authority>"
                + "<rp:medium>AUDIO</rp:medium><rp:usage>PUBLISH</rp:usage></rp:EvaluateUsage>"), 200);

        assertEquals(messageId, header(answer, "RelatesTo"));
        assertFalse(header(answer, "MessageID").isBlank());
        assertNotEquals(messageId, header(answer, "MessageID"));
        assertEquals(SoapWire.NS + "/RecordingPolicyPortType/EvaluateUsageResponse", header(answer, "Action"));
        assertEquals("CONSENT_REQUIRED", answer.getElementsByTagNameNS(SoapWire.NS, "outcome").item(0).getTextContent());
    }

    @Test
    void aFaultRelatesToTheRequestsMessageIdToo() throws Exception {
        String messageId = "urn:uuid:" + UUID.randomUUID();

        Document fault = SoapWire.post(new Http(base), addressed(messageId, "<rp:EvaluateUsage><rp:authority>UWV</rp:authority>"
                + "<rp:medium>SMELL</rp:medium><rp:usage>PUBLISH</rp:usage></rp:EvaluateUsage>"), 500);

        assertEquals(messageId, header(fault, "RelatesTo"));
        assertEquals("0004", fault.getElementsByTagNameNS(SoapWire.NS, "code").item(0).getTextContent());
    }

    @Test
    void aRequestWithoutAddressingIsAnsweredWithout() throws Exception {
        Document answer = SoapWire.post(new Http(base), SoapWire.envelope("<rp:EvaluateUsage><rp:authority>UWV</rp:authority>"
                + "<rp:medium>AUDIO</rp:medium><rp:usage>PUBLISH</rp:usage></rp:EvaluateUsage>"), 200);

        assertEquals(0, answer.getElementsByTagNameNS(WSA, "RelatesTo").getLength());
    }

    /**
     * CXF warns "failed to retrieve Message Addressing Properties" for every answer to a request without addressing
     * headers, which the contract allows; src/main/wildfly/gateway-logging.cli silences that logger. Several lines
     * per request flooded the log and cost throughput.
     */
    @Test
    void aRequestWithoutAddressingLeavesNoWarningInTheServerLog() throws Exception {
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        String marker = "urn:uuid:" + UUID.randomUUID();
        // an addressed request first, so that the log has been written to since this test started
        SoapWire.post(new Http(base), addressed(marker, "<rp:EvaluateUsage><rp:authority>UWV</rp:authority>"
                + "<rp:medium>AUDIO</rp:medium><rp:usage>PUBLISH</rp:usage></rp:EvaluateUsage>"), 200);
        long before = Files.size(log);

        for (int i = 0; i < 3; i++) {
            SoapWire.post(new Http(base), SoapWire.envelope("<rp:EvaluateUsage><rp:authority>UWV</rp:authority>"
                    + "<rp:medium>AUDIO</rp:medium><rp:usage>PUBLISH</rp:usage></rp:EvaluateUsage>"), 200);
        }

        String written = Files.readString(log).substring((int) Math.min(before, Files.size(log)));
        assertFalse(written.contains("failed to retrieve Message Addressing Properties"), written);
    }
}
