package nl.overheid.recordingpolicy.domain.consent;

/**
 * Where a consent request stands. Only {@link #SUBMITTED} is open; every other status is final, so that an
 * answer once given (or a request once closed) can be relied on and never silently changes.
 */
public enum ConsentStatus {
    /** Waiting for the grantor's decision. */
    SUBMITTED,
    /** The grantor gave consent. */
    GRANTED,
    /** The grantor refused consent. */
    DENIED,
    /** The requester took the request back before it was decided. */
    WITHDRAWN,
    /** A recording request that was not decided before the conversation took place. */
    EXPIRED,
    /** A recording request made after the lead-time deadline; it is recorded but cannot be granted. */
    LATE;

    public boolean isFinal() {
        return this != SUBMITTED;
    }
}
