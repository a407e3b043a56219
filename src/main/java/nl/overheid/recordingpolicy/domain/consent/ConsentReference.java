package nl.overheid.recordingpolicy.domain.consent;

import java.util.Objects;

/** A consent request's reference in its one canonical form (see {@link ConsentReferences#isWellFormed}). */
public record ConsentReference(String value) {

    public ConsentReference {
        Objects.requireNonNull(value, "value");
        if (!ConsentReferences.isWellFormed(value)) {
            throw new IllegalArgumentException("not a consent request reference: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
