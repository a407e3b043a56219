package nl.overheid.recordingpolicy.adapter.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import nl.overheid.recordingpolicy.application.failure.ConflictException;

/**
 * 409 for a transition the status does not allow, a concurrent change or a retry still in flight (with the
 * consent request's currentStatus where there is one); 422 for an idempotency key reused for another request.
 */
@Provider
public class ConflictMapper implements ExceptionMapper<ConflictException> {

    private static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConflictException exception) {
        Response.StatusType status = exception.kind() == ConflictException.Kind.KEY_REUSED
                ? UNPROCESSABLE_CONTENT
                : Response.Status.CONFLICT;
        ProblemDetails problem = ProblemDetails.of(status, exception.getMessage(), ProblemDetails.instance(uri));
        return exception.currentStatus()
                .map(current -> problem.withCurrentStatus(current.name()))
                .orElse(problem)
                .toResponse();
    }
}
