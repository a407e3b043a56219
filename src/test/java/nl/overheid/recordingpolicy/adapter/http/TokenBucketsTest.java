package nl.overheid.recordingpolicy.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The per-caller limit on a clock the test moves: exact counts, no sleeping. */
class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong(42 * SECOND);

    @Test
    void aCallerGetsPerSecondRequestsAtOnceAndThenWaits() {
        TokenBuckets buckets = new TokenBuckets(5, 100, clock::get);

        for (int i = 0; i < 5; i++) {
            assertEquals(0, buckets.tryAcquire("address:10.0.0.1"), "request " + (i + 1));
        }
        long wait = buckets.tryAcquire("address:10.0.0.1");

        assertEquals(SECOND / 5, wait, "the next token comes after a fifth of a second");
    }

    @Test
    void tokensComeBackAtTheConfiguredRateAndNoMoreThanOneSecondsWorthIsSaved() {
        TokenBuckets buckets = new TokenBuckets(10, 100, clock::get);
        drain(buckets, "a", 10);

        clock.addAndGet(SECOND / 10);
        assertEquals(0, buckets.tryAcquire("a"));
        assertTrue(buckets.tryAcquire("a") > 0);

        clock.addAndGet(60 * SECOND);
        assertEquals(10, drain(buckets, "a", 1_000), "a long pause saves up one second's worth, not sixty");
    }

    @Test
    void callersHaveTheirOwnBuckets() {
        TokenBuckets buckets = new TokenBuckets(2, 100, clock::get);
        drain(buckets, "address:10.0.0.1", 2);

        assertTrue(buckets.tryAcquire("address:10.0.0.1") > 0);
        assertEquals(0, buckets.tryAcquire("address:10.0.0.2"));
        assertEquals(0, buckets.tryAcquire("principal:case-system"));
    }

    @Test
    void theMapNeverHoldsMoreThanMaxCallersAndLatecomersShareTheOverflowBucket() {
        TokenBuckets buckets = new TokenBuckets(3, 100, clock::get);

        for (int i = 0; i < 100_000; i++) {
            buckets.tryAcquire("address:forged-" + i);
        }

        assertEquals(100, buckets.callers());
        clock.addAndGet(10 * SECOND);
        assertEquals(0, buckets.tryAcquire("address:newcomer"), "idle buckets make room again");
        assertTrue(buckets.callers() <= 100);
    }

    @Test
    void callersWithoutRoomShareOneBucketRatherThanGoingUnlimited() {
        TokenBuckets buckets = new TokenBuckets(3, 1, clock::get);
        assertEquals(0, buckets.tryAcquire("first"));

        assertEquals(3, drain(buckets, "second", 100) + drain(buckets, "third", 100),
                "second and third share the overflow bucket: 3 a second between them");
        assertEquals(1, buckets.callers());
    }

    private static int drain(TokenBuckets buckets, String caller, int attempts) {
        int granted = 0;
        for (int i = 0; i < attempts; i++) {
            if (buckets.tryAcquire(caller) == 0) {
                granted++;
            }
        }
        return granted;
    }
}
