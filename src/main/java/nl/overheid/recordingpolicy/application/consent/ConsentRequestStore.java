package nl.overheid.recordingpolicy.application.consent;

import java.util.List;
import java.util.Optional;

import nl.overheid.recordingpolicy.application.security.ConsentVisibility;
import nl.overheid.recordingpolicy.domain.consent.ConsentContact;
import nl.overheid.recordingpolicy.domain.consent.ConsentRequest;
import nl.overheid.recordingpolicy.domain.consent.Expiry;

/** Port: where consent requests live. Writes join the caller's transaction. */
public interface ConsentRequestStore {

    /** Stores a new request; {@code decisionId} is the log record of its submission. */
    void insert(ConsentRequest request, String decisionId);

    Optional<StoredConsentRequest> find(String reference);

    /**
     * Stores the request's newest status and history entry, if the row still has {@code expectedVersion}.
     *
     * @throws ConcurrentChangeException when someone else changed it in the meantime
     */
    void update(ConsentRequest changed, long expectedVersion, String decisionId);

    /**
     * Adds a contact to the request, if its row still has {@code expectedVersion} (a contact counts as a change of
     * the request, so that it is numbered without gaps or doubles however many officers record at once).
     *
     * @throws ConcurrentChangeException when someone else changed the request in the meantime
     */
    void addContact(String reference, ConsentContact contact, long expectedVersion, String decisionId);

    /** A case's requests that {@code visibility} lets a caller see, oldest first; {@code page} counts from 1. */
    List<StoredConsentRequest> findByCase(String caseReference, ConsentVisibility visibility, int page, int pageSize);

    long countByCase(String caseReference, ConsentVisibility visibility);

    /** References of the requests that have expired by {@code expiry}'s rule, oldest conversation first. */
    List<String> dueForExpiry(Expiry expiry, int limit);
}
