package nl.overheid.recordingpolicy.adapter.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import nl.overheid.recordingpolicy.adapter.security.ElytronCallers;
import nl.overheid.recordingpolicy.adapter.question.LeadTimeInput;
import nl.overheid.recordingpolicy.adapter.question.DecisionQuestionParser;
import nl.overheid.recordingpolicy.application.RecordingPolicyService;
import nl.overheid.recordingpolicy.contract.rest.v1.api.LeadTimeApi;

/** GET /lead-time: by when must consent be asked, and is a request on requestDate (default today) on time? */
@ApplicationScoped
@PublicQuestion
public class LeadTimeResource implements LeadTimeApi {

    @Inject
    RecordingPolicyService service;

    @Inject
    DecisionQuestionParser questions;

    @Override
    public Response getLeadTimeStatus(String authority, String medium, String conversationDate, String requestDate) {
        return Answers.ok(RestMapper.leadTimeStatus(service.leadTimeStatus(
                questions.leadTime(new LeadTimeInput(authority, medium, conversationDate, requestDate)),
                ElytronCallers.current())));
    }
}
