package nl.overheid.recordingpolicy.application;

import java.util.List;

import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.PolicyVersion;
import nl.overheid.recordingpolicy.domain.policy.Rule;

/** The rules of the listed authorities: every loaded one, or the one asked for. */
public record PolicyListing(PolicyVersion policyVersion, List<Authority> authorities, List<Rule> rules) {
    public PolicyListing {
        authorities = List.copyOf(authorities);
        rules = List.copyOf(rules);
    }
}
