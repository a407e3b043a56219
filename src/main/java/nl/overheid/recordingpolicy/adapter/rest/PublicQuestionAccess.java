package nl.overheid.recordingpolicy.adapter.rest;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import nl.overheid.recordingpolicy.adapter.security.ElytronCallers;
import nl.overheid.recordingpolicy.application.security.QueryAccess;

/**
 * With the public questions closed ({@link QueryAccess}), the caller is let in before anything of the request is read:
 * otherwise a caller who may not ask would be told why its question is wrong (the fields' reasons, the loaded
 * authorities), or that its body is not JSON or too large. A filter, because JAX-RS reads the body before the resource
 * method runs. The consent and audit resources need no such filter: the container refuses an anonymous caller there
 * before JAX-RS runs at all (web.xml).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
@ApplicationScoped
public class PublicQuestionAccess implements ContainerRequestFilter {

    @Inject
    QueryAccess access;

    @Override
    public void filter(ContainerRequestContext request) {
        List<Object> matched = request.getUriInfo().getMatchedResources();
        if (!matched.isEmpty() && matched.get(0).getClass().isAnnotationPresent(PublicQuestion.class)) {
            access.allow(ElytronCallers.current());
        }
    }
}
