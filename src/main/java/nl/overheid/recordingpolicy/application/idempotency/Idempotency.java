package nl.overheid.recordingpolicy.application.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.overheid.recordingpolicy.application.failure.ConflictException;

/**
 * Runs an operation at most once per idempotency key, replaying the first answer to retries.
 *
 * <p>The key's record is written in the transaction of the work itself, together with the answer: one commit per
 * request instead of a claim committed first and completed afterwards (which cost about a quarter of a submission's
 * time on PostgreSQL, docs/findings.md). A retry while the first request is still being processed on this server gets
 * a 409 at once (the keys in flight are known here). Across servers sharing one database, the record's primary
 * key lets only one of two concurrent requests commit; the other is rolled back and answers with the winner's
 * answer, or with a 409 when the winner has not committed yet. Either way there is never a second row. Nothing of
 * a failed request is left behind, so a retry after a crash simply runs again.
 */
@ApplicationScoped
public class Idempotency {

    private IdempotencyStore store;
    private IdempotentTransaction transaction;
    private Clock clock;
    /** "operation key" of every request with a key that is being processed on this server now. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    protected Idempotency() {
        // for CDI proxies
    }

    @Inject
    public Idempotency(IdempotencyStore store, IdempotentTransaction transaction, Clock clock) {
        this.store = store;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Where the work records its answer (as JSON of the answer type), last thing in its transaction. */
    public interface Completion {
        void complete(String answerJson, String resourceReference);
    }

    private static final Completion NONE = (answer, reference) -> { };

    /**
     * @param key         the caller's key, if it sent one
     * @param operation   what is being done, e.g. "consent-submit" or "consent-decide:CR-..."; a key is scoped to it
     * @param fingerprint the request's content in a canonical form: a retry must have the same
     * @param storedAnswer turns the JSON stored with the key back into the answer, for a retry
     * @param work        the operation, in its own transaction, which calls {@link Completion#complete} last
     */
    public <T> T once(Optional<String> key, String operation, String fingerprint, Function<String, T> storedAnswer,
                      Function<Completion, T> work) {
        if (key.isEmpty()) {
            return work.apply(NONE);
        }
        String idempotencyKey = key.get();
        String slot = operation + ' ' + idempotencyKey;
        if (!inFlight.add(slot)) {
            throw inFlight();
        }
        try {
            return onceInFlight(operation, idempotencyKey, sha256(fingerprint), storedAnswer, work);
        } finally {
            inFlight.remove(slot);
        }
    }

    private <T> T onceInFlight(String operation, String idempotencyKey, String requestHash,
                               Function<String, T> storedAnswer, Function<Completion, T> work) {
        Completion completion = (answerJson, reference) ->
                store.complete(operation, idempotencyKey, requestHash, answerJson, reference, clock.instant());
        try {
            return transaction.run(() -> earlierAnswer(operation, idempotencyKey, requestHash, storedAnswer),
                    () -> work.apply(completion));
        } catch (RuntimeException failed) {
            // A concurrent request with the same key may have done the work first (our failure is then its
            // primary key, or the optimistic lock of a transition it made): its answer is ours.
            Optional<T> winner;
            try {
                winner = earlierAnswer(operation, idempotencyKey, requestHash, storedAnswer);
            } catch (ConflictException reused) {
                throw reused;
            } catch (RuntimeException lookFailed) { // e.g. the database is gone: the first failure says most
                failed.addSuppressed(lookFailed);
                throw failed;
            }
            if (winner.isPresent()) {
                return winner.get();
            }
            if (failed instanceof IdempotencyStore.KeyTakenException) {
                throw inFlight();
            }
            throw failed;
        }
    }

    private static ConflictException inFlight() {
        return new ConflictException(ConflictException.Kind.IN_FLIGHT,
                "A request with this idempotency key is still being processed; retry later.", Optional.empty());
    }

    private <T> Optional<T> earlierAnswer(String operation, String key, String requestHash,
                                          Function<String, T> storedAnswer) {
        Optional<IdempotencyStore.Previous> previous = store.previous(operation, key, requestHash);
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        if (previous.get() instanceof IdempotencyStore.Completed completed) {
            return Optional.of(storedAnswer.apply(completed.responseJson()));
        }
        throw new ConflictException(ConflictException.Kind.KEY_REUSED,
                "This idempotency key was used before for a different request.", Optional.empty());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
