package nl.overheid.recordingpolicy.bench.baseline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * POST /bench-baseline/rest/echo-decision: reads a recording-decision request body and answers a body of the same
 * shape and size as the gateway's decision, both through JSON-B: the framework's JSON cost of a decision, without the
 * decision. The REST recording decision is compared with this, not with the text no-op.
 */
@Path("/echo-decision")
@ApplicationScoped
public class EchoDecisionResource {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public DecisionShape echo(DecisionQuestion question) {
        if (question == null || question.authority == null || question.medium == null) {
            throw new BadRequestException(); // read, as the gateway reads it
        }
        return DecisionShape.answer();
    }
}
