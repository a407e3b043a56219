package nl.overheid.recordingpolicy.domain.consent;

import java.security.SecureRandom;

/**
 * Opaque, unguessable references for consent requests: {@code "CR-"} followed by 26 characters of Crockford
 * base32 (no padding), e.g. {@code CR-3J8Z0K6D2W9QXN4T7VB1M5R8HC}.
 *
 * <p>Why 128 random bits: a request carries no citizen identity, so whoever holds the reference can look it up;
 * the reference must therefore be a secret nobody can guess or enumerate. With 2<sup>128</sup> possibilities, an
 * attacker making a billion guesses a second against a billion stored requests needs on average more than
 * 10<sup>12</sup> years for one hit, and the chance that two of even 10<sup>15</sup> references collide stays
 * below 10<sup>-8</sup>, so no uniqueness check against storage is needed. 128 bits is also what a random UUID
 * (122) and session identifiers are sized to. The bits come from {@link SecureRandom}, not {@code Random}, whose
 * output can be predicted from a few samples.
 *
 * <p>Crockford base32 leaves out I, L, O and U, so a reference read out over the phone cannot be confused with
 * 1 and 0. 128 bits take 25.6 characters; the first character carries the 3 highest bits and is therefore
 * always 0&ndash;7.
 */
public final class ConsentReferences {

    public static final String PREFIX = "CR-";

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int CHARACTERS = 26;

    /** 128 bits padded with 2 zero bits on top: 26 characters of 5 bits each. */
    private static final int BITS = CHARACTERS * 5;

    /** Thread-safe; one instance so the seeding cost is paid once. */
    private static final SecureRandom RANDOM = new SecureRandom();

    private ConsentReferences() {
    }

    public static String newReference() {
        long high = RANDOM.nextLong();
        long low = RANDOM.nextLong();
        StringBuilder reference = new StringBuilder(PREFIX.length() + CHARACTERS).append(PREFIX);
        for (int character = 0; character < CHARACTERS; character++) {
            int value = 0;
            int topBit = BITS - 1 - 5 * character;
            for (int bit = topBit; bit > topBit - 5; bit--) {
                value = (value << 1) | bit(high, low, bit);
            }
            reference.append(ALPHABET.charAt(value));
        }
        return reference.toString();
    }

    /**
     * Whether {@code candidate} has the exact form {@link #newReference()} produces: prefix, 26 upper-case Crockford
     * characters, the first 0&ndash;7. Only the canonical form is accepted, so one request has exactly one
     * reference string; an adapter that wants to be lenient upper-cases input first.
     */
    public static boolean isWellFormed(String candidate) {
        if (candidate == null || candidate.length() != PREFIX.length() + CHARACTERS || !candidate.startsWith(PREFIX)) {
            return false;
        }
        for (int index = PREFIX.length(); index < candidate.length(); index++) {
            if (ALPHABET.indexOf(candidate.charAt(index)) < 0) {
                return false;
            }
        }
        return candidate.charAt(PREFIX.length()) <= '7';
    }

    /** Bit {@code index} (0 = least significant) of the 128-bit number high:low; bits 128 and 129 are padding. */
    private static int bit(long high, long low, int index) {
        if (index >= 128) {
            return 0;
        }
        return (int) ((index >= 64 ? high >>> (index - 64) : low >>> index) & 1L);
    }
}
