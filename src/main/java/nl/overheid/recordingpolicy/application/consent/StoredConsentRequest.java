package nl.overheid.recordingpolicy.application.consent;

import java.util.List;
import java.util.Objects;

import nl.overheid.recordingpolicy.domain.consent.ConsentRequest;

/**
 * A consent request as stored: the domain object, the version its row had when read (for optimistic locking),
 * for each history entry the decision-log record that produced it, and the contacts recorded on it, oldest first.
 */
public record StoredConsentRequest(ConsentRequest request, long version, List<String> historyDecisionIds,
                                   List<StoredContact> contacts) {

    /** A request without contacts. */
    public StoredConsentRequest(ConsentRequest request, long version, List<String> historyDecisionIds) {
        this(request, version, historyDecisionIds, List.of());
    }

    public StoredConsentRequest {
        Objects.requireNonNull(request, "request");
        historyDecisionIds = List.copyOf(historyDecisionIds);
        contacts = List.copyOf(contacts);
        if (historyDecisionIds.size() != request.history().size()) {
            throw new IllegalArgumentException("one decision id per history entry");
        }
    }
}
