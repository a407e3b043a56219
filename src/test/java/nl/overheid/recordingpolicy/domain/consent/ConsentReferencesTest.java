package nl.overheid.recordingpolicy.domain.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

/** References are the only key to a request: well formed, unique, and spread over all 128 bits. */
class ConsentReferencesTest {

    private static final int DRAWS = 100_000;

    @Test
    void newReferencesAreWellFormedAndUniqueOverAHundredThousandDraws() {
        Set<String> seen = new HashSet<>();
        for (int draw = 0; draw < DRAWS; draw++) {
            String reference = ConsentReferences.newReference();
            assertTrue(ConsentReferences.isWellFormed(reference), reference);
            assertTrue(seen.add(reference), () -> "drawn twice: " + reference);
        }
        assertEquals(DRAWS, seen.size());
    }

    @Test
    void aReferenceIsThePrefixAndTwentySixCrockfordCharacters() {
        String reference = ConsentReferences.newReference();

        assertTrue(reference.matches("CR-[0-7][0-9A-HJKMNP-TV-Z]{25}"), reference);
    }

    /**
     * Each of the 25 full characters must take all 32 values and the first all 8, or some bits are not random (a
     * shifted or truncated encoding would leave characters stuck). With 10,000 draws a value is missed only with a
     * probability below 10<sup>-130</sup>.
     */
    @Test
    void everyPositionTakesEveryValueItCan() {
        List<Set<Character>> seen = new ArrayList<>();
        for (int position = 0; position < 26; position++) {
            seen.add(new HashSet<>());
        }
        for (int draw = 0; draw < 10_000; draw++) {
            String reference = ConsentReferences.newReference();
            for (int position = 0; position < 26; position++) {
                seen.get(position).add(reference.charAt(3 + position));
            }
        }
        assertEquals(8, seen.get(0).size(), "the first character carries 3 bits: " + seen.get(0));
        for (int position = 1; position < 26; position++) {
            assertEquals(32, seen.get(position).size(), "position " + position + ": " + seen.get(position));
        }
    }

    @ParameterizedTest(name = "[{0}] is well formed")
    @CsvSource(textBlock = """
            CR-00000000000000000000000000
            CR-7ZZZZZZZZZZZZZZZZZZZZZZZZZ
            CR-3J8Z0K6D2W9QXN4T7VB1M5R8HC
            """)
    void theCanonicalFormIsAccepted(String reference) {
        assertTrue(ConsentReferences.isWellFormed(reference));
    }

    @ParameterizedTest(name = "[{0}] is not well formed")
    @NullAndEmptySource
    @CsvSource(textBlock = """
            # the prefix alone, or a wrong prefix
            CR-
            XX-3J8Z0K6D2W9QXN4T7VB1M5R8HC
            cr-3J8Z0K6D2W9QXN4T7VB1M5R8HC
            CR_3J8Z0K6D2W9QXN4T7VB1M5R8HC
            3J8Z0K6D2W9QXN4T7VB1M5R8HCAB
            # one character short or long
            CR-3J8Z0K6D2W9QXN4T7VB1M5R8H
            CR-3J8Z0K6D2W9QXN4T7VB1M5R8HCA
            # lower case, and the letters Crockford leaves out: I L O U
            CR-3j8z0k6d2w9qxn4t7vb1m5r8hc
            CR-3J8Z0K6D2W9QXN4T7VB1M5R8HI
            CR-3J8Z0K6D2W9QXN4T7VB1M5R8HL
            CR-3J8Z0K6D2W9QXN4T7VB1M5R8HO
            CR-3J8Z0K6D2W9QXN4T7VB1M5R8HU
            # more than 128 bits: the first character is at most 7
            CR-8J8Z0K6D2W9QXN4T7VB1M5R8HC
            CR-ZZZZZZZZZZZZZZZZZZZZZZZZZZ
            # padding, spaces, a UUID
            CR-3J8Z0K6D2W9QXN4T7VB1M5R8==
            ' CR-3J8Z0K6D2W9QXN4T7VB1M5R8HC'
            'CR-3J8Z0K6D2W9QXN4T7VB1 5R8HC'
            123e4567-e89b-12d3-a456-426614174000
            """)
    void garbageIsNotWellFormed(String candidate) {
        assertFalse(ConsentReferences.isWellFormed(candidate));
    }
}
