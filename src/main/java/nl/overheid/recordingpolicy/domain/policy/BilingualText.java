package nl.overheid.recordingpolicy.domain.policy;

import java.util.Objects;

/** A human-readable text in Dutch (the language of the rules) and English. */
public record BilingualText(String nl, String en) {

    public BilingualText {
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(en, "en");
    }

    /** Joins two texts sentence by sentence, keeping the languages apart. */
    public BilingualText then(BilingualText next) {
        return new BilingualText(nl + " " + next.nl, en + " " + next.en);
    }
}
