package nl.overheid.recordingpolicy.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.overheid.recordingpolicy.application.audit.CallContext;
import nl.overheid.recordingpolicy.application.security.Caller;
import nl.overheid.recordingpolicy.application.security.ConsentVisibility;
import nl.overheid.recordingpolicy.application.audit.DecisionLog;
import nl.overheid.recordingpolicy.application.audit.DecisionLogWriter;
import nl.overheid.recordingpolicy.application.audit.DecisionRecord;
import nl.overheid.recordingpolicy.application.audit.TraceContext;
import nl.overheid.recordingpolicy.application.consent.ConcurrentChangeException;
import nl.overheid.recordingpolicy.application.consent.ConsentRequestStore;
import nl.overheid.recordingpolicy.application.consent.StoredConsentRequest;
import nl.overheid.recordingpolicy.application.consent.StoredContact;
import nl.overheid.recordingpolicy.domain.consent.ConsentContact;
import nl.overheid.recordingpolicy.domain.consent.ConsentRequest;
import nl.overheid.recordingpolicy.domain.consent.Expiry;

/**
 * Small hand-written fakes of the application's ports, for unit tests without a database: they keep what they are
 * given in memory and do nothing clever, so a test sees exactly what the service asked of them.
 */
public final class PortFakes {

    /** A caller in a trace it started itself: trace-id and parent-id as a traceparent header would carry them. */
    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String PARENT_SPAN_ID = "00f067aa0ba902b7";
    public static final CallContext CALL = new CallContext("rest:unit-test@127.0.0.1",
            TraceContext.fromTraceparent("00-" + TRACE_ID + "-" + PARENT_SPAN_ID + "-01"), Caller.anonymous());

    private PortFakes() {
    }

    /** Consent requests in insertion order, with the optimistic version check a real store makes. */
    public static final class InMemoryConsentRequests implements ConsentRequestStore {

        private final Map<String, StoredConsentRequest> requests = new LinkedHashMap<>();

        /** Puts a request in as if it had been stored and changed through the service (one decision id per step). */
        InMemoryConsentRequests with(ConsentRequest request) {
            List<String> decisionIds = new ArrayList<>();
            for (int i = 0; i < request.history().size(); i++) {
                decisionIds.add("fixture-" + request.reference() + "-" + i);
            }
            requests.put(request.reference(), new StoredConsentRequest(request, request.history().size() - 1, decisionIds));
            return this;
        }

        @Override
        public void insert(ConsentRequest request, String decisionId) {
            if (requests.containsKey(request.reference())) {
                throw new IllegalStateException("duplicate reference " + request.reference());
            }
            requests.put(request.reference(), new StoredConsentRequest(request, 0, List.of(decisionId)));
        }

        @Override
        public Optional<StoredConsentRequest> find(String reference) {
            return Optional.ofNullable(requests.get(reference));
        }

        @Override
        public void update(ConsentRequest changed, long expectedVersion, String decisionId) {
            StoredConsentRequest stored = requests.get(changed.reference());
            if (stored == null || stored.version() != expectedVersion) {
                throw new ConcurrentChangeException(changed.reference(), null);
            }
            List<String> decisionIds = new ArrayList<>(stored.historyDecisionIds());
            decisionIds.add(decisionId);
            requests.put(changed.reference(), new StoredConsentRequest(changed, expectedVersion + 1, decisionIds,
                    stored.contacts()));
        }

        @Override
        public void addContact(String reference, ConsentContact contact, long expectedVersion, String decisionId) {
            StoredConsentRequest stored = requests.get(reference);
            if (stored == null || stored.version() != expectedVersion) {
                throw new ConcurrentChangeException(reference, null);
            }
            List<StoredContact> contacts = new ArrayList<>(stored.contacts());
            contacts.add(new StoredContact(contact, decisionId));
            requests.put(reference, new StoredConsentRequest(stored.request(), expectedVersion + 1,
                    stored.historyDecisionIds(), contacts));
        }

        @Override
        public List<StoredConsentRequest> findByCase(String caseReference, ConsentVisibility visibility, int page,
                                                     int pageSize) {
            return requests.values().stream()
                    .filter(stored -> stored.request().caseReference().equals(caseReference))
                    .filter(stored -> visibility.includes(stored.request()))
                    .sorted(Comparator.comparing(stored -> stored.request().history().get(0).at()))
                    .skip((long) (page - 1) * pageSize)
                    .limit(pageSize)
                    .toList();
        }

        @Override
        public long countByCase(String caseReference, ConsentVisibility visibility) {
            return requests.values().stream().filter(stored -> stored.request().caseReference().equals(caseReference))
                    .filter(stored -> visibility.includes(stored.request())).count();
        }


        @Override
        public List<String> dueForExpiry(Expiry expiry, int limit) {
            return requests.values().stream()
                    .map(StoredConsentRequest::request)
                    .filter(request -> expiry.applies(request.status(), request.kind(), request.conversationDate()))
                    .map(ConsentRequest::reference)
                    .limit(limit)
                    .toList();
        }
    }

    /** Every record appended, in order. */
    public static final class RecordedDecisions implements DecisionLog, DecisionLogWriter {

        final List<DecisionRecord> records = new ArrayList<>();

        @Override
        public void write(DecisionRecord record) {
            append(record);
        }

        @Override
        public void append(DecisionRecord record) {
            records.add(record);
        }

        @Override
        public Optional<DecisionRecord> find(String decisionId) {
            return records.stream().filter(record -> record.decisionId().equals(decisionId)).findFirst();
        }
    }

    /** A decision log that cannot write, like a database that is down. */
    static final class FailingDecisionLog implements DecisionLog, DecisionLogWriter {

        static final String FAILURE = "decision log unavailable (test)";

        int attempts;

        @Override
        public void write(DecisionRecord record) {
            append(record);
        }

        @Override
        public void append(DecisionRecord record) {
            attempts++;
            throw new IllegalStateException(FAILURE);
        }

        @Override
        public Optional<DecisionRecord> find(String decisionId) {
            return Optional.empty();
        }
    }
}
