package nl.overheid.recordingpolicy.adapter.rest;

import jakarta.servlet.http.HttpServletRequest;

import nl.overheid.recordingpolicy.adapter.security.ElytronCallers;
import nl.overheid.recordingpolicy.application.audit.CallContext;
import nl.overheid.recordingpolicy.application.audit.TraceContext;

/** What the decision log records of a REST call: the caller, its identity and the W3C trace it belongs to. */
final class RestCalls {

    static final String TRACEPARENT = "traceparent";

    private RestCalls() {
    }

    static CallContext of(HttpServletRequest request) {
        String principal = request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
        String agent = request.getHeader("User-Agent");
        String caller = "rest " + principal + "@" + request.getRemoteAddr() + (agent == null ? "" : " (" + agent + ")");
        return new CallContext(caller, TraceContext.fromTraceparent(request.getHeader(TRACEPARENT)),
                ElytronCallers.current());
    }
}
