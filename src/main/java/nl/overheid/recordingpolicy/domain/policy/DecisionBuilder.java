package nl.overheid.recordingpolicy.domain.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Collects what a policy path applies. Every obligation, advice and consequence also cites its rule, so the
 * rule list of a decision can never miss a rule that shaped it.
 */
final class DecisionBuilder {

    private final PolicyVersion version;
    private final Set<Rule> rules = new LinkedHashSet<>();
    private final List<Obligation> obligations = new ArrayList<>();
    private final List<Advice> advice = new ArrayList<>();
    private final List<Consequence> consequences = new ArrayList<>();
    private ConsentGrantor consentGrantor;
    private LeadTimeAssessment leadTime;
    private RecordingConsent consentRequest;
    private BilingualText explanation;

    DecisionBuilder(PolicyVersion version) {
        this.version = version;
    }

    DecisionBuilder rules(Rule... applied) {
        rules.addAll(List.of(applied));
        return this;
    }

    DecisionBuilder obligation(ObligationCode code, Rule rule) {
        rules.add(rule);
        obligations.add(new Obligation(code, rule));
        return this;
    }

    DecisionBuilder advice(AdviceCode code, Rule rule) {
        rules.add(rule);
        advice.add(new Advice(code, rule));
        return this;
    }

    DecisionBuilder consequence(ConsequenceCode code, Rule rule) {
        rules.add(rule);
        consequences.add(new Consequence(code, rule));
        return this;
    }

    DecisionBuilder consentFrom(ConsentGrantor grantor) {
        this.consentGrantor = grantor;
        return this;
    }

    DecisionBuilder leadTime(LeadTimeAssessment assessment) {
        this.leadTime = assessment;
        return this;
    }

    DecisionBuilder consentRequest(RecordingConsent consent) {
        this.consentRequest = consent;
        return this;
    }

    DecisionBuilder explain(BilingualText text) {
        this.explanation = explanation == null ? text : explanation.then(text);
        return this;
    }

    Decision decide(Outcome outcome) {
        return new Decision(outcome, List.copyOf(rules), obligations, advice, consequences,
                outcome == Outcome.CONSENT_REQUIRED ? Optional.of(consentGrantor) : Optional.empty(),
                Optional.ofNullable(leadTime), Optional.ofNullable(consentRequest), explanation, version);
    }
}
