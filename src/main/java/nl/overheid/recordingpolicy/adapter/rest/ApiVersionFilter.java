package nl.overheid.recordingpolicy.adapter.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** NL API Design Rules (API-57): every response names the full API version. */
@Provider
public class ApiVersionFilter implements ContainerResponseFilter {

    public static final String HEADER = "API-Version";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, RestApplication.API_VERSION);
    }
}
