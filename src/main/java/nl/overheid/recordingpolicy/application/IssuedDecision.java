package nl.overheid.recordingpolicy.application;

import java.util.Objects;

import nl.overheid.recordingpolicy.domain.policy.Decision;

/**
 * A decision as the gateway gave it: the policy's answer under a unique identifier callers can refer to, and that
 * answer as the JSON stored in the decision log (REST returns exactly these bytes, so the log holds what was said).
 */
public record IssuedDecision(String decisionId, Decision decision, String answerJson) {
    public IssuedDecision {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(answerJson, "answerJson");
    }
}
