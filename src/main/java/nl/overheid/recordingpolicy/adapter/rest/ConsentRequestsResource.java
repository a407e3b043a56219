package nl.overheid.recordingpolicy.adapter.rest;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import nl.overheid.recordingpolicy.adapter.question.ConsentInputs;
import nl.overheid.recordingpolicy.adapter.question.ConsentQuestionParser;
import nl.overheid.recordingpolicy.adapter.security.ElytronCallers;
import nl.overheid.recordingpolicy.application.consent.ConsentAnswer;
import nl.overheid.recordingpolicy.application.consent.ConsentRequestPage;
import nl.overheid.recordingpolicy.application.consent.ConsentService;
import nl.overheid.recordingpolicy.application.idempotency.IdempotencyKey;
import nl.overheid.recordingpolicy.contract.rest.v1.api.ConsentApi;
import nl.overheid.recordingpolicy.contract.rest.v1.model.ConsentContactRequest;
import nl.overheid.recordingpolicy.contract.rest.v1.model.ConsentDecisionRequest;
import nl.overheid.recordingpolicy.contract.rest.v1.model.ConsentRequestSubmission;
import nl.overheid.recordingpolicy.contract.rest.v1.model.WithdrawalRequest;

/**
 * The consent-request registry: /consent-requests and the decision, withdrawal and contacts of one request. Answers that
 * change a request are its JSON as the decision log holds it (see ConsentAnswer), not serialised a second time.
 */
@ApplicationScoped
// the interface's path again: RESTEasy builds a resource from the class that carries @Path, and only from this class
// does it see the withdrawal declared below
@Path("/consent-requests")
public class ConsentRequestsResource implements ConsentApi {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    ConsentService consents;

    @Inject
    ConsentQuestionParser questions;

    @Inject
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @Override
    public Response submitConsentRequest(ConsentRequestSubmission body, String idempotencyKey, String traceparent) {
        SentText sent = SentText.of(request);
        ConsentAnswer answer = consents.submit(questions.submit(new ConsentInputs.Submit(
                        sent.text("kind", body.getKind()),
                        sent.text("authority", RestMapper.authority(body.getAuthority())),
                        sent.text("medium", body.getMedium()),
                        sent.text("usage", body.getUsage()),
                        sent.text("conversationDate", body.getConversationDate()),
                        sent.text("channel", body.getChannel()),
                        sent.text("caseReference", body.getCaseReference()),
                        sent.text("requestDate", body.getRequestDate()))),
                IdempotencyKey.of(idempotencyKey, IDEMPOTENCY_KEY), RestCalls.of(request));
        URI location = uri.getBaseUriBuilder().path("consent-requests").path(answer.view().reference()).build();
        return Response.created(location).entity(answer.answerJson()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    public Response findConsentRequests(String caseReference, String page, String pageSize) {
        ConsentRequestPage found = consents.find(questions.find(new ConsentInputs.Find(caseReference, page, pageSize)),
                ElytronCallers.current());
        return Response.fromResponse(Answers.ok(RestMapper.page(found, uri)))
                .header("X-Total-Count", found.totalElements())
                .build();
    }

    @Override
    public Response getConsentRequest(String reference) {
        return Answers.ok(consents.get(questions.lookup(new ConsentInputs.Lookup(reference)), ElytronCallers.current()));
    }

    @Override
    public Response decideConsentRequest(String reference, ConsentDecisionRequest body, String idempotencyKey,
                                         String traceparent) {
        SentText sent = SentText.of(request);
        return Answers.ok(consents.decide(questions.decide(new ConsentInputs.Decide(reference,
                        sent.text("decision", body.getDecision()), sent.text("reason", body.getReason()))),
                IdempotencyKey.of(idempotencyKey, IDEMPOTENCY_KEY), RestCalls.of(request)).answerJson());
    }

    @Override
    public Response recordConsentContact(String reference, ConsentContactRequest body, String idempotencyKey,
                                         String traceparent) {
        SentText sent = SentText.of(request);
        return Answers.ok(consents.recordContact(questions.contact(new ConsentInputs.Contact(reference,
                        sent.text("contactedAt", body.getContactedAt()),
                        sent.text("note", body.getNote()),
                        sent.text("alternativeMedium", body.getAlternativeMedium()),
                        sent.text("alternativeDescription", body.getAlternativeDescription()))),
                IdempotencyKey.of(idempotencyKey, IDEMPOTENCY_KEY), RestCalls.of(request)).answerJson());
    }

    /**
     * The body, a reason, may be left out entirely: withdrawing needs no more than the reference. Declared here
     * without the generated {@code @Consumes}, which would make a withdrawal without a body (and so without a
     * Content-Type) a 415; a body that is there must still be JSON (see {@link RequestBodyReader}).
     */
    @POST
    @Path("/{reference}/withdrawal")
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @Override
    public Response withdrawConsentRequest(@PathParam("reference") String reference,
                                           @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                                           @HeaderParam(RestCalls.TRACEPARENT) String traceparent,
                                           WithdrawalRequest body) {
        String reason = body == null ? null : SentText.of(request).text("reason", body.getReason());
        return Answers.ok(consents.withdraw(questions.withdraw(new ConsentInputs.Withdraw(reference, reason)),
                IdempotencyKey.of(idempotencyKey, IDEMPOTENCY_KEY), RestCalls.of(request)).answerJson());
    }
}
