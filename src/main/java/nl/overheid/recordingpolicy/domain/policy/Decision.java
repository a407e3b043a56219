package nl.overheid.recordingpolicy.domain.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An answer of the policy: the outcome, every rule that produced it (in the order they were applied), what the
 * citizen must and should do, what may follow if the rules are broken, the consent request it took into account
 * (if the caller named one; for a use, the one that decided it), and a bilingual explanation.
 */
public record Decision(Outcome outcome,
                       List<Rule> rules,
                       List<Obligation> obligations,
                       List<Advice> advice,
                       List<Consequence> consequences,
                       Optional<ConsentGrantor> consentGrantor,
                       Optional<LeadTimeAssessment> leadTime,
                       Optional<ReliedOnConsent> consentRequest,
                       BilingualText explanation,
                       PolicyVersion policyVersion) {

    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        rules = List.copyOf(rules);
        obligations = List.copyOf(obligations);
        advice = List.copyOf(advice);
        consequences = List.copyOf(consequences);
        Objects.requireNonNull(consentGrantor, "consentGrantor");
        Objects.requireNonNull(leadTime, "leadTime");
        Objects.requireNonNull(consentRequest, "consentRequest");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(policyVersion, "policyVersion");
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a decision cites at least one rule");
        }
        if ((outcome == Outcome.CONSENT_REQUIRED) != consentGrantor.isPresent()) {
            throw new IllegalArgumentException("a consent grantor is named exactly when consent is required");
        }
    }

    public List<String> ruleIds() {
        return rules.stream().map(Rule::id).toList();
    }
}
