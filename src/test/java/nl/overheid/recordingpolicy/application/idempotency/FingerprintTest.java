package nl.overheid.recordingpolicy.application.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void theSameValuesInTheSameOperationGiveTheSameFingerprint() {
        assertEquals(Fingerprint.of("submit").add("GM0000").add(Optional.empty()).toString(),
                Fingerprint.of("submit").add("GM0000").add(Optional.empty()).toString());
    }

    @Test
    void valuesCannotRunIntoEachOther() {
        assertNotEquals(Fingerprint.of("x").add("a;b").add("c").toString(),
                Fingerprint.of("x").add("a").add("b;c").toString());
        assertNotEquals(Fingerprint.of("x").add("ab").add("").toString(),
                Fingerprint.of("x").add("a").add("b").toString());
    }

    @Test
    void anAbsentValueDiffersFromAnyPresentOne() {
        assertNotEquals(Fingerprint.of("x").add(Optional.empty()).toString(), Fingerprint.of("x").add("-").toString());
        assertNotEquals(Fingerprint.of("x").add(Optional.empty()).toString(), Fingerprint.of("x").add("").toString());
    }

    @Test
    void theOperationKeepsEqualValuesOfDifferentRequestsApart() {
        assertNotEquals(Fingerprint.of("decide").add("CR-1").toString(), Fingerprint.of("withdraw").add("CR-1").toString());
    }
}
