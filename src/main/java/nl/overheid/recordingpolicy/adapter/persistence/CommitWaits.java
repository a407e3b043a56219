package nl.overheid.recordingpolicy.adapter.persistence;

import java.util.Arrays;
import java.util.Locale;

/**
 * How long decisions waited for the group commit of their decision-log record, from queueing the record to its
 * commit, over one window of time: the figure an auditor's "durable before the answer" costs a caller. Kept in
 * power-of-two buckets of microseconds (a fixed, allocation-free record per decision); a percentile is reported as
 * its bucket's upper bound, so it is never understated. Used by the one writer thread only.
 */
final class CommitWaits {

    private static final int BUCKETS = 40;

    private final long[] counts = new long[BUCKETS];
    private long records;
    private long commits;
    private long maxNanos;

    /** A batch of records committed; each of {@code waitNanos} is one record's wait. */
    void committed(long[] waitNanos, int size) {
        commits++;
        for (int i = 0; i < size; i++) {
            long wait = Math.max(0, waitNanos[i]);
            counts[bucket(wait)]++;
            maxNanos = Math.max(maxNanos, wait);
        }
        records += size;
    }

    boolean isEmpty() {
        return records == 0;
    }

    /** The window in one line, e.g. for the server log; then starts a new window. */
    String summaryAndReset(long windowSeconds) {
        String summary = String.format(Locale.ROOT,
                "Decision log, last %d s: %d records in %d commits (%.1f per commit); a decision waited for its"
                        + " commit p50 <= %.2f ms, p99 <= %.2f ms, max %.2f ms",
                windowSeconds, records, commits, (double) records / commits,
                percentileMillis(50), percentileMillis(99), maxNanos / 1e6);
        Arrays.fill(counts, 0);
        records = 0;
        commits = 0;
        maxNanos = 0;
        return summary;
    }

    /** The upper bound of the bucket that holds the given percentile, in milliseconds (capped by the maximum). */
    double percentileMillis(int percentile) {
        long rank = (long) Math.ceil(records * percentile / 100.0);
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank && counts[i] > 0) {
                return Math.min(upperBoundNanos(i), maxNanos) / 1e6;
            }
        }
        return maxNanos / 1e6;
    }

    /** Bucket 0 holds waits under 1 µs, bucket i (i ≥ 1) those from 2^(i-1) µs up to 2^i µs. */
    private static int bucket(long nanos) {
        long micros = nanos / 1_000;
        return Math.min(BUCKETS - 1, 64 - Long.numberOfLeadingZeros(micros));
    }

    private static long upperBoundNanos(int bucket) {
        return (1L << bucket) * 1_000;
    }
}
