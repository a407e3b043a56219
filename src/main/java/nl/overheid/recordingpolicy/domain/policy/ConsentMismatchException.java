package nl.overheid.recordingpolicy.domain.policy;

import java.util.Objects;

import nl.overheid.recordingpolicy.domain.Reason;
import nl.overheid.recordingpolicy.domain.Refusal;

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
    private final transient Refusal refusal;

    /**
     * @param kind   which of the question's consent requests is at fault
     * @param reason why: the words are the catalogue's
     * @param values the values the reason's text takes
     */
    public ConsentMismatchException(Kind kind, Reason reason, Object... values) {
        this(kind, Refusal.of(reason, values));
    }

    private ConsentMismatchException(Kind kind, Refusal refusal) {
        super(refusal.toString());
        this.kind = Objects.requireNonNull(kind, "kind");
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }

    public Kind kind() {
        return kind;
    }
}
