package nl.overheid.recordingpolicy.adapter.persistence;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import nl.overheid.recordingpolicy.application.idempotency.IdempotencyStore;

/**
 * Idempotency records in idempotency_record. A claim is an INSERT in a transaction of its own: the primary key
 * lets exactly one of any number of racing requests in, and the others then read what the winner left.
 */
@ApplicationScoped
public class JpaIdempotencyStore implements IdempotencyStore {

    /** A claim still in progress after this long belongs to a request that died; a retry may take it over. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    @Inject
    IdempotencyClaims transactions;

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    @Override
    public Claim claim(String operation, String key, String requestHash, Instant now) {
        try {
            return transactions.claim(operation, key, requestHash, now);
        } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
            // Another request inserted the same key between our look and our insert: look again.
            return transactions.claim(operation, key, requestHash, now);
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String operation, String key, String responseJson, String resourceReference, Instant now) {
        IdempotencyRecordEntity row = em.find(IdempotencyRecordEntity.class, new IdempotencyRecordEntity.Key(operation, key));
        if (row == null) {
            throw new IllegalStateException("completing an idempotency key that was never claimed");
        }
        row.state = IdempotencyRecordEntity.COMPLETED;
        row.responseBody = responseJson;
        row.resourceReference = resourceReference;
        row.completedAt = now;
        em.flush();
    }

    @Override
    public void release(String operation, String key) {
        transactions.release(operation, key);
    }
}
