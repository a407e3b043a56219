package nl.overheid.recordingpolicy.application.audit;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * Identifiers of decisions: UUID version 7 (RFC 9562, section 5.7), 48 bits of Unix milliseconds followed by 74
 * random bits. Still a UUID in canonical form, as both contracts promise, and as hard to guess as a random one
 * for anyone who does not already know the moment of the decision. Why not version 4: the decision id is the
 * primary key of the decision log, and a random key sends every insert to a random page of its index, which
 * the database must then read, change and write back (on the embedded H2, pages read into the server's own heap);
 * keys that grow with time all go to the last page. Ids made within the same millisecond are not ordered among
 * themselves; nothing relies on that (records carry their own timestamp). Written here rather than taken from a
 * library: the JDK (up to 25) has no version 7 generator, Hibernate's UuidVersion7Strategy would tie the application
 * layer to Hibernate's internals, and no UUID library is in the server; the layout is a few shifts, tested bit by bit.
 */
public final class DecisionIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_MASK = 0x3FFF_FFFF_FFFF_FFFFL;
    private static final long VARIANT_RFC = 0x8000_0000_0000_0000L;

    private DecisionIds() {
    }

    /** A new decision id for a decision made at {@code now}. */
    public static String next(Instant now) {
        return of(now.toEpochMilli(), RANDOM.nextLong(), RANDOM.nextLong()).toString();
    }

    /** The UUID with these milliseconds and random bits (only the bits the layout leaves free are used). */
    static UUID of(long epochMillis, long randomHigh, long randomLow) {
        if (epochMillis < 0 || epochMillis >>> 48 != 0) {
            throw new IllegalArgumentException("milliseconds outside UUIDv7's 48 bits: " + epochMillis);
        }
        long mostSignificant = epochMillis << 16 | VERSION_7 | randomHigh & 0x0FFFL;
        long leastSignificant = randomLow & VARIANT_MASK | VARIANT_RFC;
        return new UUID(mostSignificant, leastSignificant);
    }
}
