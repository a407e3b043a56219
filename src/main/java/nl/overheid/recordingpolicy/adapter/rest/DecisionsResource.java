package nl.overheid.recordingpolicy.adapter.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;

import nl.overheid.recordingpolicy.adapter.question.DecisionQuestionParser;
import nl.overheid.recordingpolicy.adapter.security.ElytronCallers;
import nl.overheid.recordingpolicy.adapter.question.RecordingDecisionInput;
import nl.overheid.recordingpolicy.adapter.question.UsageDecisionInput;
import nl.overheid.recordingpolicy.application.RecordingPolicyService;
import nl.overheid.recordingpolicy.contract.rest.v1.api.DecisionsApi;
import nl.overheid.recordingpolicy.contract.rest.v1.model.RecordingDecisionRequest;
import nl.overheid.recordingpolicy.contract.rest.v1.model.UsageDecisionRequest;

/**
 * POST /recording-decisions and POST /usage-decisions: may this recording be made, may it be used this way? The
 * answer is the JSON the decision log stored for it, byte for byte (see IssuedDecision).
 */
@ApplicationScoped
@PublicQuestion
public class DecisionsResource implements DecisionsApi {

    @Inject
    RecordingPolicyService service;

    @Inject
    DecisionQuestionParser questions;

    @Inject
    HttpServletRequest request;

    @Override
    public Response evaluateRecording(RecordingDecisionRequest body, String traceparent) {
        SentText sent = SentText.of(request);
        return Answers.ok(service.evaluateRecording(questions.recording(new RecordingDecisionInput(
                sent.text("authority", RestMapper.authority(body.getAuthority())),
                sent.text("medium", body.getMedium()),
                sent.text("participant", body.getParticipant()),
                sent.text("conversationDate", body.getConversationDate()),
                sent.text("consentRequestReference", body.getConsentRequestReference()))),
                RestCalls.of(request)).answerJson());
    }

    @Override
    public Response evaluateUsage(UsageDecisionRequest body, String traceparent) {
        SentText sent = SentText.of(request);
        return Answers.ok(service.evaluateUsage(questions.usage(new UsageDecisionInput(
                sent.text("authority", RestMapper.authority(body.getAuthority())),
                sent.text("medium", body.getMedium()),
                sent.text("usage", body.getUsage()),
                sent.text("platform", body.getPlatform()),
                sent.text("recordingConsentRequestReference", body.getRecordingConsentRequestReference()),
                sent.text("publicationConsentRequestReference", body.getPublicationConsentRequestReference()))),
                RestCalls.of(request)).answerJson());
    }
}
