package nl.overheid.recordingpolicy.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DecisionIdsTest {

    @Test
    void isAVersion7UuidInCanonicalFormCarryingTheMillisecond() {
        Instant now = Instant.parse("2026-11-29T20:15:30.123Z");
        String id = DecisionIds.next(now);
        UUID uuid = UUID.fromString(id);
        assertEquals(id, uuid.toString(), "canonical form");
        assertEquals(7, uuid.version());
        assertEquals(2, uuid.variant(), "RFC 9562 variant");
        assertEquals(now.toEpochMilli(), uuid.getMostSignificantBits() >>> 16, "unix_ts_ms in the first 48 bits");
    }

    @Test
    void theRfcExampleLayout() {
        // RFC 9562, appendix A.6: 2022-02-22T19:22:22.000Z with its random bits gives this UUID.
        UUID expected = UUID.fromString("017f22e2-79b0-7cc3-98c4-dc0c0c07398f");
        assertEquals(expected, DecisionIds.of(0x017F22E279B0L, 0xCC3L, 0x18C4DC0C0C07398FL));
    }

    @Test
    void laterDecisionsSortAfterEarlierOnesAsText() {
        String earlier = DecisionIds.next(Instant.parse("2026-11-29T20:15:30.123Z"));
        String later = DecisionIds.next(Instant.parse("2026-11-29T20:15:30.124Z"));
        assertTrue(earlier.compareTo(later) < 0, earlier + " before " + later);
    }

    @Test
    void idsOfTheSameMillisecondDiffer() {
        Instant now = Instant.parse("2026-11-29T20:15:30.123Z");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(DecisionIds.next(now));
        }
        assertEquals(10_000, ids.size());
        assertNotEquals(DecisionIds.of(1, 0, 0), DecisionIds.of(1, 0, 1));
    }

    @Test
    void refusesMomentsOutsideTheFortyEightBits() {
        assertThrows(IllegalArgumentException.class, () -> DecisionIds.of(-1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> DecisionIds.of(1L << 48, 0, 0));
    }
}
