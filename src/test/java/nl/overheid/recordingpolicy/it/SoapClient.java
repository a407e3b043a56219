package nl.overheid.recordingpolicy.it;

import java.net.MalformedURLException;
import java.net.URL;

import nl.overheid.recordingpolicy.contract.soap.v1.RecordingPolicyPortType;
import nl.overheid.recordingpolicy.contract.soap.v1.RecordingPolicyService;

/** The JAX-WS client generated from wsdl/ (the same SEI the endpoint implements), pointed at the deployed WSDL. */
final class SoapClient {

    static final String PATH = "soap/RecordingPolicyService";

    private SoapClient() {
    }

    static RecordingPolicyPortType port(URL base) {
        try {
            return new RecordingPolicyService(new URL(base, PATH + "?wsdl")).getRecordingPolicyPort();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
