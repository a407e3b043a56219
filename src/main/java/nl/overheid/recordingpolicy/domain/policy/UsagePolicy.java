package nl.overheid.recordingpolicy.domain.policy;

import java.util.List;
import java.util.Objects;

/** Answers "may the recording be used this way?" from the authority's usage table. */
public final class UsagePolicy {

    private final PolicySet policies;

    UsagePolicy(PolicySet policies) {
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    public Decision evaluate(UsageQuestion question) {
        UsageRow row = policies.of(question.authority()).usage(question.usage());
        DecisionBuilder decision = new DecisionBuilder(policies.version()).apply(row.steps());
        row.grantor().ifPresent(decision::consentFrom);
        return decision.decide(row.outcome());
    }

    /** The rules that make consent for this use necessary at this authority: what a decision on it cites. */
    public List<Rule> consentRules(Authority authority, Usage usage) {
        return policies.of(authority).usage(usage).citedRules();
    }
}
