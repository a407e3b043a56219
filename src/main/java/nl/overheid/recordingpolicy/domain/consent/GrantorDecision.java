package nl.overheid.recordingpolicy.domain.consent;

/** The grantor's answer to a submitted request. */
public enum GrantorDecision {
    GRANTED(ConsentStatus.GRANTED),
    DENIED(ConsentStatus.DENIED);

    private final ConsentStatus status;

    GrantorDecision(ConsentStatus status) {
        this.status = status;
    }

    /** The status the request gets with this answer. */
    public ConsentStatus status() {
        return status;
    }
}
