package nl.overheid.recordingpolicy.adapter.rest.problem;

import java.util.logging.Logger;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import nl.overheid.recordingpolicy.application.audit.DecisionLogUnavailableException;

/**
 * A decision whose record could not be stored is not given: 503, to be retried, with an incident id for the
 * operators (the database is probably unreachable or overloaded).
 */
@Provider
public class DecisionLogUnavailableMapper implements ExceptionMapper<DecisionLogUnavailableException> {

    private static final Logger LOG = Logger.getLogger(DecisionLogUnavailableMapper.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(DecisionLogUnavailableException exception) {
        String incident = Incidents.log(LOG, exception, "decision not given, its record could not be stored");
        Response problem = ProblemDetails.of(Response.Status.SERVICE_UNAVAILABLE,
                        "The decision could not be recorded, so it was not given. Please retry shortly. Incident "
                                + incident + " has been logged.", ProblemDetails.instance(uri))
                .toResponse();
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, "5").build();
    }
}
