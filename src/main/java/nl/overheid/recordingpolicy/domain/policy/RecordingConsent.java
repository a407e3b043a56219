package nl.overheid.recordingpolicy.domain.policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A consent request the caller names when asking whether a recording may be made: what it was for, and where it
 * stands. {@code status} is the request's own status name, reported back unchanged.
 */
public record RecordingConsent(String reference, Authority authority, Medium medium, LocalDate conversationDate,
                               Standing standing, String status)
        implements ReliedOnConsent {

    /** What the request means for the recording. */
    public enum Standing {
        /** The employee consented. */
        GRANTED,
        /** The employee refused. */
        DENIED,
        /** Asked in time, not yet decided. */
        PENDING,
        /** Asked after the deadline, not yet decided. */
        LATE,
        /** Withdrawn by the requester, or expired: there is no consent (any more). */
        LAPSED
    }

    public RecordingConsent {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(conversationDate, "conversationDate");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(status, "status");
    }
}
