package nl.overheid.recordingpolicy.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CommitWaitsTest {

    private static long[] waits(int count, double millis) {
        long[] waits = new long[count];
        Arrays.fill(waits, (long) (millis * 1_000_000));
        return waits;
    }

    @Test
    void percentilesAreTheUpperBoundOfTheirBucketAndNeverBelowTheWait() {
        CommitWaits waits = new CommitWaits();
        waits.committed(waits(98, 0.5), 98);
        waits.committed(waits(2, 40), 2);

        // 0.5 ms lies in the bucket [0.256, 0.512) ms; the two slow ones decide the 99th percentile.
        assertEquals(0.512, waits.percentileMillis(50), 1e-9);
        assertEquals(40.0, waits.percentileMillis(99), 1e-9, "capped by the largest wait, not the bucket's bound");
    }

    @Test
    void aBatchCountsOnlyItsOwnRecords() {
        CommitWaits waits = new CommitWaits();
        long[] reused = waits(8, 3);
        reused[5] = 1_000_000_000; // left over from a larger earlier batch: not this one's
        waits.committed(reused, 4);

        assertEquals(3.0, waits.percentileMillis(99), 1e-9);
        assertTrue(waits.summaryAndReset(60).contains("4 records in 1 commits (4.0 per commit)"));
    }

    @Test
    void theSummaryNamesCountsAndWaitsThenStartsANewWindow() {
        CommitWaits waits = new CommitWaits();
        assertTrue(waits.isEmpty());
        waits.committed(waits(3, 1.5), 3);
        waits.committed(waits(1, 0.0001), 1);
        assertFalse(waits.isEmpty());

        assertEquals("Decision log, last 60 s: 4 records in 2 commits (2.0 per commit); a decision waited for its commit"
                + " p50 <= 1.50 ms, p99 <= 1.50 ms, max 1.50 ms", waits.summaryAndReset(60));
        assertTrue(waits.isEmpty(), "a new window");
    }
}
