package nl.overheid.recordingpolicy.adapter.soap;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;

import nl.overheid.recordingpolicy.adapter.security.ElytronCallers;
import nl.overheid.recordingpolicy.application.audit.CallContext;
import nl.overheid.recordingpolicy.application.audit.TraceContext;
import nl.overheid.recordingpolicy.application.security.Caller;

/**
 * What the decision log records of a SOAP call: the caller and the W3C trace (traceparent HTTP header). The caller is
 * the signer of a signed request ({@link RequestSignatures}), else whoever Elytron authenticated over HTTP.
 */
final class SoapCalls {

    private SoapCalls() {
    }

    static CallContext of(WebServiceContext context) {
        MessageContext message = context.getMessageContext();
        HttpServletRequest request = (HttpServletRequest) message.get(MessageContext.SERVLET_REQUEST);
        Caller caller = caller(context);
        String address = request == null ? "unknown" : request.getRemoteAddr();
        String agent = request == null ? null : request.getHeader("User-Agent");
        return new CallContext("soap " + caller.name() + (signed(message) ? " (signed)" : "") + "@" + address
                + (agent == null ? "" : " (" + agent + ")"),
                TraceContext.fromTraceparent(header(message, "traceparent")), caller);
    }

    /** The signer of a signed request, else the caller Elytron authenticated (or an anonymous one). */
    static Caller caller(WebServiceContext context) {
        return context.getMessageContext().get(RequestSignatures.SIGNER) instanceof Caller signer ? signer : ElytronCallers.current();
    }

    private static boolean signed(MessageContext message) {
        return message.get(RequestSignatures.SIGNER) != null;
    }

    @SuppressWarnings("unchecked")
    private static String header(MessageContext message, String name) {
        Map<String, List<String>> headers = (Map<String, List<String>>) message.get(MessageContext.HTTP_REQUEST_HEADERS);
        if (headers == null) {
            return null;
        }
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey() != null && entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst()
                .orElse(null);
    }
}
