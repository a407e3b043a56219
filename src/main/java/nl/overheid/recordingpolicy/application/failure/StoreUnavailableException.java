package nl.overheid.recordingpolicy.application.failure;

/**
 * The database could not be reached (or gave no connection in time), so the request was not carried out: nothing
 * it would have changed is stored, no decision is given. Not the caller's fault, and worth a retry shortly.
 */
public class StoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
