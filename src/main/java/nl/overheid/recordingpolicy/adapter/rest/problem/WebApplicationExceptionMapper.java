package nl.overheid.recordingpolicy.adapter.rest.problem;

import java.util.List;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What the JAX-RS runtime rejects itself (unknown path, wrong method, wrong content type...) as a problem
 * detail with a sentence a caller can act on, never the runtime's own message (which may name classes).
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.StatusType status = Response.Status.fromStatusCode(original.getStatus()) != null
                ? Response.Status.fromStatusCode(original.getStatus())
                : original.getStatusInfo();
        Response response = ProblemDetails.of(status, detail(exception), ProblemDetails.instance(uri))
                .toResponse();
        List<Object> allow = original.getHeaders().get(HttpHeaders.ALLOW);
        if (allow != null) {
            return Response.fromResponse(response).header(HttpHeaders.ALLOW, String.join(", ",
                    allow.stream().map(String::valueOf).toList())).build();
        }
        return response;
    }

    private static String detail(WebApplicationException exception) {
        if (exception instanceof NotFoundException) {
            return "There is no resource at this path. See /api/v1/openapi.json for the paths this API offers.";
        }
        if (exception instanceof NotAllowedException) {
            return "This method is not allowed on this resource; the Allow header lists the methods that are.";
        }
        if (exception instanceof NotSupportedException) {
            return "The request body must be sent as application/json.";
        }
        if (exception instanceof NotAcceptableException) {
            return "This resource answers in application/json (errors in application/problem+json).";
        }
        return "The request cannot be processed.";
    }
}
