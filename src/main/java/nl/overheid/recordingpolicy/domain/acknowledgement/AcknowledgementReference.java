package nl.overheid.recordingpolicy.domain.acknowledgement;

import java.util.Objects;

/** An acknowledgement's reference in its one canonical form (see {@link AcknowledgementReferences#isWellFormed}). */
public record AcknowledgementReference(String value) {

    public AcknowledgementReference {
        Objects.requireNonNull(value, "value");
        if (!AcknowledgementReferences.isWellFormed(value)) {
            throw new IllegalArgumentException("not an acknowledgement reference: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
