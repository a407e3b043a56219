package nl.overheid.recordingpolicy.adapter.soap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.xml.namespace.QName;

import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.soap.SOAPMessage;

/**
 * The SOAP answer to a request the server refused before the endpoint ran (wrong credentials): the same soap:Client
 * fault with a typed RequestFault detail (RPG-0401 / RPG-0403) the endpoint gives when it refuses a caller itself.
 */
public final class AccessFaults {

    private AccessFaults() {
    }

    /** @return a SOAP 1.1 envelope holding the fault, as text */
    public static String envelope(boolean unauthenticated, String detail) {
        String code = unauthenticated ? SoapFaults.UNAUTHENTICATED : SoapFaults.FORBIDDEN;
        try {
            SOAPMessage message = MessageFactory.newInstance(SOAPConstants.SOAP_1_1_PROTOCOL).createMessage();
            SOAPFault fault = message.getSOAPBody().addFault(
                    new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Client"), detail);
            SoapFaults.marshal(SoapFaults.accessDetail(code, detail), fault.addDetail());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (SOAPException | IOException e) {
            throw new IllegalStateException("cannot write a SOAP fault", e);
        }
    }
}
