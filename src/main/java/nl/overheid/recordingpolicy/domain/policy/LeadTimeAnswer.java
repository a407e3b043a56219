package nl.overheid.recordingpolicy.domain.policy;

import java.util.List;
import java.util.Objects;

/** The answer to "by when must consent be asked?", with the rule it comes from. */
public record LeadTimeAnswer(LeadTimeAssessment assessment, List<Rule> rules, BilingualText explanation,
                             PolicyVersion policyVersion) {
    public LeadTimeAnswer {
        Objects.requireNonNull(assessment, "assessment");
        rules = List.copyOf(rules);
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(policyVersion, "policyVersion");
    }

    public List<String> ruleIds() {
        return rules.stream().map(Rule::id).toList();
    }
}
