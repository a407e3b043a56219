package nl.overheid.recordingpolicy.adapter.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import nl.overheid.recordingpolicy.adapter.rest.RestApplication;
import nl.overheid.recordingpolicy.adapter.rest.problem.ProblemDetails;
import nl.overheid.recordingpolicy.adapter.soap.AccessFaults;
import nl.overheid.recordingpolicy.adapter.json.JsonText;

/**
 * The error page for 401 and 403 (web.xml): a request Elytron could not authenticate, or the container refused for
 * its role, before any adapter saw it. REST callers get problem+json, SOAP callers a soap:Client fault; the
 * {@code WWW-Authenticate} challenge Elytron set stays on the answer.
 */
public class AccessProblemServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The challenges of the BEARER_TOKEN and BASIC mechanisms (gateway-security.cli, realm RecordingPolicyGateway). */
    public static final java.util.List<String> CHALLENGES = java.util.List.of("Bearer realm=\"RecordingPolicyGateway\"",
            "Basic realm=\"RecordingPolicyGateway\", charset=\"UTF-8\"");
    public static final String UNAUTHENTICATED = "This operation needs an authenticated caller: send valid credentials.";
    public static final String FORBIDDEN = "The authenticated caller's role does not allow this operation.";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        boolean unauthenticated = !(code instanceof Integer status) || status == HttpServletResponse.SC_UNAUTHORIZED;
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri;
        String requestId = request.getHeader("X-Request-ID");
        if (requestId != null && (path.startsWith("/access/") || path.startsWith("/.well-known/"))) {
            response.setHeader("X-Request-ID", requestId); // AuthZEN: the request id is echoed on every answer
        }
        response.setStatus(unauthenticated ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
        if (unauthenticated && !response.containsHeader("WWW-Authenticate")) {
            CHALLENGES.forEach(challenge -> response.addHeader("WWW-Authenticate", challenge));
        }
        String detail = unauthenticated ? UNAUTHENTICATED : FORBIDDEN;
        byte[] body;
        if (path.startsWith("/soap/")) {
            response.setContentType("text/xml; charset=utf-8");
            body = AccessFaults.envelope(unauthenticated, detail).getBytes(StandardCharsets.UTF_8);
        } else {
            response.setHeader("API-Version", RestApplication.API_VERSION); // the JAX-RS filter never saw this request
            response.setContentType(ProblemDetails.MEDIA_TYPE.toString());
            body = JsonText.write(ProblemDetails.of(unauthenticated ? Response.Status.UNAUTHORIZED
                    : Response.Status.FORBIDDEN, detail, path)).getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
