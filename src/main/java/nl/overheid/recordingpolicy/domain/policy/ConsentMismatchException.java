package nl.overheid.recordingpolicy.domain.policy;

/** The consent request a question names is for another recording than the one asked about. */
public class ConsentMismatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConsentMismatchException(String reason) {
        super(reason);
    }
}
