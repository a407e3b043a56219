package nl.overheid.recordingpolicy.domain.consent;

/**
 * Where a consent request stands. {@link #SUBMITTED} and {@link #LATE} are open (waiting for the grantor); every
 * other status is final, so that an answer once given (or a request once closed) can be relied on and never
 * silently changes.
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
    /**
     * A recording request made after the lead-time deadline. Still a request: the grantor may grant or deny it, but
     * handling it before the conversation is not guaranteed.
     */
    LATE;

    /** Waiting for the grantor: the grantor may decide, the requester withdraw, and the conversation may pass. */
    public boolean isOpen() {
        return this == SUBMITTED || this == LATE;
    }

    public boolean isFinal() {
        return !isOpen();
    }
}
