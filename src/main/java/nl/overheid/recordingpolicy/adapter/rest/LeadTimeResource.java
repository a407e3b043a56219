package nl.overheid.recordingpolicy.adapter.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.overheid.recordingpolicy.adapter.security.ElytronCallers;
import nl.overheid.recordingpolicy.adapter.rest.dto.LeadTimeStatusDto;
import nl.overheid.recordingpolicy.adapter.rest.dto.RestMapper;
import nl.overheid.recordingpolicy.application.LeadTimeInput;
import nl.overheid.recordingpolicy.application.RecordingPolicyService;

/** GET /lead-time: by when must consent be asked, and is a request on requestDate (default today) on time? */
@Path("lead-time")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class LeadTimeResource {

    @Inject
    RecordingPolicyService service;

    @GET
    public LeadTimeStatusDto leadTime(@QueryParam("authority") String authority,
                                      @QueryParam("medium") String medium,
                                      @QueryParam("conversationDate") String conversationDate,
                                      @QueryParam("requestDate") String requestDate) {
        return RestMapper.leadTimeStatus(service.leadTimeStatus(
                new LeadTimeInput(authority, medium, conversationDate, requestDate), ElytronCallers.current()));
    }
}
