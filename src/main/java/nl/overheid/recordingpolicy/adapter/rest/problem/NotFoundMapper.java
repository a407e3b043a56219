package nl.overheid.recordingpolicy.adapter.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import nl.overheid.recordingpolicy.application.audit.DecisionRecords;
import nl.overheid.recordingpolicy.application.consent.ConsentNotFoundException;
import nl.overheid.recordingpolicy.application.policyversion.PolicyVersionNotFoundException;

/** A well-formed reference, decision id or policy version id that names nothing: 404. */
public final class NotFoundMapper {

    private NotFoundMapper() {
    }

    @Provider
    public static class ConsentRequests implements ExceptionMapper<ConsentNotFoundException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ConsentNotFoundException exception) {
            return ProblemDetails.of(Response.Status.NOT_FOUND, exception.getMessage(), ProblemDetails.instance(uri))
                    .toResponse();
        }
    }

    @Provider
    public static class Decisions implements ExceptionMapper<DecisionRecords.DecisionNotFoundException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(DecisionRecords.DecisionNotFoundException exception) {
            return ProblemDetails.of(Response.Status.NOT_FOUND, exception.getMessage(), ProblemDetails.instance(uri))
                    .toResponse();
        }
    }

    @Provider
    public static class PolicyVersions implements ExceptionMapper<PolicyVersionNotFoundException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(PolicyVersionNotFoundException exception) {
            return ProblemDetails.of(Response.Status.NOT_FOUND, exception.getMessage(), ProblemDetails.instance(uri))
                    .toResponse();
        }
    }
}
