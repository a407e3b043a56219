package nl.overheid.recordingpolicy.adapter.soap;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;

import nl.overheid.recordingpolicy.adapter.security.ElytronCallers;
import nl.overheid.recordingpolicy.application.audit.CallContext;
import nl.overheid.recordingpolicy.application.audit.TraceContext;

/** What the decision log records of a SOAP call: the caller and the W3C trace (traceparent HTTP header). */
final class SoapCalls {

    private SoapCalls() {
    }

    static CallContext of(WebServiceContext context) {
        MessageContext message = context.getMessageContext();
        HttpServletRequest request = (HttpServletRequest) message.get(MessageContext.SERVLET_REQUEST);
        String principal = context.getUserPrincipal() == null ? "anonymous" : context.getUserPrincipal().getName();
        String address = request == null ? "unknown" : request.getRemoteAddr();
        String agent = request == null ? null : request.getHeader("User-Agent");
        return new CallContext("soap " + principal + "@" + address + (agent == null ? "" : " (" + agent + ")"),
                TraceContext.fromTraceparent(header(message, "traceparent")), ElytronCallers.current());
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
