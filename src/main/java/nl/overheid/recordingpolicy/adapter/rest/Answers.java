package nl.overheid.recordingpolicy.adapter.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Successful answers. The generated interfaces declare application/json and, for errors, application/problem+json;
 * an answer names its type rather than leave the choice between the two to content negotiation.
 */
final class Answers {

    private Answers() {
    }

    static Response ok(Object entity) {
        return Response.ok(entity, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
