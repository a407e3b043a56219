package nl.overheid.recordingpolicy.adapter.rest;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import nl.overheid.recordingpolicy.adapter.print.FormHtml;
import nl.overheid.recordingpolicy.adapter.question.AcknowledgementInputs;
import nl.overheid.recordingpolicy.adapter.question.AcknowledgementQuestionParser;
import nl.overheid.recordingpolicy.adapter.print.FormPdf;
import nl.overheid.recordingpolicy.adapter.security.ElytronCallers;
import nl.overheid.recordingpolicy.application.idempotency.IdempotencyKey;
import nl.overheid.recordingpolicy.application.acknowledgement.AcknowledgementService;
import nl.overheid.recordingpolicy.application.acknowledgement.FormLanguage;
import nl.overheid.recordingpolicy.application.acknowledgement.PrintableForm;
import nl.overheid.recordingpolicy.application.view.AcknowledgementView;
import nl.overheid.recordingpolicy.contract.rest.v1.api.AcknowledgementsApi;
import nl.overheid.recordingpolicy.contract.rest.v1.model.AcknowledgementRegistration;

/**
 * /acknowledgements (register, read, list) and the printable form, empty (/acknowledgement-forms/{authority}) or
 * filled (/acknowledgements/{reference}/form), as PDF or HTML by the Accept header.
 */
@ApplicationScoped
public class AcknowledgementsResource implements AcknowledgementsApi {

    static final MediaType PDF = new MediaType("application", "pdf");
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @Inject
    AcknowledgementService acknowledgements;

    @Inject
    AcknowledgementQuestionParser questions;

    @Inject
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Override
    public Response registerAcknowledgement(AcknowledgementRegistration body, String idempotencyKey, String traceparent) {
        SentText sent = SentText.of(request);
        AcknowledgementView view = acknowledgements.register(questions.register(new AcknowledgementInputs.Register(
                        sent.text("authority", RestMapper.authority(body.getAuthority())),
                        sent.text("caseReference", body.getCaseReference()),
                        sent.text("date", body.getDate()),
                        sent.text("clientName", body.getClientName()),
                        sent.text("employeeName", body.getEmployeeName()),
                        sent.text("signedByClient", body.getSignedByClient()),
                        sent.text("signedByEmployee", body.getSignedByEmployee()))),
                IdempotencyKey.of(idempotencyKey, ConsentRequestsResource.IDEMPOTENCY_KEY), RestCalls.of(request));
        URI location = uri.getBaseUriBuilder().path("acknowledgements").path(view.reference()).build();
        return Response.created(location).entity(view).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    public Response findAcknowledgements(String caseReference) {
        return Answers.ok(acknowledgements.find(questions.find(new AcknowledgementInputs.Find(caseReference)),
                ElytronCallers.current()));
    }

    @Override
    public Response getAcknowledgement(String reference) {
        return Answers.ok(acknowledgements.get(questions.lookup(new AcknowledgementInputs.Lookup(reference)),
                ElytronCallers.current()));
    }

    @Override
    public Response getAcknowledgementForm(String authority, String lang) {
        MediaType type = formType();
        return form(acknowledgements.emptyForm(questions.emptyForm(new AcknowledgementInputs.EmptyForm(authority, lang)),
                preferredLanguage()), type);
    }

    @Override
    public Response getFilledAcknowledgementForm(String reference, String lang) {
        MediaType type = formType();
        return form(acknowledgements.filledForm(questions.filledForm(new AcknowledgementInputs.FilledForm(reference, lang)),
                ElytronCallers.current(), preferredLanguage()), type);
    }

    private static Response form(PrintableForm form, MediaType type) {
        Response.ResponseBuilder answer = type == PDF
                ? Response.ok(FormPdf.render(form), PDF)
                        .header("Content-Disposition", "inline; filename=\"acknowledgement-form-" + form.language().tag() + ".pdf\"")
                : Response.ok(FormHtml.render(form), HTML);
        return answer.header("Content-Language", form.language().tag()).header(HttpHeaders.VARY, "Accept, Accept-Language")
                .build();
    }

    /** PDF or HTML, whichever the Accept header prefers; PDF, the printable one, when it names neither explicitly. */
    private MediaType formType() {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType()) {
                return PDF;
            }
            if (accepted.isCompatible(PDF)) {
                return PDF;
            }
            if (accepted.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return HTML;
            }
        }
        throw new NotAcceptableException("The form is served as application/pdf or text/html.");
    }

    /** The first of Dutch and English that Accept-Language names (in the order of preference), if any. */
    private Optional<FormLanguage> preferredLanguage() {
        for (Locale locale : headers.getAcceptableLanguages()) {
            Optional<FormLanguage> language = FormLanguage.ofTag(locale.getLanguage());
            if (language.isPresent()) {
                return language;
            }
        }
        return Optional.empty();
    }
}
