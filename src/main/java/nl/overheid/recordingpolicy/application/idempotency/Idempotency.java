package nl.overheid.recordingpolicy.application.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.overheid.recordingpolicy.application.JsonText;
import nl.overheid.recordingpolicy.application.consent.ConsentConflictException;

/** Runs an operation at most once per idempotency key, replaying the first answer to retries. */
@ApplicationScoped
public class Idempotency {

    private IdempotencyStore store;
    private Clock clock;

    protected Idempotency() {
        // for CDI proxies
    }

    @Inject
    public Idempotency(IdempotencyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Where the work records its answer, inside its own transaction. */
    public interface Completion {
        void complete(Object answer, String resourceReference);
    }

    private static final Completion NONE = (answer, reference) -> { };

    /**
     * @param key         the caller's key, if it sent one
     * @param operation   what is being done, e.g. "consent-submit" or "consent-decide:CR-..."; a key is scoped to it
     * @param fingerprint the request's content in a canonical form: a retry must have the same
     * @param work        the operation, in its own transaction, which calls {@link Completion#complete}
     */
    public <T> T once(Optional<String> key, String operation, String fingerprint, Class<T> answerType,
                      Function<Completion, T> work) {
        if (key.isEmpty()) {
            return work.apply(NONE);
        }
        String idempotencyKey = key.get();
        IdempotencyStore.Claim claim = store.claim(operation, idempotencyKey, sha256(fingerprint), clock.instant());
        if (claim instanceof IdempotencyStore.Completed completed) {
            return JsonText.read(completed.responseJson(), answerType);
        }
        if (claim instanceof IdempotencyStore.InFlight) {
            throw new ConsentConflictException(ConsentConflictException.Kind.IN_FLIGHT,
                    "A request with this idempotency key is still being processed; retry later.", Optional.empty());
        }
        if (claim instanceof IdempotencyStore.Mismatch) {
            throw new ConsentConflictException(ConsentConflictException.Kind.KEY_REUSED,
                    "This idempotency key was used before for a different request.", Optional.empty());
        }
        try {
            return work.apply((answer, reference) ->
                    store.complete(operation, idempotencyKey, JsonText.write(answer), reference, clock.instant()));
        } catch (RuntimeException e) {
            store.release(operation, idempotencyKey);
            throw e;
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
