package nl.overheid.recordingpolicy.adapter.authzen;

import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import nl.overheid.recordingpolicy.adapter.question.DecisionQuestionParser;
import nl.overheid.recordingpolicy.application.failure.InvalidInputException;
import nl.overheid.recordingpolicy.application.RecordingPolicyService;
import nl.overheid.recordingpolicy.application.audit.CallContext;
import nl.overheid.recordingpolicy.domain.policy.GatewayTexts;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;

/**
 * Decides one evaluation: a recording or usage question goes to the application service (validated, decided and
 * written to the decision log as REST's and SOAP's are); any other resource type to the attribute rule table when
 * one is configured, else it is an unknown resource type, denied with the reason in the context.
 */
@ApplicationScoped
public class AuthzenDecider {

    static final int UNKNOWN_RESOURCE_TYPE = 404;

    private RecordingPolicyService service;
    private DecisionQuestionParser questions;
    private AttributeRules rules;
    private GatewayTexts texts;

    protected AuthzenDecider() {
        // for CDI proxies
    }

    @Inject
    public AuthzenDecider(RecordingPolicyService service, DecisionQuestionParser questions, AttributeRules rules,
                          PolicySet policies) {
        this.service = service;
        this.texts = policies.texts();
        this.questions = questions;
        this.rules = rules;
    }

    /**
     * The AuthZEN Decision; an AuthzenProblem for input the question cannot take (its parts named by AuthZEN path).
     *
     * @param calls what the decision log records of the call, given the evaluation (whose context may carry the trace)
     */
    JsonObject decide(Evaluation evaluation, Function<Evaluation, CallContext> calls) {
        try {
            if (Questions.isRecordingQuestion(evaluation)) {
                return DecisionAnswers.of(service.evaluateRecording(questions.recording(Questions.recording(evaluation)),
                        calls.apply(evaluation)), texts);
            }
            if (Questions.isUsageQuestion(evaluation)) {
                return DecisionAnswers.of(service.evaluateUsage(questions.usage(Questions.usage(evaluation)),
                        calls.apply(evaluation)), texts);
            }
        } catch (InvalidInputException refusal) {
            throw Questions.renamed(refusal);
        }
        if (rules.configured()) {
            return ruleAnswer(rules.firstMatch(evaluation));
        }
        return EvaluationsAnswer.error(UNKNOWN_RESOURCE_TYPE, "unknown resource type '" + evaluation.resourceType()
                + "': this decision point answers for conversation (record) and recording (use)");
    }

    /** A rule table's answer: the rule that decided, or none (closed by default). */
    static JsonObject ruleAnswer(Optional<AttributeRule> rule) {
        boolean permitted = rule.map(AttributeRule::decision).orElse(false);
        var cited = Json.createArrayBuilder();
        rule.ifPresent(r -> cited.add(Json.createObjectBuilder().add("id", r.id()).add("source", r.description())));
        return Json.createObjectBuilder()
                .add("decision", permitted)
                .add("context", Json.createObjectBuilder()
                        .add("outcome", permitted ? "PERMITTED" : "NOT_PERMITTED")
                        .add("rules", cited))
                .build();
    }
}
