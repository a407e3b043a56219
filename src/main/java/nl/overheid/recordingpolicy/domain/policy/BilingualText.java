package nl.overheid.recordingpolicy.domain.policy;

import java.util.List;
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

    /**
     * The texts one after the other, as {@code first.then(second).then(...)} would give them, but each language
     * copied once: a decision's explanation has four to six sentences, and joining them pairwise copied the whole
     * text again for every sentence (JMH of the recording decision, docs/findings.md).
     *
     * @throws IllegalArgumentException if there is no text
     */
    public static BilingualText join(List<BilingualText> texts) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("nothing to join");
        }
        if (texts.size() == 1) {
            return texts.get(0);
        }
        int nlLength = texts.size() - 1;
        int enLength = texts.size() - 1;
        for (BilingualText text : texts) {
            nlLength += text.nl.length();
            enLength += text.en.length();
        }
        StringBuilder nl = new StringBuilder(nlLength);
        StringBuilder en = new StringBuilder(enLength);
        for (int i = 0; i < texts.size(); i++) {
            if (i > 0) {
                nl.append(' ');
                en.append(' ');
            }
            nl.append(texts.get(i).nl);
            en.append(texts.get(i).en);
        }
        return new BilingualText(nl.toString(), en.toString());
    }
}
