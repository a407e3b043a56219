package nl.overheid.recordingpolicy.application.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.overheid.recordingpolicy.application.audit.CallContext;
import nl.overheid.recordingpolicy.application.audit.DecisionIds;
import nl.overheid.recordingpolicy.application.audit.DecisionLog;
import nl.overheid.recordingpolicy.application.audit.DecisionRecord;
import nl.overheid.recordingpolicy.application.audit.RecordJson;
import nl.overheid.recordingpolicy.application.idempotency.Idempotency;
import nl.overheid.recordingpolicy.application.security.Caller;
import nl.overheid.recordingpolicy.application.security.ConsentAccess;
import nl.overheid.recordingpolicy.application.security.ConsentVisibility;
import nl.overheid.recordingpolicy.application.view.ConsentRequestView;
import nl.overheid.recordingpolicy.domain.consent.ConsentApplication;
import nl.overheid.recordingpolicy.domain.consent.ConsentContact;
import nl.overheid.recordingpolicy.domain.consent.NextStep;
import nl.overheid.recordingpolicy.domain.consent.ConsentReferences;
import nl.overheid.recordingpolicy.domain.consent.ConsentRequest;
import nl.overheid.recordingpolicy.domain.consent.ConsentStatus;
import nl.overheid.recordingpolicy.domain.consent.ConsentRules;
import nl.overheid.recordingpolicy.domain.consent.Expiry;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;
import nl.overheid.recordingpolicy.domain.policy.Rule;

/**
 * Each method is one transaction: the consent request's new state, the decision-log record of the change and
 * (for a retried request) its idempotency answer are committed together or not at all.
 */
@ApplicationScoped
@Transactional
public class ConsentTransactions {

    private ConsentRequestStore store;
    private DecisionLog log;
    private PolicySet policies;
    private Clock clock;
    private RecordJson json;

    protected ConsentTransactions() {
        // for CDI proxies
    }

    @Inject
    public ConsentTransactions(ConsentRequestStore store, DecisionLog log, PolicySet policies, Clock clock,
                               RecordJson json) {
        this.store = store;
        this.log = log;
        this.policies = policies;
        this.clock = clock;
        this.json = json;
    }

    public ConsentAnswer submit(ConsentApplication application, Object question, CallContext call,
                                Idempotency.Completion completion) {
        Instant now = clock.instant();
        ConsentRequest request = ConsentRequest.submit(application, ConsentReferences.newReference(), policies, now)
                .by(call.identity().name());
        String decisionId = DecisionIds.next(now);
        store.insert(request, decisionId);
        ConsentRequestView view = view(request, List.of(decisionId), List.of());
        String answerJson = record(decisionId, request, question, view, call, now);
        completion.complete(answerJson, request.reference());
        return new ConsentAnswer(view, answerJson);
    }

    /**
     * @param change a domain transition; it throws IllegalTransitionException when the status does not allow it
     * @throws ConsentNotFoundException  when there is no request with this reference
     * @throws ConcurrentChangeException when another transaction changed the request first
     */
    public ConsentAnswer change(String reference, UnaryOperator<ConsentRequest> change, Object question,
                                CallContext call, Idempotency.Completion completion) {
        StoredConsentRequest stored = store.find(reference).orElseThrow(ConsentNotFoundException::new);
        ConsentRequest changed = change.apply(stored.request());
        ConsentAnswer written = write(stored, changed, question, call);
        completion.complete(written.answerJson(), reference);
        return written;
    }

    /**
     * Records a contact about the request; the request's status does not change.
     *
     * @param contact builds the contact from the stored request; it checks who may and throws when the contact is refused
     * @throws ConsentNotFoundException  when there is no request with this reference
     * @throws ConcurrentChangeException when another transaction changed the request first
     */
    public ConsentAnswer contact(String reference, Function<ConsentRequest, ConsentContact> contact,
                                 Object question, CallContext call, Idempotency.Completion completion) {
        StoredConsentRequest stored = store.find(reference).orElseThrow(ConsentNotFoundException::new);
        ConsentContact added = contact.apply(stored.request());
        String decisionId = DecisionIds.next(added.recordedAt());
        store.addContact(reference, added, stored.version(), decisionId);
        List<StoredContact> contacts = new ArrayList<>(stored.contacts());
        contacts.add(new StoredContact(added, decisionId));
        ConsentRequest request = stored.request();
        ConsentRequestView view = view(request, stored.historyDecisionIds(), contacts);
        String answerJson = json.write(view);
        log.append(new DecisionRecord(decisionId, call.trace(), "consent_contact", added.recordedAt(),
                request.status().name(), call.caller(), json.write(question), answerJson,
                view.nextStep().rules(), policies.version(), Optional.of(reference), policies.contentId()));
        completion.complete(answerJson, reference);
        return new ConsentAnswer(view, answerJson);
    }

    /**
     * The answer of an earlier request, from the JSON stored with its idempotency key. It reads only what it is given, so it opens no transaction of its own (a retry
     * that lost the race for its key calls it outside one).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ConsentAnswer earlierAnswer(String answerJson) {
        return new ConsentAnswer(json.read(answerJson, ConsentRequestView.class), answerJson);
    }

    /** Expires one request if it is due; empty when there was nothing to do (so it may run any number of times). */
    public Optional<ConsentRequestView> expire(String reference, CallContext call) {
        Optional<StoredConsentRequest> stored = store.find(reference);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        ConsentRequest expired = stored.get().request().expire(today(), clock.instant());
        if (expired == stored.get().request()) {
            return Optional.empty();
        }
        return Optional.of(write(stored.get(), expired, new ExpiryQuestion(reference, today().toString()), call).view());
    }

    /** The request's status now, if it exists: what a conflicting change left it in. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ConsentStatus> status(String reference) {
        return store.find(reference).map(stored -> stored.request().status());
    }

    /** The request, if it exists and {@code caller} may see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ConsentRequestView> view(String reference, Caller caller) {
        return store.find(reference)
                .filter(stored -> ConsentAccess.maySee(caller, stored.request()))
                .map(this::view);
    }

    /** Whether a request exists that {@code caller} may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean visible(String reference, Caller caller) {
        return store.find(reference).filter(stored -> ConsentAccess.maySee(caller, stored.request())).isPresent();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ConsentRequestPage page(String caseReference, ConsentVisibility visibility, int page, int pageSize) {
        List<ConsentRequestView> views = store.findByCase(caseReference, visibility, page, pageSize).stream()
                .map(this::view)
                .toList();
        return new ConsentRequestPage(views, page, pageSize, store.countByCase(caseReference, visibility));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> dueForExpiry(int limit) {
        return store.dueForExpiry(new Expiry(today()), limit);
    }

    private ConsentAnswer write(StoredConsentRequest stored, ConsentRequest changed, Object question, CallContext call) {
        Instant at = changed.lastChange().at();
        String decisionId = DecisionIds.next(at);
        store.update(changed, stored.version(), decisionId);
        List<String> decisionIds = new ArrayList<>(stored.historyDecisionIds());
        decisionIds.add(decisionId);
        ConsentRequestView view = view(changed, decisionIds, stored.contacts());
        String answerJson = record(decisionId, changed, question, view, call, at);
        return new ConsentAnswer(view, answerJson);
    }

    /** Logs the change; returns the answer's JSON, which the idempotency record and REST use as it is. */
    private String record(String decisionId, ConsentRequest request, Object question, ConsentRequestView answer,
                          CallContext call, Instant at) {
        String answerJson = json.write(answer);
        log.append(new DecisionRecord(decisionId, call.trace(), "consent_" + request.status().name().toLowerCase(),
                at, request.status().name(), call.caller(), json.write(question), answerJson,
                ConsentRules.governing(request, policies).stream().map(Rule::id).toList(), policies.version(),
                Optional.of(request.reference()), policies.contentId()));
        return answerJson;
    }

    private ConsentRequestView view(StoredConsentRequest stored) {
        return view(stored.request(), stored.historyDecisionIds(), stored.contacts());
    }

    /** The request as both protocols show it, with its next step as of today under the rules loaded now. */
    private ConsentRequestView view(ConsentRequest request, List<String> decisionIds, List<StoredContact> contacts) {
        List<ConsentContact> recorded = contacts.stream().map(StoredContact::contact).toList();
        return ConsentRequestView.of(request, decisionIds, recorded,
                contacts.stream().map(StoredContact::decisionId).toList(),
                NextStep.of(request, recorded, policies, today(), clock.getZone()), today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What the scheduled expiry "asked", for the decision log. */
    public record ExpiryQuestion(String reference, String today) {
    }
}
