package nl.overheid.recordingpolicy.application.audit;

/** A decision record could not be stored, so the decision it records may not be given. */
public class DecisionLogUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DecisionLogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
