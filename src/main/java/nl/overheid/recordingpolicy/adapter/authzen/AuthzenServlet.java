package nl.overheid.recordingpolicy.adapter.authzen;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import nl.overheid.recordingpolicy.adapter.rest.RequestBodyLimit;
import nl.overheid.recordingpolicy.adapter.rest.RestApplication;
import nl.overheid.recordingpolicy.adapter.rest.problem.ProblemDetails;
import nl.overheid.recordingpolicy.adapter.security.AccessProblemServlet;
import nl.overheid.recordingpolicy.adapter.security.ElytronCallers;
import nl.overheid.recordingpolicy.application.failure.InvalidParam;
import nl.overheid.recordingpolicy.adapter.json.JsonText;
import nl.overheid.recordingpolicy.application.security.QueryAccess;
import nl.overheid.recordingpolicy.application.failure.StoreUnavailableException;
import nl.overheid.recordingpolicy.application.audit.CallContext;
import nl.overheid.recordingpolicy.application.audit.TraceContext;
import nl.overheid.recordingpolicy.application.security.AccessDeniedException;
import nl.overheid.recordingpolicy.application.security.AuthenticationRequiredException;

/**
 * The AuthZEN endpoints. A servlet rather than a JAX-RS resource: AuthZEN fixes its paths at the root
 * ({@code /access/v1/…}, RFC 8615's {@code /.well-known/…}), outside the JAX-RS application's {@code /api/v1}, and a
 * second JAX-RS application would take every resource of the deployment under its path too. The same callers may
 * ask as on REST (QueryAccess: open unless the operator requires authentication, then any of the gateway's roles);
 * {@code X-Request-ID} is echoed on every answer; errors are problem+json naming the parts at fault.
 */
@WebServlet(name = "AuthZEN", urlPatterns = {Metadata.EVALUATION, Metadata.EVALUATIONS, Metadata.WELL_KNOWN})
public class AuthzenServlet extends HttpServlet {

    static final String REQUEST_ID = "X-Request-ID";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AuthzenServlet.class.getName());
    /** Looking up the JSON-P provider is costly (Json.createWriter does it every time); one factory serves every answer. */
    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());

    @Inject
    transient AuthzenDecider decider;

    @Inject
    transient QueryAccess access;

    @Inject
    transient RequestBodyLimit limit;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String requestId = request.getHeader(REQUEST_ID);
        if (requestId != null) {
            response.setHeader(REQUEST_ID, requestId);
        }
        response.setHeader("API-Version", RestApplication.API_VERSION);
        String path = request.getServletPath();
        try {
            if (Metadata.WELL_KNOWN.equals(path)) {
                requireMethod(request, response, "GET");
                response.setHeader("Cache-Control", "max-age=3600");
                write(response, 200, Metadata.of(request.getScheme(), request.getServerName(), request.getServerPort()));
                return;
            }
            requireMethod(request, response, "POST");
            access.allow(ElytronCallers.current());
            JsonObject body = AuthzenBodies.read(request.getContentType(), request.getInputStream(), limit.bytes());
            Function<Evaluation, CallContext> calls = evaluation -> call(request, evaluation);
            JsonObject answer;
            if (Metadata.EVALUATION.equals(path)) {
                answer = decider.decide(Evaluation.of(body), calls);
            } else {
                EvaluationsRequest batch = EvaluationsRequest.of(body);
                answer = batch.single() ? decider.decide(Evaluation.of(body), calls)
                        : EvaluationsAnswer.of(batch, evaluation -> decider.decide(evaluation, calls));
            }
            write(response, 200, answer);
        } catch (AuthzenProblem problem) {
            problem(response, path, problem.status(), problem.getMessage(), problem.invalidParams());
        } catch (AuthenticationRequiredException e) {
            AccessProblemServlet.CHALLENGES.forEach(challenge -> response.addHeader("WWW-Authenticate", challenge));
            problem(response, path, 401, AccessProblemServlet.UNAUTHENTICATED, List.of());
        } catch (AccessDeniedException e) {
            problem(response, path, 403, e.getMessage(), List.of());
        } catch (StoreUnavailableException e) {
            LOG.log(Level.WARNING, "AuthZEN evaluation not carried out: the database is unavailable", e);
            response.setHeader("Retry-After", "5");
            problem(response, path, 503, "The gateway cannot write its decision log at the moment, so nothing was "
                    + "decided. Please retry shortly.", List.of());
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "incident " + incident + ": AuthZEN request failed", e);
            problem(response, path, 500, "The gateway could not answer. Incident " + incident + " has been logged.",
                    List.of());
        }
    }

    /** What the decision log records: the caller as REST's, marked authzen, and the trace the evaluation names. */
    private static CallContext call(HttpServletRequest request, Evaluation evaluation) {
        String principal = request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
        String agent = request.getHeader("User-Agent");
        String caller = "authzen " + principal + "@" + request.getRemoteAddr() + (agent == null ? "" : " (" + agent + ")");
        return new CallContext(caller,
                TraceContext.fromTraceparent(Questions.traceparent(evaluation, request.getHeader("traceparent"))),
                ElytronCallers.current());
    }

    private static void requireMethod(HttpServletRequest request, HttpServletResponse response, String method) {
        if (!method.equals(request.getMethod())) {
            response.setHeader("Allow", method);
            throw new AuthzenProblem(405, "This endpoint answers " + method + " only.", List.of());
        }
    }

    private static void write(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try (OutputStream out = response.getOutputStream(); JsonWriter writer = WRITERS.createWriter(out)) {
            writer.writeObject(body);
        }
    }

    private static void problem(HttpServletResponse response, String path, int status, String detail,
                                List<InvalidParam> invalidParams) throws IOException {
        ProblemDetails problem = ProblemDetails.of(Response.Status.fromStatusCode(status), detail, path);
        if (!invalidParams.isEmpty()) {
            problem = problem.withInvalidParams(invalidParams);
        }
        byte[] body = JsonText.write(problem).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(ProblemDetails.MEDIA_TYPE.toString());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
