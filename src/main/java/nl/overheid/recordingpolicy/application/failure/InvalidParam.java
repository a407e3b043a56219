package nl.overheid.recordingpolicy.application.failure;

import java.util.Comparator;

/** One field of a request that cannot be accepted, named as in the contracts, and why. */
public record InvalidParam(String name, String reason) {

    /** Field name first, so every protocol lists the same problems in the same order. */
    public static final Comparator<InvalidParam> ORDER =
            Comparator.comparing(InvalidParam::name).thenComparing(InvalidParam::reason);
}
