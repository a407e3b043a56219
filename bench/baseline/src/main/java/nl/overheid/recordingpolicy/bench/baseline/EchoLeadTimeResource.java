package nl.overheid.recordingpolicy.bench.baseline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * GET /bench-baseline/rest/echo-lead-time: reads the lead-time question's query parameters and answers a body of the
 * same shape and size as the gateway's lead-time answer through JSON-B: the framework's cost of a lead-time answer,
 * without the lead time. The REST lead-time query is compared with this.
 */
@Path("/echo-lead-time")
@ApplicationScoped
public class EchoLeadTimeResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public LeadTimeShape echo(@QueryParam("authority") String authority, @QueryParam("medium") String medium,
                              @QueryParam("conversationDate") String conversationDate,
                              @QueryParam("requestDate") String requestDate) {
        if (authority == null || medium == null || conversationDate == null) {
            throw new BadRequestException(); // read, as the gateway reads them
        }
        return LeadTimeShape.answer(requestDate);
    }
}
