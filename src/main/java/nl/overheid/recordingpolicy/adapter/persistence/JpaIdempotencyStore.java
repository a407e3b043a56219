package nl.overheid.recordingpolicy.adapter.persistence;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import nl.overheid.recordingpolicy.application.idempotency.IdempotencyStore;

/**
 * Idempotency records in idempotency_record, primary key (operation, idempotency_key). A record is written once,
 * completed, in the transaction of the work it answers for; the primary key lets exactly one of any number of
 * racing requests commit. (The state column also knows IN_PROGRESS, from the first schema's separate claim.)
 */
@ApplicationScoped
public class JpaIdempotencyStore implements IdempotencyStore {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Previous> previous(String operation, String key, String requestHash) {
        IdempotencyRecordEntity row = em.find(IdempotencyRecordEntity.class, new IdempotencyRecordEntity.Key(operation, key));
        if (row == null || !IdempotencyRecordEntity.COMPLETED.equals(row.state)) {
            return Optional.empty();
        }
        if (!row.requestHash.equals(requestHash)) {
            return Optional.of(new Mismatch());
        }
        return Optional.of(new Completed(row.responseBody));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String operation, String key, String requestHash, String responseJson,
                         String resourceReference, Instant now) {
        IdempotencyRecordEntity row = new IdempotencyRecordEntity();
        row.operation = operation;
        row.key = key;
        row.requestHash = requestHash;
        row.state = IdempotencyRecordEntity.COMPLETED;
        row.responseBody = responseJson;
        row.resourceReference = resourceReference;
        row.createdAt = now;
        row.completedAt = now;
        em.persist(row);
        try {
            // The work flushed its own rows already, so what fails here is this record: its key is taken.
            em.flush();
        } catch (PersistenceException e) {
            throw new KeyTakenException(e);
        }
    }
}
