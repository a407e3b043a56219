package nl.overheid.recordingpolicy.adapter.persistence;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import nl.overheid.recordingpolicy.application.idempotency.IdempotencyStore.Claim;
import nl.overheid.recordingpolicy.application.idempotency.IdempotencyStore.Claimed;
import nl.overheid.recordingpolicy.application.idempotency.IdempotencyStore.Completed;
import nl.overheid.recordingpolicy.application.idempotency.IdempotencyStore.InFlight;
import nl.overheid.recordingpolicy.application.idempotency.IdempotencyStore.Mismatch;

/**
 * The parts of {@link JpaIdempotencyStore} that must commit on their own, before or after the work: the claim must
 * be visible to a concurrent retry at once, and a release must survive the rollback of the failed work.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class IdempotencyClaims {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    public Claim claim(String operation, String key, String requestHash, Instant now) {
        IdempotencyRecordEntity existing =
                em.find(IdempotencyRecordEntity.class, new IdempotencyRecordEntity.Key(operation, key));
        if (existing == null) {
            IdempotencyRecordEntity row = new IdempotencyRecordEntity();
            row.operation = operation;
            row.key = key;
            row.requestHash = requestHash;
            row.state = IdempotencyRecordEntity.IN_PROGRESS;
            row.createdAt = now;
            em.persist(row);
            em.flush();
            return new Claimed();
        }
        if (!existing.requestHash.equals(requestHash)) {
            return new Mismatch();
        }
        if (IdempotencyRecordEntity.COMPLETED.equals(existing.state)) {
            return new Completed(existing.responseBody);
        }
        if (existing.createdAt.plus(JpaIdempotencyStore.ABANDONED_AFTER).isBefore(now)) {
            int taken = em.createQuery("update IdempotencyRecordEntity r set r.createdAt = :now "
                            + "where r.operation = :operation and r.key = :key and r.state = :inProgress "
                            + "and r.createdAt = :claimedAt")
                    .setParameter("now", now)
                    .setParameter("operation", operation)
                    .setParameter("key", key)
                    .setParameter("inProgress", IdempotencyRecordEntity.IN_PROGRESS)
                    .setParameter("claimedAt", existing.createdAt)
                    .executeUpdate();
            if (taken == 1) {
                return new Claimed();
            }
        }
        return new InFlight();
    }

    public void release(String operation, String key) {
        em.createQuery("delete from IdempotencyRecordEntity r where r.operation = :operation and r.key = :key "
                        + "and r.state = :inProgress")
                .setParameter("operation", operation)
                .setParameter("key", key)
                .setParameter("inProgress", IdempotencyRecordEntity.IN_PROGRESS)
                .executeUpdate();
    }
}
