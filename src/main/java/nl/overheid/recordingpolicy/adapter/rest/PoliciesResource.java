package nl.overheid.recordingpolicy.adapter.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import nl.overheid.recordingpolicy.adapter.security.ElytronCallers;
import nl.overheid.recordingpolicy.adapter.question.PolicyListingInput;
import nl.overheid.recordingpolicy.adapter.question.DecisionQuestionParser;
import nl.overheid.recordingpolicy.application.PolicyListingQuestion;
import nl.overheid.recordingpolicy.application.RecordingPolicyService;
import nl.overheid.recordingpolicy.application.policyversion.PolicyVersions;
import nl.overheid.recordingpolicy.contract.rest.v1.api.PoliciesApi;

/**
 * GET /policies and GET /policies/{authority}: the rules with their ids, sources and texts; GET /policy-versions/{id}:
 * a policy version the gateway ran with, its files exactly, as a decision's Authorization Decision Log record names it.
 */
@ApplicationScoped
@PublicQuestion
public class PoliciesResource implements PoliciesApi {

    @Inject
    RecordingPolicyService service;

    @Inject
    DecisionQuestionParser questions;

    @Inject
    PolicyVersions versions;

    @Override
    public Response listPolicies() {
        return Answers.ok(RestMapper.policies(service.policies(PolicyListingQuestion.ALL, ElytronCallers.current())));
    }

    @Override
    public Response listPoliciesOfAuthority(String authority) {
        return Answers.ok(RestMapper.policies(service.policies(questions.policyListing(new PolicyListingInput(authority)),
                ElytronCallers.current())));
    }

    @Override
    public Response getPolicyVersion(String policyVersionId) {
        return Answers.ok(RestMapper.policyVersion(versions.find(policyVersionId, ElytronCallers.current())));
    }
}
