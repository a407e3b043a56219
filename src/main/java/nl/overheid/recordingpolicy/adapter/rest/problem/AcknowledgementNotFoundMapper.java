package nl.overheid.recordingpolicy.adapter.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import nl.overheid.recordingpolicy.application.acknowledgement.AcknowledgementNotFoundException;

/** A well-formed acknowledgement reference that names nothing the caller may see: 404. */
@Provider
public class AcknowledgementNotFoundMapper implements ExceptionMapper<AcknowledgementNotFoundException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(AcknowledgementNotFoundException exception) {
        return ProblemDetails.of(Response.Status.NOT_FOUND, exception.getMessage(), ProblemDetails.instance(uri))
                .toResponse();
    }
}
