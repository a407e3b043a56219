package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/**
 * Hostile XML at the SOAP endpoint: external entities, entity expansion, any DOCTYPE, very deep or wide documents,
 * huge text, the wrong namespace, a wrong SOAPAction and a SOAP 1.2 envelope. Each is a soap:Client fault with the
 * typed RequestFault detail (or a 4xx), answered quickly, never a server fault; and the endpoint answers a normal
 * request afterwards (checked after every test).
 */
class SoapHostileInputIT extends DeployedGateway {

    private static final String NS = SoapWire.NS;
    private static final String ACTION = "\"" + NS + "/EvaluateUsage\"";
    private static final String USAGE = "<rp:EvaluateUsage><rp:authority>UWV</rp:authority><rp:medium>AUDIO</rp:medium>"
            + "<rp:usage>PUBLISH</rp:usage></rp:EvaluateUsage>";

    Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    @AfterEach
    void theEndpointStillAnswersANormalRequest() {
        HttpResponse<String> normal = post(SoapWire.envelope(USAGE), ACTION);

        assertEquals(200, normal.statusCode(), normal.body());
        assertTrue(normal.body().contains("CONSENT_REQUIRED"), normal.body());
    }

    @Test
    void anExternalEntityIsNotResolved() {
        HttpResponse<String> response = post("<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + SoapWire.envelope(USAGE.replace(">UWV<", ">&xxe;<")), ACTION);

        assertTypedClientFault(response);
        assertFalse(response.body().contains("root:"), response.body());
    }

    @Test
    void anExternalParameterEntityIsNotFetched() {
        HttpResponse<String> response = post("<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY % remote SYSTEM \"http://127.0.0.1:1/x.dtd\"> %remote;]>"
                + SoapWire.envelope(USAGE), ACTION);

        assertTypedClientFault(response);
    }

    @Test
    void entityExpansionIsRefusedQuickly() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        laughs.append("<!ENTITY lol1 \"").append("&lol;".repeat(10)).append("\">");
        for (int i = 2; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>");
        long start = System.nanoTime();

        HttpResponse<String> response = post(laughs + SoapWire.envelope(USAGE.replace(">UWV<", ">&lol9;<")), ACTION);

        assertTypedClientFault(response);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5, "refused, not expanded");
    }

    @Test
    void anyDoctypeIsRefused() {
        assertTypedClientFault(post("<?xml version=\"1.0\"?><!DOCTYPE Envelope>" + SoapWire.envelope(USAGE), ACTION));
    }

    @ParameterizedTest
    @ValueSource(ints = {17, 1_000, 100_000})
    void aVeryDeepDocumentIsRefused(int depth) {
        assertTypedClientFault(post(SoapWire.envelope("<rp:EvaluateUsage>" + "<rp:x>".repeat(depth) + "</rp:x>".repeat(depth)
                + "</rp:EvaluateUsage>"), ACTION));
    }

    @ParameterizedTest
    @ValueSource(ints = {51, 10_000, 200_000})
    void aVeryWideDocumentIsRefused(int children) {
        assertTypedClientFault(post(SoapWire.envelope("<rp:EvaluateUsage>" + "<rp:usage>PUBLISH</rp:usage>".repeat(children)
                + "</rp:EvaluateUsage>"), ACTION));
    }

    @Test
    void manyElementsInAHeaderAreRefusedToo() {
        String header = "<soapenv:Header>" + ("<rp:h>" + "<rp:i/>".repeat(40) + "</rp:h>").repeat(40) + "</soapenv:Header>";
        assertTypedClientFault(post(SoapWire.envelope(USAGE).replace("<soapenv:Body>", header + "<soapenv:Body>"), ACTION));
    }

    @ParameterizedTest
    @ValueSource(ints = {4_097, 1_000_000})
    void hugeTextIsRefused(int length) {
        assertTypedClientFault(post(SoapWire.envelope(USAGE.replace(">UWV<", ">" + "U".repeat(length) + "<")), ACTION));
    }

    @Test
    void hugeAttributesAreRefused() {
        assertTypedClientFault(post(SoapWire.envelope(USAGE.replace("<rp:authority>", "<rp:authority a=\"" + "x".repeat(100_000) + "\">")), ACTION));
    }

    @Test
    void anOperationInAnotherNamespaceIsATypedClientFault() {
        assertTypedClientFault(post(SoapWire.envelope(USAGE.replace("rp:", "o:").replace("<o:EvaluateUsage>",
                "<o:EvaluateUsage xmlns:o=\"urn:other\">")), ACTION));
    }

    @Test
    void fieldsInAnotherNamespaceAreATypedClientFault() {
        assertTypedClientFault(post(SoapWire.envelope("<rp:EvaluateUsage xmlns:o=\"urn:other\"><o:authority>UWV</o:authority>"
                + "<o:medium>AUDIO</o:medium><o:usage>PUBLISH</o:usage></rp:EvaluateUsage>"), ACTION));
    }

    @Test
    void anElementTooManyIsATypedClientFaultNamingIt() {
        HttpResponse<String> response = post(SoapWire.envelope(USAGE.replace("</rp:EvaluateUsage>",
                "<rp:usage>PUBLISH</rp:usage></rp:EvaluateUsage>")), ACTION);

        assertTypedClientFault(response);
        Document fault = parse(response);
        assertEquals("usage", fault.getElementsByTagNameNS(NS, "name").item(0).getTextContent(), response.body());
        assertEquals("is not allowed at this point of the request (an element too many, or out of order)",
                fault.getElementsByTagNameNS(NS, "reason").item(0).getTextContent());
    }

    @Test
    void aFieldNamedTwiceIsRefusedAlsoWhereOnlyOptionalFieldsMayFollow() {
        // EvaluateRecording: conversationDate and consentRequestReference may follow participant, so the schema
        // alone reports the second participant as if a field were missing
        HttpResponse<String> response = post(SoapWire.envelope("<rp:EvaluateRecording><rp:authority>UWV</rp:authority>"
                + "<rp:medium>AUDIO</rp:medium><rp:participant>true</rp:participant>"
                + "<rp:participant>false</rp:participant></rp:EvaluateRecording>"), "\"" + NS + "/EvaluateRecording\"");

        assertTypedClientFault(response);
        Document fault = parse(response);
        assertEquals("participant", fault.getElementsByTagNameNS(NS, "name").item(0).getTextContent(), response.body());
        assertEquals("is not allowed at this point of the request (an element too many, or out of order)",
                fault.getElementsByTagNameNS(NS, "reason").item(0).getTextContent());
    }

    @Test
    void textWhereOnlyElementsBelongIsATypedClientFault() {
        assertTypedClientFault(post(SoapWire.envelope(USAGE.replace("<rp:authority>", "stray text<rp:authority>")), ACTION));
    }

    @Test
    void anUnknownSoapActionIsATypedClientFaultNamingTheHeader() {
        HttpResponse<String> response = post(SoapWire.envelope(USAGE), "\"urn:delete-everything\"");

        assertTypedClientFault(response);
        assertEquals("SOAPAction", parse(response).getElementsByTagNameNS(NS, "name").item(0).getTextContent());
    }

    @Test
    void aSoapActionOfAnotherOperationIsATypedClientFault() {
        assertTypedClientFault(post(SoapWire.envelope(USAGE), "\"" + NS + "/EvaluateRecording\""));
    }

    @Test
    void aMissingOrEmptySoapActionIsAnsweredByTheOperationInTheBody() {
        // SOAP 1.1 asks clients for the header; the body names the operation unambiguously, so it is not required
        assertEquals(200, post(SoapWire.envelope(USAGE), null).statusCode());
        assertEquals(200, post(SoapWire.envelope(USAGE), "\"\"").statusCode());
    }

    /** SOAP 1.1 (4.4.1) has its own fault code for an envelope in another namespace; CXF answers with it. */
    @Test
    void aSoap12EnvelopeIsAVersionMismatchFault() {
        String soap12 = "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:rp=\"" + NS + "\"><env:Body>"
                + USAGE + "</env:Body></env:Envelope>";

        HttpResponse<String> asSoap11 = post(soap12, ACTION);
        HttpResponse<String> asSoap12 = http.send(HttpRequest.newBuilder(http.uri("/" + SoapClient.PATH))
                .header("Content-Type", "application/soap+xml; charset=utf-8; action=" + ACTION)
                .POST(HttpRequest.BodyPublishers.ofString(soap12)));

        for (HttpResponse<String> response : java.util.List.of(asSoap11, asSoap12)) {
            assertEquals(500, response.statusCode(), response.body());
            Document fault = parse(response);
            assertEquals("VersionMismatch", SoapWire.localPart(fault.getElementsByTagName("faultcode").item(0).getTextContent()));
            assertEquals("A SOAP 1.2 message is not valid when sent to a SOAP 1.1 only endpoint.",
                    fault.getElementsByTagName("faultstring").item(0).getTextContent());
            assertNoInternals(response);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "<notSoap/>", "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"/>",
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>", "\u0000\u0001"})
    void somethingThatIsNotASoapMessageIsRefused(String body) {
        assertRefused(post(body, ACTION));
    }

    private HttpResponse<String> post(String envelope, String action) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri("/" + SoapClient.PATH))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(envelope));
        if (action != null) {
            request.header("SOAPAction", action);
        }
        return http.send(request);
    }

    /** soap:Client with the contract's RequestFault detail, and nothing of the runtime's own text. */
    private static void assertTypedClientFault(HttpResponse<String> response) {
        assertEquals(500, response.statusCode(), response.body());
        Document fault = parse(response);
        assertEquals("Client", SoapWire.localPart(fault.getElementsByTagName("faultcode").item(0).getTextContent()), response.body());
        assertEquals(1, fault.getElementsByTagNameNS(NS, "RequestFault").getLength(), response.body());
        assertEquals("0004", fault.getElementsByTagNameNS(NS, "code").item(0).getTextContent());
        assertNoInternals(response);
    }

    /** A 4xx, or a SOAP fault that blames the caller (Client, or VersionMismatch for the wrong envelope). */
    private static void assertRefused(HttpResponse<String> response) {
        assertNoInternals(response);
        if (response.statusCode() >= 400 && response.statusCode() < 500) {
            return;
        }
        assertEquals(500, response.statusCode(), response.body());
        String code = SoapWire.localPart(parse(response).getElementsByTagName("faultcode").item(0).getTextContent());
        assertTrue(code.equals("Client") || code.equals("VersionMismatch"), response.body());
    }

    private static void assertNoInternals(HttpResponse<String> response) {
        for (String internal : new String[] {"Exception", "java.", "org.apache", "com.ctc", "at [row", "\tat "}) {
            assertFalse(response.body().contains(internal), internal + " in " + response.body());
        }
    }

    private static Document parse(HttpResponse<String> response) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + response.statusCode() + " " + response.body(), e);
        }
    }
}
