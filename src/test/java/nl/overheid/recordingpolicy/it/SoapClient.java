package nl.overheid.recordingpolicy.it;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Map;

import jakarta.xml.ws.BindingProvider;

import nl.overheid.recordingpolicy.contract.soap.v1.RecordingPolicyPortType;
import nl.overheid.recordingpolicy.contract.soap.v1.RecordingPolicyService;

/** The JAX-WS client generated from wsdl/ (the same SEI the endpoint implements), pointed at the deployed WSDL. */
final class SoapClient {

    static final String PATH = "soap/RecordingPolicyService";

    private SoapClient() {
    }

    /** A client that logs in with HTTP Basic as {@code identity} on every call. */
    static RecordingPolicyPortType port(URL base, ItIdentities identities, String identity) {
        RecordingPolicyPortType port = port(base);
        ((BindingProvider) port).getRequestContext().putAll(Map.of(
                BindingProvider.USERNAME_PROPERTY, identity,
                BindingProvider.PASSWORD_PROPERTY, identities.password(identity)));
        return port;
    }

    static RecordingPolicyPortType port(URL base) {
        try {
            return new RecordingPolicyService(new URL(base, PATH + "?wsdl")).getRecordingPolicyPort();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
