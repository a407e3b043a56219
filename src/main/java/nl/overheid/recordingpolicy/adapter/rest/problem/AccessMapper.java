package nl.overheid.recordingpolicy.adapter.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import nl.overheid.recordingpolicy.adapter.security.AccessProblemServlet;
import nl.overheid.recordingpolicy.application.security.AccessDeniedException;
import nl.overheid.recordingpolicy.application.security.AuthenticationRequiredException;

/** The application's refusals of a caller: 401 with the challenge, or 403, as problem+json. */
public final class AccessMapper {

    private AccessMapper() {
    }

    @Provider
    public static class Unauthenticated implements ExceptionMapper<AuthenticationRequiredException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(AuthenticationRequiredException exception) {
            Response.ResponseBuilder response = Response.fromResponse(ProblemDetails.of(Response.Status.UNAUTHORIZED,
                    AccessProblemServlet.UNAUTHENTICATED, ProblemDetails.instance(uri)).toResponse());
            AccessProblemServlet.CHALLENGES.forEach(challenge -> response.header(HttpHeaders.WWW_AUTHENTICATE, challenge));
            return response.build();
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<AccessDeniedException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(AccessDeniedException exception) {
            return ProblemDetails.of(Response.Status.FORBIDDEN, exception.getMessage(), ProblemDetails.instance(uri))
                    .toResponse();
        }
    }
}
