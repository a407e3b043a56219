package nl.overheid.recordingpolicy.application.audit;

import java.util.Optional;

/** Port: where decision records go. Implementations write within the caller's transaction. */
public interface DecisionLog {

    void append(DecisionRecord record);

    Optional<DecisionRecord> find(String decisionId);
}
