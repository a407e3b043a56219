package nl.overheid.recordingpolicy.application.consent;

/** The stored request changed between reading and writing it: another decision won. */
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String reference, Throwable cause) {
        super("consent request " + reference + " was changed concurrently", cause);
    }
}
