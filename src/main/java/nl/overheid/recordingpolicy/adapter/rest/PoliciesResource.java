package nl.overheid.recordingpolicy.adapter.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import nl.overheid.recordingpolicy.adapter.security.ElytronCallers;
import nl.overheid.recordingpolicy.adapter.rest.dto.PolicySetDto;
import nl.overheid.recordingpolicy.adapter.rest.dto.RestMapper;
import nl.overheid.recordingpolicy.application.PolicyListingInput;
import nl.overheid.recordingpolicy.application.RecordingPolicyService;

/** GET /policies and GET /policies/{authority}: the rules with their ids, sources and texts. */
@Path("policies")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PoliciesResource {

    @Inject
    RecordingPolicyService service;

    @GET
    public PolicySetDto all() {
        return RestMapper.policies(service.policies(new PolicyListingInput(null), ElytronCallers.current()));
    }

    @GET
    @Path("{authority}")
    public PolicySetDto ofAuthority(@PathParam("authority") String authority) {
        return RestMapper.policies(service.policies(new PolicyListingInput(authority), ElytronCallers.current()));
    }
}
