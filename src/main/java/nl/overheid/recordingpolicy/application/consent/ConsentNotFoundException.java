package nl.overheid.recordingpolicy.application.consent;

/** No consent request has this reference. */
public class ConsentNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConsentNotFoundException() {
        super("There is no consent request with this reference.");
    }
}
