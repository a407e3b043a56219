package nl.overheid.recordingpolicy.adapter.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One token bucket per caller: {@code perSecond} tokens a second, at most one second's worth saved up (so a caller
 * may send a burst of {@code perSecond} requests after a pause). The map holds at most {@code maxCallers} buckets, so
 * that many callers (or forged addresses) cannot make the limiter itself use unbounded memory: when it is full,
 * buckets that have refilled completely are dropped (they hold nothing a new bucket would not; at most once a
 * second), and a caller for whom there is still no room shares one overflow bucket with every other such caller.
 */
final class TokenBuckets {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final int perSecond;
    private final int maxCallers;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Bucket overflow;
    /** A full map is swept at most once a second: a sweep walks every bucket, and must not happen per request. */
    private final AtomicLong lastSweep;

    TokenBuckets(int perSecond, int maxCallers, LongSupplier nanoTime) {
        if (perSecond < 1 || maxCallers < 1) {
            throw new IllegalArgumentException("perSecond and maxCallers must be positive");
        }
        this.perSecond = perSecond;
        this.maxCallers = maxCallers;
        this.nanoTime = nanoTime;
        long now = nanoTime.getAsLong();
        this.overflow = new Bucket(perSecond, now);
        this.lastSweep = new AtomicLong(now - NANOS_PER_SECOND);
    }

    int perSecond() {
        return perSecond;
    }

    /** The number of callers with a bucket of their own (never more than maxCallers). */
    int callers() {
        return buckets.size();
    }

    /**
     * Takes a token for this caller.
     *
     * @return 0 when the request may go on, otherwise the nanoseconds until the caller's next token
     */
    long tryAcquire(String caller) {
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.get(caller);
        if (bucket == null) {
            bucket = admit(caller, now);
        }
        return bucket.tryAcquire(now);
    }

    private Bucket admit(String caller, long now) {
        long swept = lastSweep.get();
        if (buckets.size() >= maxCallers && now - swept >= NANOS_PER_SECOND && lastSweep.compareAndSet(swept, now)) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        if (buckets.size() >= maxCallers) {
            return overflow;
        }
        // Two threads may both pass the size check; computeIfAbsent keeps one bucket per caller, and the map grows
        // past maxCallers by at most the number of request threads.
        return buckets.computeIfAbsent(caller, key -> new Bucket(perSecond, now));
    }

    private static final class Bucket {

        private final int capacity;
        private final long nanosPerToken;
        private double tokens;
        private long refilledAt;

        Bucket(int perSecond, long now) {
            this.capacity = perSecond;
            this.nanosPerToken = NANOS_PER_SECOND / perSecond;
            this.tokens = perSecond;
            this.refilledAt = now;
        }

        synchronized long tryAcquire(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) * nanosPerToken));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            long elapsed = now - refilledAt;
            if (elapsed > 0) {
                tokens = Math.min(capacity, tokens + (double) elapsed / nanosPerToken);
                refilledAt = now;
            }
        }
    }
}
