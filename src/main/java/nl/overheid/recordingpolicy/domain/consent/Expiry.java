package nl.overheid.recordingpolicy.domain.consent;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Which consent requests have expired as of a day: requests to record, still open (SUBMITTED or LATE), whose
 * conversation date lies before that day. A consent to record a conversation that has taken place can no longer be
 * given. One rule for {@link ConsentRequest#effectiveStatus} and for a store that looks the due requests up, so that
 * the two cannot drift apart.
 *
 * @param asOf the day
 */
public record Expiry(LocalDate asOf) {

    private static final List<ConsentStatus> OPEN =
            Arrays.stream(ConsentStatus.values()).filter(ConsentStatus::isOpen).toList();

    public Expiry {
        Objects.requireNonNull(asOf, "asOf");
    }

    /** The statuses a request must still have to expire: the open ones. */
    public List<ConsentStatus> openStatuses() {
        return OPEN;
    }

    /** The kind of request that expires: only a request to record is bound to its conversation's date. */
    public ConsentKind kind() {
        return ConsentKind.RECORDING;
    }

    /** A request expires when its conversation date lies before this day. */
    public LocalDate conversationBefore() {
        return asOf;
    }

    public boolean applies(ConsentStatus status, ConsentKind kind, LocalDate conversationDate) {
        return status.isOpen() && kind == kind() && conversationDate.isBefore(conversationBefore());
    }
}
