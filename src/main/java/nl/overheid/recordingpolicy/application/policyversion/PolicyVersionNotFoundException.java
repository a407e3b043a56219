package nl.overheid.recordingpolicy.application.policyversion;

/** No policy version has this id. */
public class PolicyVersionNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PolicyVersionNotFoundException() {
        super("There is no policy version with this id.");
    }
}
