package nl.overheid.recordingpolicy.domain.policy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A human-readable text in Dutch (the language of the rules) and English. A text from a policy file may hold named
 * parameters, {@code {deadline}}, that {@link #fill(Map)} replaces with the value in the same language.
 */
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

    /**
     * This text with every {@code {name}} replaced by the parameter's text in the same language.
     *
     * @throws IllegalArgumentException if the text names a parameter that is not given
     */
    public BilingualText fill(Map<String, BilingualText> parameters) {
        return new BilingualText(fill(nl, parameters, true), fill(en, parameters, false));
    }

    /** The names of the parameters the text uses, in either language. */
    public Set<String> parameterNames() {
        Set<String> names = new TreeSet<>();
        for (String text : List.of(nl, en)) {
            int open = text.indexOf('{');
            while (open >= 0) {
                int close = text.indexOf('}', open);
                if (close < 0) {
                    break;
                }
                names.add(text.substring(open + 1, close));
                open = text.indexOf('{', close);
            }
        }
        return names;
    }

    private static String fill(String text, Map<String, BilingualText> parameters, boolean dutch) {
        int open = text.indexOf('{');
        if (open < 0) {
            return text;
        }
        StringBuilder filled = new StringBuilder(text.length() + 32);
        int from = 0;
        while (open >= 0) {
            int close = text.indexOf('}', open);
            if (close < 0) {
                break;
            }
            String name = text.substring(open + 1, close);
            BilingualText value = parameters.get(name);
            if (value == null) {
                throw new IllegalArgumentException("no value for parameter {" + name + "} of: " + text);
            }
            filled.append(text, from, open).append(dutch ? value.nl : value.en);
            from = close + 1;
            open = text.indexOf('{', from);
        }
        return filled.append(text, from, text.length()).toString();
    }
}
