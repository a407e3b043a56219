package nl.overheid.recordingpolicy.application.idempotency;

import java.time.Instant;
import java.util.Optional;

/** Port: the idempotency records, one per (operation, key), each written with the answer of its request. */
public interface IdempotencyStore {

    /** What an earlier request with the same key left behind. */
    sealed interface Previous permits Completed, Mismatch {
    }

    /** The work was done before; here is its answer. */
    record Completed(String responseJson) implements Previous {
    }

    /** The key was used before for a request with different content. */
    record Mismatch() implements Previous {
    }

    /** The committed record of this key, if any, compared with this request's hash. */
    Optional<Previous> previous(String operation, String key, String requestHash);

    /**
     * Within the transaction of the work, so that the answer and the work are committed together or not at all.
     *
     * @throws KeyTakenException when another request with the same key stored its record first (the primary key
     *                           lets exactly one in); the transaction must then be rolled back
     */
    void complete(String operation, String key, String requestHash, String responseJson, String resourceReference,
                  Instant now);

    /** Another request with the same key got its record in first. */
    final class KeyTakenException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public KeyTakenException(Throwable cause) {
            super("another request with this idempotency key stored its answer first", cause);
        }
    }
}
