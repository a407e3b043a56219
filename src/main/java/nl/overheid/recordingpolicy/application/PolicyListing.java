package nl.overheid.recordingpolicy.application;

import java.util.List;

import nl.overheid.recordingpolicy.domain.policy.PolicyVersion;
import nl.overheid.recordingpolicy.domain.policy.Rule;

public record PolicyListing(PolicyVersion policyVersion, List<Rule> rules) {
    public PolicyListing {
        rules = List.copyOf(rules);
    }
}
