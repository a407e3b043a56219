package nl.overheid.recordingpolicy.application.adl;

import java.util.Map;
import java.util.Objects;

import nl.overheid.recordingpolicy.application.audit.DecisionRecord;
import nl.overheid.recordingpolicy.domain.policy.Rule;

/**
 * An access evaluation of the decision log, with the rules of the policy version that decided, by id (empty when that
 * version is not archived): what a record in the Authorization Decision Log shape is made of.
 */
public record AdlRecord(DecisionRecord record, Map<String, Rule> rules) {

    public AdlRecord {
        Objects.requireNonNull(record, "record");
        rules = Map.copyOf(rules);
    }
}
