package nl.overheid.recordingpolicy.domain;

/**
 * Input the domain refuses, naming the field at fault by the contracts' name so that an adapter can point at it
 * (HTTP 400 with that field in invalidParams, a SOAP Client fault naming it). The application layer turns every one
 * of these into its invalid-input answer in the same way.
 */
public class RejectedFieldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    /**
     * @param field  the contracts' name of the field at fault
     * @param reason what is wrong with it, worded to follow the field's name ("is not ...")
     */
    public RejectedFieldException(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
