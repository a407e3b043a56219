package nl.overheid.recordingpolicy.adapter.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import nl.overheid.recordingpolicy.adapter.security.ElytronCallers;
import nl.overheid.recordingpolicy.adapter.rest.dto.ConsentRequestPageDto;
import nl.overheid.recordingpolicy.application.consent.ConsentInputs;
import nl.overheid.recordingpolicy.application.consent.ConsentRequestPage;
import nl.overheid.recordingpolicy.application.consent.ConsentAnswer;
import nl.overheid.recordingpolicy.application.consent.ConsentService;
import nl.overheid.recordingpolicy.application.idempotency.IdempotencyKey;
import nl.overheid.recordingpolicy.application.view.ConsentRequestView;

/** The consent-request registry: /consent-requests and the decision and withdrawal of one request. */
@Path("consent-requests")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConsentRequestsResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final List<String> SUBMISSION_FIELDS = List.of("kind", "authority", "medium", "usage",
            "conversationDate", "channel", "caseReference", "requestDate");
    private static final List<String> DECISION_FIELDS = List.of("decision", "reason");
    private static final List<String> WITHDRAWAL_FIELDS = List.of("reason");

    @Inject
    ConsentService consents;

    @Inject
    RequestBodyLimit limit;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(InputStream body, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                           @Context HttpServletRequest request, @Context UriInfo uri) {
        JsonRequestBody json = JsonRequestBody.read(body, SUBMISSION_FIELDS, limit.bytes());
        ConsentAnswer answer = consents.submit(new ConsentInputs.Submit(json.text("kind"), json.text("authority"),
                        json.text("medium"), json.text("usage"), json.text("conversationDate"), json.text("channel"),
                        json.text("caseReference"), json.text("requestDate")),
                IdempotencyKey.of(idempotencyKey, IDEMPOTENCY_KEY), RestCalls.of(request));
        URI location = uri.getBaseUriBuilder().path("consent-requests").path(answer.view().reference()).build();
        // The answer's JSON as the decision log holds it (see ConsentAnswer), not serialised a second time.
        return Response.created(location).entity(answer.answerJson()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    public Response find(@QueryParam("caseReference") String caseReference, @QueryParam("page") String page,
                         @QueryParam("pageSize") String pageSize, @Context UriInfo uri) {
        ConsentRequestPage found = consents.find(new ConsentInputs.Find(caseReference, page, pageSize),
                ElytronCallers.current());
        return Response.ok(ConsentRequestPageDto.of(found, uri))
                .header("X-Total-Count", found.totalElements())
                .build();
    }

    @GET
    @Path("{reference}")
    public ConsentRequestView get(@PathParam("reference") String reference) {
        return consents.get(new ConsentInputs.Lookup(reference), ElytronCallers.current());
    }

    @POST
    @Path("{reference}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public String decide(@PathParam("reference") String reference, InputStream body,
                         @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, @Context HttpServletRequest request) {
        JsonRequestBody json = JsonRequestBody.read(body, DECISION_FIELDS, limit.bytes());
        return consents.decide(new ConsentInputs.Decide(reference, json.text("decision"), json.text("reason")),
                IdempotencyKey.of(idempotencyKey, IDEMPOTENCY_KEY), RestCalls.of(request)).answerJson();
    }

    /** The body, a reason, may be left out entirely: withdrawing needs no more than the reference. */
    @POST
    @Path("{reference}/withdrawal")
    public String withdraw(@PathParam("reference") String reference, InputStream body, @Context HttpHeaders headers,
                           @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, @Context HttpServletRequest request) {
        String content = JsonRequestBody.utf8(body, limit.bytes());
        String reason = null;
        if (!content.isEmpty()) {
            MediaType type = headers.getMediaType();
            if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                throw new NotSupportedException();
            }
            reason = JsonRequestBody.parse(content, WITHDRAWAL_FIELDS).text("reason");
        }
        return consents.withdraw(new ConsentInputs.Withdraw(reference, reason),
                IdempotencyKey.of(idempotencyKey, IDEMPOTENCY_KEY), RestCalls.of(request)).answerJson();
    }
}
