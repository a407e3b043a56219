package nl.overheid.recordingpolicy.domain.acknowledgement;

import nl.overheid.recordingpolicy.domain.consent.ConsentReferences;

/**
 * References of acknowledgements: {@code "AK-"} and the same 26 characters of Crockford base32 (128 random bits) a
 * consent request's reference has, for the same reason: names are behind it, so it must not be guessable.
 */
public final class AcknowledgementReferences {

    public static final String PREFIX = "AK-";

    private AcknowledgementReferences() {
    }

    public static String newReference() {
        return PREFIX + ConsentReferences.newReference().substring(ConsentReferences.PREFIX.length());
    }

    /** The exact form {@link #newReference()} produces. */
    public static boolean isWellFormed(String candidate) {
        return candidate != null && candidate.startsWith(PREFIX)
                && ConsentReferences.isWellFormed(ConsentReferences.PREFIX + candidate.substring(PREFIX.length()));
    }
}
