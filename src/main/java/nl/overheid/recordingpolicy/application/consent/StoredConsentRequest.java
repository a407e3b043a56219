package nl.overheid.recordingpolicy.application.consent;

import java.util.List;
import java.util.Objects;

import nl.overheid.recordingpolicy.domain.consent.ConsentRequest;

/**
 * A consent request as stored: the domain object, the version its row had when read (for optimistic locking),
 * and for each history entry the decision-log record that produced it.
 */
public record StoredConsentRequest(ConsentRequest request, long version, List<String> historyDecisionIds) {

    public StoredConsentRequest {
        Objects.requireNonNull(request, "request");
        historyDecisionIds = List.copyOf(historyDecisionIds);
        if (historyDecisionIds.size() != request.history().size()) {
            throw new IllegalArgumentException("one decision id per history entry");
        }
    }
}
