package nl.overheid.recordingpolicy.application.idempotency;

import java.util.Optional;

import nl.overheid.recordingpolicy.application.failure.ApplicationReason;
import nl.overheid.recordingpolicy.application.failure.InvalidInputException;

/** A caller's idempotency key, checked where it comes in: the REST header or the SOAP requestId element. */
public final class IdempotencyKey {

    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("[\\x21-\\x7E]{1,200}");

    private IdempotencyKey() {
    }

    /**
     * @param fieldName how the caller named it: "Idempotency-Key" or "requestId", so an error names the right thing
     */
    public static Optional<String> of(String value, String fieldName) {
        if (value == null) {
            return Optional.empty();
        }
        if (!FORM.matcher(value).matches()) {
            throw InvalidInputException.of(fieldName, ApplicationReason.IDEMPOTENCY_KEY);
        }
        return Optional.of(value);
    }
}
