package nl.overheid.recordingpolicy.application.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.overheid.recordingpolicy.domain.policy.PolicyVersion;

/**
 * One record of the decision log. {@code requestJson} and {@code responseJson} hold the question as the gateway
 * understood it and the answer it gave, as JSON with the contracts' field names. {@code policyContentId} names the
 * exact policy the gateway was running ({@code PolicyContent#id()}, kept in the archive of policy versions); records
 * written before that archive existed (REST 1.4.0 and earlier) have none.
 */
public record DecisionRecord(String decisionId,
                             TraceContext trace,
                             String event,
                             Instant timestamp,
                             String status,
                             String caller,
                             String requestJson,
                             String responseJson,
                             List<String> ruleIds,
                             PolicyVersion policyVersion,
                             Optional<String> consentReference,
                             Optional<String> policyContentId) {

    static final int MAX_CALLER = 500;

    public DecisionRecord {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(caller, "caller");
        caller = caller.length() > MAX_CALLER ? caller.substring(0, MAX_CALLER) : caller; // the column holds 500
        Objects.requireNonNull(requestJson, "requestJson");
        Objects.requireNonNull(responseJson, "responseJson");
        ruleIds = List.copyOf(ruleIds);
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(consentReference, "consentReference");
        Objects.requireNonNull(policyContentId, "policyContentId");
    }
}
