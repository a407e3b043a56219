package nl.overheid.recordingpolicy.application.failure;

import java.util.Optional;

import nl.overheid.recordingpolicy.domain.consent.ConsentStatus;

/**
 * The request is valid but conflicts with the state of the gateway (409, or 422 for a reused idempotency key).
 * {@code currentStatus} is the consent request's status now, where there is one to name.
 */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The transition is not allowed from the current status. */
        ILLEGAL_TRANSITION("RPG-0409-STATUS"),
        /** Another request changed the consent request at the same moment and won. */
        CONCURRENT_CHANGE("RPG-0409-CONCURRENT"),
        /** The first request with this idempotency key is still being processed. */
        IN_FLIGHT("RPG-0409-IN-FLIGHT"),
        /** The idempotency key was used before for a different request. */
        KEY_REUSED("RPG-0422-REQUEST-ID-REUSED");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Kind kind;
    private final transient Optional<ConsentStatus> currentStatus;

    public ConflictException(Kind kind, String message, Optional<ConsentStatus> currentStatus) {
        super(message);
        this.kind = kind;
        this.currentStatus = currentStatus;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<ConsentStatus> currentStatus() {
        return currentStatus;
    }
}
