package nl.overheid.recordingpolicy.domain.consent;

/** A contact that cannot be recorded as given; {@code field} names the input at fault. */
public class ContactRejectedException extends RuntimeException {

    private final String field;
    private final String reason;

    public ContactRejectedException(String field, String reason) {
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
