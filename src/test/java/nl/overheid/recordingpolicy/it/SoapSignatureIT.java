package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.x500.X500Principal;
import javax.xml.namespace.QName;

import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.BindingProvider;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.Soap11FaultInInterceptor;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.helpers.CastUtils;
import org.apache.cxf.interceptor.ClientFaultConverter;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.ws.policy.PolicyEngine;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.WSS4JConstants;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.WSDataRef;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.WSHandlerConstants;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.wildfly.security.x500.cert.SelfSignedX509CertificateAndSigningKey;

import nl.overheid.recordingpolicy.contract.soap.v1.ConsentRequest;
import nl.overheid.recordingpolicy.contract.soap.v1.Decision;
import nl.overheid.recordingpolicy.contract.soap.v1.RecordingPolicyPortType;
import nl.overheid.recordingpolicy.contract.soap.v1.RecordingPolicyService;
import nl.overheid.recordingpolicy.contract.soap.v1.RequestFault_Exception;

/**
 * WS-Security signatures on SOAP (Koppelvlakstandaard WUS 2W-be-S), with the client generated from wsdl/ signing its
 * requests with WSS4J's out-interceptor (Timestamp and Body, RSA-SHA256, its certificate as a BinarySecurityToken) and
 * verifying the answer's signature with the in-interceptor against the gateway's certificate: the one its HTTPS
 * listener serves, generated on the fresh start. The callers' key pairs are made here, at test time; the gateway
 * trusts the certificates of two of them (a PEM file, gateway.tls.client-certificates), CN=case-system (an identity of
 * the fresh start) and CN=stranger (no identity). A signed request acts as its signer; a tampered body, an untrusted
 * certificate and a CN without identity are soap:Client faults (RPG-0401); unsigned requests are answered as before,
 * until gateway.soap.signature=required. Runs the jar on its own ports (offset 1200), in the embedded-database run only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SoapSignatureIT {

    private static final String OFFSET_PROPERTY = "it.signature.port.offset";
    private static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    private static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static final String WSA = "http://www.w3.org/2005/08/addressing";
    private static final QName CLIENT = new QName(SoapWire.SOAP_ENV, "Client");

    private BootableGateway server;
    private Path keys;
    private CallerKeys caseSystem;
    private CallerKeys stranger;
    private CallerKeys impostor;
    private X509Certificate gateway;
    private Bus signingClients;

    /** A caller's key pair, its certificate self-signed, as a WSS4J crypto (in memory: nothing written but the PEM). */
    private record CallerKeys(String alias, Merlin crypto, char[] password, X509Certificate certificate) {

        static CallerKeys generate(String commonName) throws Exception {
            SelfSignedX509CertificateAndSigningKey pair = SelfSignedX509CertificateAndSigningKey.builder()
                    .setDn(new X500Principal("CN=" + commonName + ", O=Gemeente Testdorp, C=NL"))
                    .setKeyAlgorithmName("RSA")
                    .setKeySize(2048)
                    .setSignatureAlgorithmName("SHA256withRSA")
                    .setNotValidBefore(ZonedDateTime.now().minusMinutes(5))
                    .setNotValidAfter(ZonedDateTime.now().plusDays(1))
                    .build();
            char[] password = UUID.randomUUID().toString().toCharArray();
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, null);
            keyStore.setKeyEntry(commonName, pair.getSigningKey(), password, new Certificate[] {pair.getSelfSignedCertificate()});
            Merlin crypto = new Merlin();
            crypto.setKeyStore(keyStore);
            return new CallerKeys(commonName, crypto, password, pair.getSelfSignedCertificate());
        }

        String pem() throws Exception {
            return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n";
        }
    }

    @BeforeAll
    void startWithTrustedCallerCertificates() throws Exception {
        Assumptions.assumeTrue("embedded".equals(System.getProperty("it.database")),
                "WS-Security signatures are tested in the embedded-database run only");
        caseSystem = CallerKeys.generate("case-system");
        stranger = CallerKeys.generate("stranger");
        impostor = CallerKeys.generate("case-system"); // same name, a key pair the gateway does not trust
        keys = Files.createTempDirectory("gateway-signature-it");
        Files.writeString(keys.resolve("callers.pem"), caseSystem.pem() + stranger.pem(), StandardCharsets.US_ASCII);

        server = new BootableGateway(OFFSET_PROPERTY, 1200, "gateway-signature-it");
        server.start("signatures optional", "-Dgateway.tls.client-certificates=" + keys.resolve("callers.pem"));
        gateway = generatedGatewayCertificate();

        // The signing clients need no policy engine: WSS4J's interceptors do what the client is configured to do.
        signingClients = BusFactory.newInstance().createBus();
        signingClients.getExtension(PolicyEngine.class).setEnabled(false);
    }

    @AfterAll
    void stop() throws Exception {
        if (signingClients != null) {
            signingClients.shutdown(true);
        }
        if (server != null) {
            server.close();
        }
        if (keys != null) {
            Files.deleteIfExists(keys.resolve("callers.pem"));
            Files.deleteIfExists(keys);
        }
    }

    @Test
    @Order(1)
    void aSignedConsentSubmissionActsAsTheSignerAndItsAnswerIsSignedByTheGateway() throws Exception {
        Signing client = signing(caseSystem);

        ConsentRequest submitted = client.port().submitConsentRequest(UUID.randomUUID().toString(), "RECORDING", "UWV",
                "VIDEO", null, LocalDate.now().plusMonths(2).toString(), "MIJN_UWV", "ZAAK-WSS-1", null);

        assertEquals("SUBMITTED", submitted.getStatus());
        assertEquals("case-system", submitted.getHistory().get(0).getActedBy(), "no HTTP credentials: the signer acts");
        X509Certificate answeredBy = client.answerSigner();
        assertEquals(gateway, answeredBy, "the answer is signed with the gateway's own (HTTPS) certificate");
    }

    @Test
    @Order(2)
    void aBodyChangedAfterSigningIsAClientFault() throws Exception {
        Signing client = signing(caseSystem);
        client.tamperWithTheBodyAfterSigning();

        RequestFault_Exception fault = assertThrows(RequestFault_Exception.class, () -> client.port().evaluateUsage("UWV", "AUDIO", "PUBLISH", null, null, null));

        assertEquals("RPG-0401", fault.getFaultInfo().getCode());
        assertEquals(CLIENT, client.faultCode());
    }

    @Test
    @Order(3)
    void aSignatureWithACertificateTheGatewayDoesNotTrustIsAClientFault() throws Exception {
        Signing client = signing(impostor);

        RequestFault_Exception fault = assertThrows(RequestFault_Exception.class, () -> client.port().submitConsentRequest(
                UUID.randomUUID().toString(), "RECORDING", "UWV", "VIDEO", null, LocalDate.now().plusMonths(2).toString(),
                "MIJN_UWV", "ZAAK-WSS-2", null));

        assertEquals("RPG-0401", fault.getFaultInfo().getCode());
        assertEquals(CLIENT, client.faultCode());
        assertFalse(fault.getFaultInfo().getDetail().contains("Exception"), fault.getFaultInfo().getDetail());
    }

    @Test
    @Order(4)
    void aTrustedCertificateWhoseCnNamesNoIdentityIsAClientFault() throws Exception {
        Signing client = signing(stranger);

        RequestFault_Exception fault = assertThrows(RequestFault_Exception.class, () -> client.port().evaluateUsage("UWV", "AUDIO", "PUBLISH", null, null, null));

        assertEquals("RPG-0401", fault.getFaultInfo().getCode());
        assertTrue(fault.getFaultInfo().getDetail().contains("stranger"), fault.getFaultInfo().getDetail());
        assertEquals(CLIENT, client.faultCode());
    }

    @Test
    @Order(5)
    void anUnsignedRequestIsAnsweredUnsignedAsBefore() throws Exception {
        Document answer = SoapWire.post(new Http(server.url()), SoapWire.envelope("<rp:EvaluateUsage><rp:authority>UWV</rp:authority>"
                + "<rp:medium>AUDIO</rp:medium><rp:usage>PUBLISH</rp:usage></rp:EvaluateUsage>"), 200);

        assertEquals("CONSENT_REQUIRED", answer.getElementsByTagNameNS(SoapWire.NS, "outcome").item(0).getTextContent());
        assertEquals(0, answer.getElementsByTagNameNS(WSSE, "Security").getLength(), "no WS-Security header in the answer");

        Decision generated = SoapClient.port(server.url()).evaluateUsage("UWV", "AUDIO", "PUBLISH", null, null, null);
        assertEquals("CONSENT_REQUIRED", generated.getOutcome(), "the generated client, policy-aware, takes the unsigned alternative");
    }

    @Test
    @Order(6)
    void withSignaturesRequiredAnUnsignedRequestIsAClientFaultAndASignedOneIsAnswered() throws Exception {
        server.stop();
        server.start("signatures required", "-Dgateway.tls.client-certificates=" + keys.resolve("callers.pem"),
                "-Dgateway.soap.signature=required");

        Document fault = SoapWire.post(new Http(server.url()), SoapWire.envelope("<rp:EvaluateUsage><rp:authority>UWV</rp:authority>"
                + "<rp:medium>AUDIO</rp:medium><rp:usage>PUBLISH</rp:usage></rp:EvaluateUsage>"), 500);
        assertEquals("Client", SoapWire.localPart(fault.getElementsByTagName("faultcode").item(0).getTextContent()));
        assertEquals("RPG-0401", fault.getElementsByTagNameNS(SoapWire.NS, "code").item(0).getTextContent());

        Signing client = signing(caseSystem);
        assertEquals("CONSENT_REQUIRED", client.port().evaluateUsage("UWV", "AUDIO", "PUBLISH", null, null, null).getOutcome());
        assertEquals(gateway, client.answerSigner());
    }

    /** The certificate the fresh start generated for HTTPS, read as an operator would export it to give to callers. */
    private X509Certificate generatedGatewayCertificate() throws Exception {
        Path tls = server.workDir().resolve("data").resolve("tls");
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(tls.resolve("gateway.p12"))) {
            keyStore.load(in, Files.readString(tls.resolve("keystore.password"), StandardCharsets.UTF_8).strip().toCharArray());
        }
        return (X509Certificate) keyStore.getCertificate("gateway");
    }

    /** The generated client, signing as {@code caller} and verifying answers against the gateway's certificate. */
    private Signing signing(CallerKeys caller) throws Exception {
        Bus previous = BusFactory.getThreadDefaultBus(false);
        RecordingPolicyPortType port;
        BusFactory.setThreadDefaultBus(signingClients);
        try {
            port = new RecordingPolicyService(new URL(server.url(), SoapClient.PATH + "?wsdl")).getRecordingPolicyPort();
        } finally {
            BusFactory.setThreadDefaultBus(previous);
        }
        Client client = ClientProxy.getClient(port);

        Map<String, Object> out = new HashMap<>();
        out.put(ConfigurationConstants.ACTION, ConfigurationConstants.TIMESTAMP + " " + ConfigurationConstants.SIGNATURE);
        out.put(ConfigurationConstants.SIGNATURE_USER, caller.alias());
        out.put(ConfigurationConstants.SIG_KEY_ID, "DirectReference");
        out.put(ConfigurationConstants.SIG_ALGO, WSS4JConstants.RSA_SHA256);
        out.put(ConfigurationConstants.SIG_DIGEST_ALGO, WSS4JConstants.SHA256);
        out.put(ConfigurationConstants.SIGNATURE_PARTS, "{Element}{" + WSU + "}Timestamp;{Element}{" + SoapWire.SOAP_ENV + "}Body");
        // the client adds WS-Addressing headers (the WSDL says UsingAddressing); 2W-be-S signs those it sends
        out.put(ConfigurationConstants.OPTIONAL_SIGNATURE_PARTS, String.join(";", List.of("To", "From", "ReplyTo", "FaultTo",
                "Action", "MessageID", "RelatesTo").stream().map(header -> "{Element}{" + WSA + "}" + header).toList()));
        out.put(ConfigurationConstants.SIG_PROP_REF_ID, "callerCrypto");
        out.put("callerCrypto", caller.crypto());
        out.put(ConfigurationConstants.PW_CALLBACK_REF, (CallbackHandler) callbacks -> {
            for (javax.security.auth.callback.Callback callback : callbacks) {
                ((WSPasswordCallback) callback).setPassword(new String(caller.password()));
            }
        });
        client.getOutInterceptors().add(new WSS4JOutInterceptor(out));

        Merlin trustingTheGateway = new Merlin();
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("gateway", gateway);
        trustingTheGateway.setTrustStore(trusted);
        Map<String, Object> in = new HashMap<>();
        in.put(ConfigurationConstants.ACTION, ConfigurationConstants.TIMESTAMP + " " + ConfigurationConstants.SIGNATURE);
        in.put(ConfigurationConstants.SIG_VER_PROP_REF_ID, "gatewayCrypto");
        in.put("gatewayCrypto", trustingTheGateway);
        client.getInInterceptors().add(new WSS4JInInterceptor(in));

        FaultCodes faults = new FaultCodes();
        client.getInFaultInterceptors().add(faults);
        return new Signing(port, client, faults);
    }

    private record Signing(RecordingPolicyPortType port, Client client, FaultCodes faults) {

        /** The certificate whose signature over the answer's Body the client verified. */
        X509Certificate answerSigner() {
            List<WSHandlerResult> results = CastUtils.cast((List<?>) ((BindingProvider) port).getResponseContext()
                    .get(WSHandlerConstants.RECV_RESULTS));
            assertTrue(results != null && !results.isEmpty(), "the answer carried a WS-Security header the client processed");
            List<X509Certificate> bodySigners = new ArrayList<>();
            for (WSHandlerResult result : results) {
                for (WSSecurityEngineResult signature : result.getActionResults().getOrDefault(WSConstants.SIGN, List.of())) {
                    List<WSDataRef> references = CastUtils.cast((List<?>) signature.get(WSSecurityEngineResult.TAG_DATA_REF_URIS));
                    if (references.stream().anyMatch(reference -> "Body".equals(reference.getName().getLocalPart()))) {
                        bodySigners.add((X509Certificate) signature.get(WSSecurityEngineResult.TAG_X509_CERTIFICATE));
                    }
                }
            }
            assertEquals(1, bodySigners.size(), "one signature covers the answer's Body");
            return bodySigners.get(0);
        }

        /** Changes the medium in the request after WSS4J has signed it (before the message is written). */
        void tamperWithTheBodyAfterSigning() {
            client.getOutInterceptors().add(new AbstractPhaseInterceptor<SoapMessage>(Phase.USER_STREAM) {
                @Override
                public void handleMessage(SoapMessage message) {
                    try {
                        Node medium = message.getContent(SOAPMessage.class).getSOAPBody()
                                .getElementsByTagNameNS(SoapWire.NS, "medium").item(0);
                        medium.setTextContent("VIDEO");
                    } catch (SOAPException e) {
                        throw new Fault(e);
                    }
                }
            });
        }

        QName faultCode() {
            return faults.last;
        }
    }

    /** Remembers the fault code of the last fault the client received. */
    private static final class FaultCodes extends AbstractPhaseInterceptor<Message> {

        private QName last;

        FaultCodes() {
            super(Phase.UNMARSHAL);
            addAfter(Soap11FaultInInterceptor.class.getName());
            addBefore(ClientFaultConverter.class.getName());
        }

        @Override
        public void handleMessage(Message message) {
            if (message.getContent(Exception.class) instanceof SoapFault fault) {
                last = fault.getFaultCode();
            }
        }
    }
}
