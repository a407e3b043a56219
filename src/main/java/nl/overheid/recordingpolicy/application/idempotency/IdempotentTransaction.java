package nl.overheid.recordingpolicy.application.idempotency;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The look for an earlier answer and the work it may save, in one transaction: one connection and one commit per
 * request. (A failed attempt is looked at again by {@link Idempotency} after this transaction has rolled back.)
 */
@ApplicationScoped
@Transactional
public class IdempotentTransaction {

    public <T> T run(Supplier<Optional<T>> earlierAnswer, Supplier<T> work) {
        return earlierAnswer.get().orElseGet(work);
    }
}
