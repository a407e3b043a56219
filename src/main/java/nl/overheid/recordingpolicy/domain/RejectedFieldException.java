package nl.overheid.recordingpolicy.domain;

/**
 * Input the domain refuses, naming the field at fault by the contracts' name so that an adapter can point at it
 * (HTTP 400 with that field in invalidParams, a SOAP Client fault naming it), and why as a {@link Reason}: the words
 * are the catalogue's. The application layer turns every one of these into its invalid-input answer in the same way.
 */
public class RejectedFieldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient Refusal refusal;

    /**
     * @param field  the contracts' name of the field at fault
     * @param reason what is wrong with it
     * @param values the values the reason's text takes, in the order {@link Reason#parameters()} names them
     */
    public RejectedFieldException(String field, Reason reason, Object... values) {
        this(field, Refusal.of(reason, values));
    }

    public RejectedFieldException(String field, Refusal refusal) {
        super(field + " " + refusal);
        this.field = field;
        this.refusal = refusal;
    }

    public String field() {
        return field;
    }

    public Refusal refusal() {
        return refusal;
    }
}
