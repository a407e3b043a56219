package nl.overheid.recordingpolicy.application.view;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import nl.overheid.recordingpolicy.domain.policy.Decision;

/** A recording or usage decision as the gateway gives it. */
@JsonbPropertyOrder({"decisionId", "outcome", "rules", "obligations", "advice", "consequences", "consentGrantor",
        "leadTime", "consentRequest", "explanation", "policyVersion"})
public record DecisionView(String decisionId,
                           String outcome,
                           List<String> rules,
                           List<RuleReference> obligations,
                           List<RuleReference> advice,
                           List<RuleReference> consequences,
                           String consentGrantor,
                           LeadTimeView leadTime,
                           ConsentRequestSummary consentRequest,
                           TextView explanation,
                           PolicyVersionView policyVersion) {

    /** An obligation, advice or consequence: what it is, and the rule it comes from. */
    @JsonbPropertyOrder({"code", "ruleId"})
    public record RuleReference(String code, String ruleId) {
    }

    @JsonbPropertyOrder({"reference", "status"})
    public record ConsentRequestSummary(String reference, String status) {
    }

    public static DecisionView of(String decisionId, Decision decision) {
        return new DecisionView(
                decisionId,
                decision.outcome().name(),
                decision.ruleIds(),
                decision.obligations().stream().map(o -> new RuleReference(o.code().name(), o.rule().id())).toList(),
                decision.advice().stream().map(a -> new RuleReference(a.code().name(), a.rule().id())).toList(),
                decision.consequences().stream().map(c -> new RuleReference(c.code().name(), c.rule().id())).toList(),
                decision.consentGrantor().map(Enum::name).orElse(null),
                decision.leadTime().map(LeadTimeView::of).orElse(null),
                decision.consentRequest().map(c -> new ConsentRequestSummary(c.reference(), c.status())).orElse(null),
                TextView.of(decision.explanation()),
                PolicyVersionView.of(decision.policyVersion()));
    }
}
