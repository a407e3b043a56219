package nl.overheid.recordingpolicy.adapter.rest.problem;

import java.util.List;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import nl.overheid.recordingpolicy.adapter.question.EnvelopeReason;
import nl.overheid.recordingpolicy.adapter.rest.RequestBodyTooLargeException;
import nl.overheid.recordingpolicy.application.failure.InvalidParam;
import nl.overheid.recordingpolicy.application.failure.ReasonTexts;

/** 413 for a request body over the configured limit, naming the limit so the caller knows what fits. */
@Provider
public class PayloadTooLargeMapper implements ExceptionMapper<RequestBodyTooLargeException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(RequestBodyTooLargeException exception) {
        String reason = ReasonTexts.english(EnvelopeReason.MAX_BYTES, exception.limit());
        return ProblemDetails.of(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                        "The request body is too large: it " + reason + ".", ProblemDetails.instance(uri))
                .withInvalidParams(List.of(new InvalidParam("body", reason)))
                .toResponse();
    }
}
