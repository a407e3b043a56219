package nl.overheid.recordingpolicy.domain.policy;

import nl.overheid.recordingpolicy.domain.FieldReason;
import nl.overheid.recordingpolicy.domain.Refusal;

/** A usage question says where a recording is published, but the use it asks about publishes nothing. */
public class PlatformNotApplicableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;

    public PlatformNotApplicableException(Usage usage) {
        this(Refusal.of(FieldReason.PLATFORM_OF_A_PRIVATE_USE, usage));
    }

    private PlatformNotApplicableException(Refusal refusal) {
        super(refusal.toString());
        this.refusal = refusal;
    }

    /** Why, for the platform field: the words are the catalogue's. */
    public Refusal refusal() {
        return refusal;
    }
}
