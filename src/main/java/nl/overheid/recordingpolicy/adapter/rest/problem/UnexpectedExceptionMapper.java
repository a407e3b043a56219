package nl.overheid.recordingpolicy.adapter.rest.problem;

import java.util.logging.Logger;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Anything else is the gateway's fault: a 500 that tells the caller nothing about the internals, and an
 * incident id that lets an operator find the stack trace in the server log.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable exception) {
        String incident = Incidents.log(LOG, exception, "while handling " + uri.getPath());
        return ProblemDetails.of(Response.Status.INTERNAL_SERVER_ERROR,
                        "The gateway could not answer this request. Incident " + incident
                                + " has been logged; please report it to the operators.",
                        ProblemDetails.instance(uri))
                .toResponse();
    }
}
