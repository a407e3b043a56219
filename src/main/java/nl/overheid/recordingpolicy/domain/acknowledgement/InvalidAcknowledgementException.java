package nl.overheid.recordingpolicy.domain.acknowledgement;

/** An acknowledgement that cannot be registered as given; {@link #field()} names the contracts' field. */
public class InvalidAcknowledgementException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    public InvalidAcknowledgementException(String field, String reason) {
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
