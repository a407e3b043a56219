package nl.overheid.recordingpolicy.application.audit;

import nl.overheid.recordingpolicy.application.failure.StoreUnavailableException;

/** A decision record could not be stored, so the decision it records may not be given. */
public class DecisionLogUnavailableException extends StoreUnavailableException {

    private static final long serialVersionUID = 1L;

    public DecisionLogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
