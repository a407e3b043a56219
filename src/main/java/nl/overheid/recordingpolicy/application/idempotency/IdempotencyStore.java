package nl.overheid.recordingpolicy.application.idempotency;

import java.time.Instant;

/** Port: the idempotency records, one per (operation, key). */
public interface IdempotencyStore {

    /** What a claim found. */
    sealed interface Claim permits Claimed, Completed, InFlight, Mismatch {
    }

    /** The key is now ours: do the work, then {@link #complete}. */
    record Claimed() implements Claim {
    }

    /** The work was done before; here is its answer. */
    record Completed(String responseJson) implements Claim {
    }

    /** Another request with this key is still being processed. */
    record InFlight() implements Claim {
    }

    /** The key was used before for a request with different content. */
    record Mismatch() implements Claim {
    }

    /**
     * In a transaction of its own, so that a concurrent retry sees the claim at once. A claim left in progress for
     * longer than the store's abandonment timeout (a crashed request) may be taken over.
     */
    Claim claim(String operation, String key, String requestHash, Instant now);

    /** Within the transaction of the work: the answer that retries will get. */
    void complete(String operation, String key, String responseJson, String resourceReference, Instant now);

    /** In a transaction of its own: gives up a claim whose work failed, so that a retry can run it. */
    void release(String operation, String key);
}
