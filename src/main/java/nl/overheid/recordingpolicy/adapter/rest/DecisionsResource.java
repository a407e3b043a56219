package nl.overheid.recordingpolicy.adapter.rest;

import java.io.InputStream;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import nl.overheid.recordingpolicy.application.RecordingDecisionInput;
import nl.overheid.recordingpolicy.application.RecordingPolicyService;
import nl.overheid.recordingpolicy.application.UsageDecisionInput;

/**
 * POST /recording-decisions and POST /usage-decisions: may this recording be made, may it be used this way? The
 * answer is the JSON the decision log stored for it, byte for byte (see IssuedDecision).
 */
@Path("/")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DecisionsResource {

    /** In contract order, which is also the order an error message lists them in. */
    private static final List<String> RECORDING_FIELDS =
            List.of("authority", "medium", "participant", "conversationDate", "consentRequestReference");
    private static final List<String> USAGE_FIELDS = List.of("authority", "medium", "usage");

    @Inject
    RecordingPolicyService service;

    @Inject
    RequestBodyLimit limit;

    @POST
    @Path("recording-decisions")
    public String recordingDecision(InputStream body, @Context HttpServletRequest request) {
        JsonRequestBody json = JsonRequestBody.read(body, RECORDING_FIELDS, limit.bytes());
        return service.evaluateRecording(new RecordingDecisionInput(
                json.text("authority"), json.text("medium"), json.booleanText("participant"),
                json.text("conversationDate"), json.text("consentRequestReference")), RestCalls.of(request)).answerJson();
    }

    @POST
    @Path("usage-decisions")
    public String usageDecision(InputStream body, @Context HttpServletRequest request) {
        JsonRequestBody json = JsonRequestBody.read(body, USAGE_FIELDS, limit.bytes());
        return service.evaluateUsage(new UsageDecisionInput(
                json.text("authority"), json.text("medium"), json.text("usage")), RestCalls.of(request)).answerJson();
    }
}
