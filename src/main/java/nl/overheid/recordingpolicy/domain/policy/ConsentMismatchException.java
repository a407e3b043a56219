package nl.overheid.recordingpolicy.domain.policy;

import java.util.Objects;

/**
 * A consent request a question names cannot be taken into account: it is for another recording than the one asked
 * about, or it names consent where none is needed. {@link #kind()} says which of the question's requests it is.
 */
public class ConsentMismatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Which consent request of a question is at fault. */
    public enum Kind {
        /** The consent to make the recording. */
        RECORDING,
        /** The consent to use the recording beyond private use. */
        PUBLICATION
    }

    private final Kind kind;

    public ConsentMismatchException(String reason) {
        this(Kind.RECORDING, reason);
    }

    public ConsentMismatchException(Kind kind, String reason) {
        super(reason);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
