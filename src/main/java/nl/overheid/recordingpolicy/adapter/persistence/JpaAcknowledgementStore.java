package nl.overheid.recordingpolicy.adapter.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import nl.overheid.recordingpolicy.application.acknowledgement.AcknowledgementStore;
import nl.overheid.recordingpolicy.application.acknowledgement.StoredAcknowledgement;
import nl.overheid.recordingpolicy.application.security.AcknowledgementVisibility;
import nl.overheid.recordingpolicy.domain.acknowledgement.Acknowledgement;
import nl.overheid.recordingpolicy.domain.acknowledgement.AcknowledgementDetails;
import nl.overheid.recordingpolicy.domain.policy.Authority;

/** Acknowledgements in the table acknowledgement. */
@ApplicationScoped
public class JpaAcknowledgementStore implements AcknowledgementStore {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    @Override
    public void insert(Acknowledgement acknowledgement, String decisionId) {
        AcknowledgementEntity row = new AcknowledgementEntity();
        row.reference = acknowledgement.reference();
        row.authority = acknowledgement.authority().code();
        row.ruleId = acknowledgement.ruleId();
        row.caseReference = acknowledgement.caseReference();
        row.formDate = acknowledgement.details().date();
        row.clientName = acknowledgement.details().clientName();
        row.employeeName = acknowledgement.details().employeeName();
        row.signedByClient = acknowledgement.details().signedByClient();
        row.signedByEmployee = acknowledgement.details().signedByEmployee();
        row.registeredBy = acknowledgement.registeredBy();
        row.registeredAt = acknowledgement.registeredAt();
        row.decisionId = decisionId;
        em.persist(row);
    }

    @Override
    public Optional<StoredAcknowledgement> find(String reference) {
        return Optional.ofNullable(em.find(AcknowledgementEntity.class, reference)).map(JpaAcknowledgementStore::stored);
    }

    @Override
    public List<StoredAcknowledgement> findByCase(String caseReference, AcknowledgementVisibility visibility, int limit) {
        String filter = "";
        if (visibility instanceof AcknowledgementVisibility.OfAuthority) {
            filter = " and a.authority = :authority";
        } else if (visibility instanceof AcknowledgementVisibility.RegisteredBy) {
            filter = " and a.registeredBy = :identity";
        } else if (visibility instanceof AcknowledgementVisibility.None) {
            return List.of();
        }
        TypedQuery<AcknowledgementEntity> query = em.createQuery("select a from AcknowledgementEntity a"
                + " where a.caseReference = :caseReference" + filter
                + " order by a.registeredAt, a.reference", AcknowledgementEntity.class)
                .setParameter("caseReference", caseReference)
                .setMaxResults(limit);
        if (visibility instanceof AcknowledgementVisibility.OfAuthority officer) {
            query.setParameter("authority", officer.authority().code());
        } else if (visibility instanceof AcknowledgementVisibility.RegisteredBy caseSystem) {
            query.setParameter("identity", caseSystem.identity());
        }
        return query.getResultList().stream().map(JpaAcknowledgementStore::stored).toList();
    }

    private static StoredAcknowledgement stored(AcknowledgementEntity row) {
        return new StoredAcknowledgement(new Acknowledgement(row.reference, Authority.of(row.authority), row.ruleId,
                row.caseReference, new AcknowledgementDetails(row.formDate, row.clientName, row.employeeName,
                row.signedByClient, row.signedByEmployee), row.registeredBy, row.registeredAt), row.decisionId);
    }
}
