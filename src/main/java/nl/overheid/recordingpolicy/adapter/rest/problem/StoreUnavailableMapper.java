package nl.overheid.recordingpolicy.adapter.rest.problem;

import java.util.logging.Logger;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import nl.overheid.recordingpolicy.application.failure.StoreUnavailableException;

/**
 * The database could not be reached, so the request was not carried out: a consent request is not stored, a
 * decision whose record could not be stored is not given. 503, to be retried, with an incident id for the operators.
 */
@Provider
public class StoreUnavailableMapper implements ExceptionMapper<StoreUnavailableException> {

    /** Seconds; about what a restarted database or a failed-over connection needs. */
    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger LOG = Logger.getLogger(StoreUnavailableMapper.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(StoreUnavailableException exception) {
        String incident = Incidents.log(LOG, exception, "request not carried out, the database is unavailable");
        Response problem = ProblemDetails.of(Response.Status.SERVICE_UNAVAILABLE,
                        "The gateway cannot reach its database at the moment, so this request was not carried out: "
                                + "nothing was stored and no decision was given. Please retry shortly. Incident "
                                + incident + " has been logged.", ProblemDetails.instance(uri))
                .toResponse();
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
