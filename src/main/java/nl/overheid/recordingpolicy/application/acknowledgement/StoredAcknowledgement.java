package nl.overheid.recordingpolicy.application.acknowledgement;

import java.util.Objects;

import nl.overheid.recordingpolicy.domain.acknowledgement.Acknowledgement;

/** An acknowledgement as stored: with the decision-log record of its registration. */
public record StoredAcknowledgement(Acknowledgement acknowledgement, String decisionId) {

    public StoredAcknowledgement {
        Objects.requireNonNull(acknowledgement, "acknowledgement");
        Objects.requireNonNull(decisionId, "decisionId");
    }
}
