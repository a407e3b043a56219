package nl.overheid.recordingpolicy.application.acknowledgement;

import java.util.List;
import java.util.Optional;

import nl.overheid.recordingpolicy.application.security.AcknowledgementVisibility;
import nl.overheid.recordingpolicy.domain.acknowledgement.Acknowledgement;

/** Port: where acknowledgements live. Writes join the caller's transaction. */
public interface AcknowledgementStore {

    /** Stores a new acknowledgement; {@code decisionId} is the log record of its registration. */
    void insert(Acknowledgement acknowledgement, String decisionId);

    Optional<StoredAcknowledgement> find(String reference);

    /** A case's acknowledgements that {@code visibility} lets a caller see, oldest first, at most {@code limit}. */
    List<StoredAcknowledgement> findByCase(String caseReference, AcknowledgementVisibility visibility, int limit);
}
