package nl.overheid.recordingpolicy.application.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import nl.overheid.recordingpolicy.adapter.json.JsonText;
import nl.overheid.recordingpolicy.application.failure.ConflictException;

class IdempotencyTest {

    public record Answer(String reference) {
    }

    /** The store's contract in memory: a record per (operation, key), written only by complete(). */
    private static class RecordsInMemory implements IdempotencyStore {
        final Map<String, String[]> rows = new HashMap<>(); // operation|key -> {hash, json}

        @Override
        public Optional<Previous> previous(String operation, String key, String requestHash) {
            String[] row = rows.get(operation + "|" + key);
            if (row == null) {
                return Optional.empty();
            }
            return Optional.of(row[0].equals(requestHash) ? new Completed(row[1]) : new Mismatch());
        }

        @Override
        public void complete(String operation, String key, String requestHash, String responseJson,
                             String resourceReference, Instant now) {
            if (rows.putIfAbsent(operation + "|" + key, new String[] {requestHash, responseJson}) != null) {
                throw new KeyTakenException(null);
            }
        }
    }

    private static final Function<String, Answer> READ = json -> JsonText.read(json, Answer.class);

    private final RecordsInMemory store = new RecordsInMemory();
    private final Idempotency idempotency =
            new Idempotency(store, new IdempotentTransaction(), Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC));
    private final AtomicInteger workDone = new AtomicInteger();

    private Answer submit(Optional<String> key, String body, String reference) {
        return idempotency.once(key, "consent-submit", body, READ, completion -> {
            workDone.incrementAndGet();
            Answer answer = new Answer(reference);
            completion.complete("{\"reference\":\"" + reference + "\"}", reference);
            return answer;
        });
    }

    @Test
    void withoutAKeyTheWorkRunsEveryTimeAndNothingIsStored() {
        submit(Optional.empty(), "body", "CR-1");
        submit(Optional.empty(), "body", "CR-2");
        assertEquals(2, workDone.get());
        assertTrue(store.rows.isEmpty());
    }

    @Test
    void aRetryWithTheSameBodyGetsTheFirstAnswerWithoutDoingTheWorkAgain() {
        assertEquals(new Answer("CR-1"), submit(Optional.of("k"), "body", "CR-1"));
        assertEquals(new Answer("CR-1"), submit(Optional.of("k"), "body", "CR-2"));
        assertEquals(1, workDone.get());
    }

    @Test
    void aKeyIsScopedToItsOperation() {
        submit(Optional.of("k"), "body", "CR-1");
        Answer other = idempotency.once(Optional.of("k"), "consent-decide:CR-1", "body", READ, completion -> {
            completion.complete("{\"reference\":\"decided\"}", "CR-1");
            return new Answer("decided");
        });
        assertEquals(new Answer("decided"), other);
    }

    @Test
    void aRetryWithADifferentBodyIsRefused() {
        submit(Optional.of("k"), "body", "CR-1");
        ConflictException refused =
                assertThrows(ConflictException.class, () -> submit(Optional.of("k"), "other body", "CR-2"));
        assertEquals(ConflictException.Kind.KEY_REUSED, refused.kind());
        assertEquals(1, workDone.get());
    }

    @Test
    void aRetryWhileTheFirstIsStillBeingProcessedIsAConflictAndAfterwardsGetsTheFirstAnswer() {
        Answer first = idempotency.once(Optional.of("k"), "consent-submit", "body", READ, completion -> {
            ConflictException retry =
                    assertThrows(ConflictException.class, () -> submit(Optional.of("k"), "body", "CR-retry"));
            assertEquals(ConflictException.Kind.IN_FLIGHT, retry.kind());
            completion.complete("{\"reference\":\"CR-1\"}", "CR-1");
            return new Answer("CR-1");
        });
        assertEquals(new Answer("CR-1"), first);
        assertEquals(new Answer("CR-1"), submit(Optional.of("k"), "body", "CR-later"));
        assertEquals(0, workDone.get(), "neither the retry in flight nor the later one did the work");
    }

    @Test
    void aKeyIsFreeAgainAfterItsRequestFailed() {
        assertThrows(IllegalStateException.class,
                () -> idempotency.once(Optional.of("k"), "consent-submit", "body", READ, completion -> {
                    throw new IllegalStateException("database down");
                }));
        assertEquals(new Answer("CR-2"), submit(Optional.of("k"), "body", "CR-2"));
    }

    @Test
    void aRequestThatLosesTheRaceToACommittedTwinAnswersWithTheTwinsAnswer() {
        Answer answer = idempotency.once(Optional.of("k"), "consent-submit", "body", READ, completion -> {
            // the twin commits while we work
            store.rows.put("consent-submit|k", new String[] {Idempotency.sha256("body"), "{\"reference\":\"CR-twin\"}"});
            completion.complete("{\"reference\":\"CR-ours\"}", "CR-ours");
            return new Answer("CR-ours");
        });
        assertEquals(new Answer("CR-twin"), answer);
    }

    @Test
    void aLoserWhoseFailureIsNotTheKeyStillGetsTheTwinsAnswer() {
        Answer answer = idempotency.once(Optional.of("k"), "consent-submit", "body", READ, completion -> {
            store.rows.put("consent-submit|k", new String[] {Idempotency.sha256("body"), "{\"reference\":\"CR-twin\"}"});
            throw new IllegalStateException("optimistic lock lost to the twin");
        });
        assertEquals(new Answer("CR-twin"), answer);
    }

    @Test
    void theKeyTakenByATwinThatHasNotCommittedIsAConflict() {
        IdempotencyStore uncommittedTwin = new RecordsInMemory() {
            @Override
            public void complete(String operation, String key, String requestHash, String responseJson,
                                 String resourceReference, Instant now) {
                throw new KeyTakenException(null); // its row exists, but nobody can read it yet
            }
        };
        Idempotency racing = new Idempotency(uncommittedTwin, new IdempotentTransaction(), Clock.systemUTC());
        ConflictException conflict = assertThrows(ConflictException.class,
                () -> racing.once(Optional.of("k"), "consent-submit", "body", READ, completion -> {
                    completion.complete("{\"reference\":\"CR-1\"}", "CR-1");
                    return new Answer("CR-1");
                }));
        assertEquals(ConflictException.Kind.IN_FLIGHT, conflict.kind());
    }

    @Test
    void whenTheStoreIsGoneTheWorksOwnFailureIsWhatTheCallerGets() {
        IllegalStateException workFailed = new IllegalStateException("connection refused");
        IllegalStateException lookFailed = new IllegalStateException("connection refused again");
        AtomicInteger looks = new AtomicInteger();
        IdempotencyStore gone = new RecordsInMemory() {
            @Override
            public Optional<Previous> previous(String operation, String key, String requestHash) {
                if (looks.incrementAndGet() > 1) {
                    throw lookFailed;
                }
                return Optional.empty();
            }
        };
        Idempotency failing = new Idempotency(gone, new IdempotentTransaction(), Clock.systemUTC());
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> failing.once(Optional.of("k"), "consent-submit", "body", READ, completion -> {
                    throw workFailed;
                }));
        assertSame(workFailed, thrown);
        assertSame(lookFailed, thrown.getSuppressed()[0]);
    }

    @Test
    void aFailureWithoutATwinIsPassedOnUnchangedAndLeavesNoRecord() {
        IllegalArgumentException failure = new IllegalArgumentException("invalid");
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> idempotency.once(Optional.of("k"), "consent-submit", "body", READ, completion -> {
                    throw failure;
                }));
        assertSame(failure, thrown);
        assertTrue(store.rows.isEmpty());
        assertEquals(new Answer("CR-2"), submit(Optional.of("k"), "body", "CR-2"), "a retry runs the work");
    }
}
