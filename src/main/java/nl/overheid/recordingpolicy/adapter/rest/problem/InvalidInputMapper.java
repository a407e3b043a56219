package nl.overheid.recordingpolicy.adapter.rest.problem;

import java.util.stream.Collectors;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import nl.overheid.recordingpolicy.application.failure.InvalidInputException;

/** 400 with one invalidParams entry per field that cannot be accepted. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(InvalidInputException exception) {
        String detail = "The request cannot be processed: " + exception.invalidParams().stream()
                .map(param -> param.name() + " " + param.reason())
                .collect(Collectors.joining("; ")) + ".";
        return ProblemDetails.of(Response.Status.BAD_REQUEST, detail, ProblemDetails.instance(uri))
                .withInvalidParams(exception.invalidParams())
                .toResponse();
    }
}
