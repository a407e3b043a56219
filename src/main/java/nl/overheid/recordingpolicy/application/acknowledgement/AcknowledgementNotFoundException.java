package nl.overheid.recordingpolicy.application.acknowledgement;

/** No acknowledgement has this reference, or none the caller may see. */
public class AcknowledgementNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AcknowledgementNotFoundException() {
        super("There is no acknowledgement with this reference.");
    }
}
