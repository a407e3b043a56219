package nl.overheid.recordingpolicy.adapter.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import nl.overheid.recordingpolicy.application.consent.ConcurrentChangeException;
import nl.overheid.recordingpolicy.application.consent.ConsentRequestStore;
import nl.overheid.recordingpolicy.application.consent.StoredConsentRequest;
import nl.overheid.recordingpolicy.application.consent.StoredContact;
import nl.overheid.recordingpolicy.application.security.ConsentVisibility;
import nl.overheid.recordingpolicy.domain.calendar.LeadTime;
import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;
import nl.overheid.recordingpolicy.domain.consent.Actor;
import nl.overheid.recordingpolicy.domain.consent.Channel;
import nl.overheid.recordingpolicy.domain.consent.ConsentApplication;
import nl.overheid.recordingpolicy.domain.consent.ConsentContact;
import nl.overheid.recordingpolicy.domain.consent.ConsentKind;
import nl.overheid.recordingpolicy.domain.consent.ConsentRequest;
import nl.overheid.recordingpolicy.domain.consent.ConsentStatus;
import nl.overheid.recordingpolicy.domain.consent.Expiry;
import nl.overheid.recordingpolicy.domain.consent.StatusChange;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.ConsentGrantor;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;
import nl.overheid.recordingpolicy.domain.policy.Usage;

/** Consent requests in consent_request, their histories in consent_status_change and contacts in consent_contact. */
@ApplicationScoped
public class JpaConsentRequestStore implements ConsentRequestStore {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    @Inject
    WorkingDayCalendar calendar;

    /** For the gateway's texts a restored request explains itself with. */
    @Inject
    PolicySet policies;

    @Override
    public void insert(ConsentRequest request, String decisionId) {
        ConsentRequestEntity row = new ConsentRequestEntity();
        row.reference = request.reference();
        row.kind = request.kind().name();
        row.authority = request.authority().code();
        row.medium = request.medium().name();
        row.usage = request.usage().map(Enum::name).orElse(null);
        row.conversationDate = request.conversationDate();
        row.channel = request.channel().name();
        row.caseReference = request.caseReference();
        row.submittedBy = request.submittedBy().orElse(null);
        row.requestDate = request.requestDate();
        row.consentGrantor = request.consentGrantor().name();
        row.deadline = request.leadTime().map(LeadTime::deadline).orElse(null);
        row.leadTimeWorkingDays = request.leadTime().map(LeadTime::workingDays).orElse(null);
        row.onTime = request.leadTime().map(LeadTime::onTime).orElse(null);
        row.status = request.status().name();
        row.createdAt = request.history().get(0).at();
        row.updatedAt = row.createdAt;
        em.persist(row);
        em.persist(change(request, 0, decisionId));
        // Not flushed here: the submission's decision-log record is flushed next, in the same transaction, and takes
        // these two inserts with it (one flush per submission instead of two). A constraint
        // violation still surfaces inside the use case, at that flush.
    }

    @Override
    public Optional<StoredConsentRequest> find(String reference) {
        return em.createQuery("select distinct c from ConsentRequestEntity c left join fetch c.history "
                        + "where c.reference = :reference", ConsentRequestEntity.class)
                .setParameter("reference", reference)
                .getResultList() // a list, not a lazy stream: outside a transaction the entity manager closes at once
                .stream()
                .findFirst()
                .map(this::restore);
    }

    @Override
    public void update(ConsentRequest changed, long expectedVersion, String decisionId) {
        ConsentRequestEntity row = em.find(ConsentRequestEntity.class, changed.reference());
        if (row == null || row.version != expectedVersion) {
            throw new ConcurrentChangeException(changed.reference(), null);
        }
        int seq = changed.history().size() - 1;
        row.status = changed.status().name();
        row.updatedAt = changed.history().get(seq).at();
        try {
            em.flush(); // UPDATE ... WHERE version = expected: the loser of a race gets no row and an exception
            em.persist(change(changed, seq, decisionId));
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(changed.reference(), e);
        }
    }

    @Override
    public void addContact(String reference, ConsentContact contact, long expectedVersion, String decisionId) {
        ConsentRequestEntity row = em.find(ConsentRequestEntity.class, reference);
        if (row == null || row.version != expectedVersion) {
            throw new ConcurrentChangeException(reference, null);
        }
        long seq = em.createQuery("select count(k) from ConsentContactEntity k where k.reference = :reference", Long.class)
                .setParameter("reference", reference)
                .getSingleResult();
        row.updatedAt = contact.recordedAt();
        ConsentContactEntity added = new ConsentContactEntity();
        added.reference = reference;
        added.seq = (int) seq;
        added.contactedAt = contact.contactedAt();
        added.note = contact.note().orElse(null);
        added.alternativeMedium = contact.alternative().flatMap(ConsentContact.Alternative::medium).map(Enum::name)
                .orElse(null);
        added.alternativeDescription = contact.alternative().flatMap(ConsentContact.Alternative::description)
                .orElse(null);
        added.recordedAt = contact.recordedAt();
        added.recordedBy = contact.recordedBy().orElse(null);
        added.decisionId = decisionId;
        try {
            em.flush(); // the request's version goes up: of two contacts at once, exactly one gets this number
            em.persist(added);
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(reference, e);
        }
    }

    @Override
    public List<StoredConsentRequest> findByCase(String caseReference, ConsentVisibility visibility, int page,
                                                 int pageSize) {
        if (visibility instanceof ConsentVisibility.None) {
            return List.of();
        }
        List<String> references = visible(em.createQuery("select c.reference from ConsentRequestEntity c "
                        + "where c.caseReference = :caseReference" + condition(visibility)
                        + " order by c.createdAt, c.reference", String.class), visibility)
                .setParameter("caseReference", caseReference)
                .setFirstResult((page - 1) * pageSize)
                .setMaxResults(pageSize)
                .getResultList();
        if (references.isEmpty()) {
            return List.of();
        }
        Map<String, ConsentRequestEntity> rows = new LinkedHashMap<>();
        em.createQuery("select distinct c from ConsentRequestEntity c left join fetch c.history "
                        + "where c.reference in :references", ConsentRequestEntity.class)
                .setParameter("references", references)
                .getResultList()
                .forEach(row -> rows.put(row.reference, row));
        Map<String, List<StoredContact>> contacts = contacts(references);
        return references.stream().map(rows::get).filter(java.util.Objects::nonNull)
                .map(row -> restore(row, contacts.getOrDefault(row.reference, List.of()))).toList();
    }

    @Override
    public long countByCase(String caseReference, ConsentVisibility visibility) {
        if (visibility instanceof ConsentVisibility.None) {
            return 0;
        }
        return visible(em.createQuery("select count(c) from ConsentRequestEntity c where c.caseReference = :caseReference"
                        + condition(visibility), Long.class), visibility)
                .setParameter("caseReference", caseReference)
                .getSingleResult();
    }

    /** The visibility as a JPQL condition on c (with parameter :visibleTo where it needs one). */
    private static String condition(ConsentVisibility visibility) {
        if (visibility instanceof ConsentVisibility.OfAuthority) {
            return " and c.authority = :visibleTo";
        }
        if (visibility instanceof ConsentVisibility.SubmittedBy) {
            return " and c.submittedBy = :visibleTo";
        }
        return "";
    }

    private static <T> TypedQuery<T> visible(TypedQuery<T> query, ConsentVisibility visibility) {
        if (visibility instanceof ConsentVisibility.OfAuthority of) {
            return query.setParameter("visibleTo", of.authority().code());
        }
        if (visibility instanceof ConsentVisibility.SubmittedBy by) {
            return query.setParameter("visibleTo", by.identity());
        }
        return query;
    }

    @Override
    public List<String> dueForExpiry(Expiry expiry, int limit) {
        return em.createQuery("select c.reference from ConsentRequestEntity c where c.status in :open "
                        + "and c.kind = :kind and c.conversationDate < :before order by c.conversationDate, c.reference",
                        String.class)
                .setParameter("open", expiry.openStatuses().stream().map(ConsentStatus::name).toList())
                .setParameter("kind", expiry.kind().name())
                .setParameter("before", expiry.conversationBefore())
                .setMaxResults(limit)
                .getResultList();
    }

    private StatusChangeEntity change(ConsentRequest request, int seq, String decisionId) {
        StatusChange change = request.history().get(seq);
        StatusChangeEntity row = new StatusChangeEntity();
        row.reference = request.reference();
        row.seq = seq;
        row.fromStatus = change.from() == null ? null : change.from().name();
        row.toStatus = change.to().name();
        row.actor = change.actor().name();
        row.reason = change.reason().orElse(null);
        row.actedBy = change.actedBy().orElse(null);
        row.changedAt = change.at();
        row.decisionId = decisionId;
        return row;
    }

    /** Rebuilds the domain object; the lead time as stored (see LeadTime.asStored). */
    private StoredConsentRequest restore(ConsentRequestEntity row) {
        return restore(row, contacts(List.of(row.reference)).getOrDefault(row.reference, List.of()));
    }

    /** The contacts of each of {@code references}, oldest first; one query for a whole page. */
    private Map<String, List<StoredContact>> contacts(List<String> references) {
        Map<String, List<StoredContact>> byReference = new HashMap<>();
        em.createQuery("select k from ConsentContactEntity k where k.reference in :references order by k.reference, k.seq",
                        ConsentContactEntity.class)
                .setParameter("references", references)
                .getResultList()
                .forEach(row -> byReference.computeIfAbsent(row.reference, key -> new ArrayList<>()).add(contact(row)));
        return byReference;
    }

    private static StoredContact contact(ConsentContactEntity row) {
        Optional<ConsentContact.Alternative> alternative =
                row.alternativeMedium == null && row.alternativeDescription == null ? Optional.empty()
                        : Optional.of(new ConsentContact.Alternative(
                                Optional.ofNullable(row.alternativeMedium).map(Medium::valueOf),
                                Optional.ofNullable(row.alternativeDescription)));
        return new StoredContact(new ConsentContact(row.contactedAt, Optional.ofNullable(row.note), alternative,
                row.recordedAt, Optional.ofNullable(row.recordedBy)), row.decisionId);
    }

    private StoredConsentRequest restore(ConsentRequestEntity row, List<StoredContact> contacts) {
        List<StatusChangeEntity> changes = row.history;
        ConsentApplication application = new ConsentApplication(ConsentKind.valueOf(row.kind),
                Authority.parse(row.authority).orElseThrow(() -> new IllegalArgumentException("not an authority: " + row.authority)), Medium.valueOf(row.medium),
                Optional.ofNullable(row.usage).map(Usage::valueOf), row.conversationDate, Channel.valueOf(row.channel),
                row.caseReference, row.requestDate);
        Optional<LeadTime> leadTime = row.deadline == null ? Optional.empty() : Optional.of(LeadTime.asStored(calendar,
                Optional.ofNullable(row.leadTimeWorkingDays), row.conversationDate, row.deadline, row.requestDate,
                row.onTime));
        List<StatusChange> history = changes.stream().map(change -> new StatusChange(
                change.fromStatus == null ? null : ConsentStatus.valueOf(change.fromStatus),
                ConsentStatus.valueOf(change.toStatus), change.changedAt, Actor.valueOf(change.actor),
                Optional.ofNullable(change.reason), Optional.ofNullable(change.actedBy))).toList();
        ConsentRequest request = ConsentRequest.restore(row.reference, application,
                ConsentGrantor.valueOf(row.consentGrantor), leadTime, ConsentStatus.valueOf(row.status), history,
                policies.texts());
        return new StoredConsentRequest(request, row.version,
                changes.stream().map(change -> change.decisionId).toList(), contacts);
    }
}
