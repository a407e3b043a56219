package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

/** Raw SOAP 1.1 over HTTP, for what the generated client cannot show: fault codes and details on the wire. */
final class SoapWire {

    static final String NS = "http://recordingpolicy.overheid.nl/gateway/v1";
    static final String SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";

    private SoapWire() {
    }

    /** Posts the envelope to the endpoint, asserts the HTTP status and returns the parsed answer. */
    static Document post(Http http, String envelope, int expectedStatus) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri("/" + SoapClient.PATH))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)));
        assertEquals(expectedStatus, response.statusCode(), response.body());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    /** An envelope around {@code body}, with prefix rp bound to the gateway's namespace. */
    static String envelope(String body) {
        return "<soapenv:Envelope xmlns:soapenv=\"" + SOAP_ENV + "\" xmlns:rp=\"" + NS + "\"><soapenv:Body>" + body
                + "</soapenv:Body></soapenv:Envelope>";
    }

    /** "soap:Client" → "Client", whatever the prefix. */
    static String localPart(String qname) {
        return qname.substring(qname.indexOf(':') + 1);
    }
}
