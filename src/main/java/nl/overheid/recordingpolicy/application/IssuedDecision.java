package nl.overheid.recordingpolicy.application;

import java.util.Objects;

import nl.overheid.recordingpolicy.domain.policy.Decision;

/** A decision as the gateway gave it: the policy's answer under a unique identifier callers can refer to. */
public record IssuedDecision(String decisionId, Decision decision) {
    public IssuedDecision {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(decision, "decision");
    }
}
