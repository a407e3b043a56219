package nl.overheid.recordingpolicy.domain.policy;

/** A usage question says where a recording is published, but the use it asks about publishes nothing. */
public class PlatformNotApplicableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PlatformNotApplicableException(String reason) {
        super(reason);
    }
}
