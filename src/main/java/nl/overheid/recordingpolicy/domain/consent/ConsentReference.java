package nl.overheid.recordingpolicy.domain.consent;

import java.util.Objects;
import java.util.Optional;

/** A consent request's reference in its one canonical form (see {@link ConsentReferences#isWellFormed}). */
public record ConsentReference(String value) {

    public ConsentReference {
        Objects.requireNonNull(value, "value");
        if (!ConsentReferences.isWellFormed(value)) {
            throw new IllegalArgumentException("not a consent request reference: " + value);
        }
    }

    /** The reference the text is, or empty when it is not one. */
    public static Optional<ConsentReference> parse(String text) {
        return ConsentReferences.isWellFormed(text) ? Optional.of(new ConsentReference(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
