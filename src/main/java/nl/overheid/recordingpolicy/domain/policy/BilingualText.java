package nl.overheid.recordingpolicy.domain.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

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
        Set<String> names = parameterNames(nl);
        names.addAll(parameterNames(en));
        return names;
    }

    /** Whether the Dutch and the English text use the same parameters: both get the same values. */
    public boolean namesTheSameParameters() {
        return parameterNames(nl).equals(parameterNames(en));
    }

    private static Set<String> parameterNames(String text) {
        Set<String> names = new TreeSet<>();
        int open = text.indexOf('{');
        while (open >= 0) {
            int close = text.indexOf('}', open);
            if (close < 0) {
                break;
            }
            names.add(text.substring(open + 1, close));
            open = text.indexOf('{', close);
        }
        return names;
    }

    private static String fill(String text, Map<String, BilingualText> parameters, boolean dutch) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        Template template = TEMPLATES.get(text);
        if (template == null) {
            template = Template.parse(text);
            if (TEMPLATES.size() < MAX_TEMPLATES) {
                TEMPLATES.put(text, template);
            }
        }
        return template.fill(parameters, dutch, text);
    }

    /**
     * A text with parameters, split once into its literal parts and parameter names. Filling the same texts again
     * and again (the deadline sentence of every recording decision) cut them up and hashed new name strings every
     * time: {@code fill} was 27% of JMH {@code recordingDecision} (2026-12-03, docs/findings.md). The texts with
     * parameters are those of the policy files and the gateway's own, a fixed set of some dozens; the bound only
     * keeps a text filled by mistake from making the map grow.
     */
    private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();
    private static final int MAX_TEMPLATES = 1_000;

    private record Template(String[] literals, String[] names) {

        /** {@code literals[0] names[0] literals[1] ... names[n-1] literals[n]}. */
        static Template parse(String text) {
            List<String> literals = new ArrayList<>();
            List<String> names = new ArrayList<>();
            int from = 0;
            int open = text.indexOf('{');
            while (open >= 0) {
                int close = text.indexOf('}', open);
                if (close < 0) {
                    break;
                }
                literals.add(text.substring(from, open));
                names.add(text.substring(open + 1, close));
                from = close + 1;
                open = text.indexOf('{', from);
            }
            literals.add(text.substring(from));
            return new Template(literals.toArray(String[]::new), names.toArray(String[]::new));
        }

        String fill(Map<String, BilingualText> parameters, boolean dutch, String text) {
            StringBuilder filled = new StringBuilder(text.length() + 32);
            for (int i = 0; i < names.length; i++) {
                BilingualText value = parameters.get(names[i]);
                if (value == null) {
                    throw new IllegalArgumentException("no value for parameter {" + names[i] + "} of: " + text);
                }
                filled.append(literals[i]).append(dutch ? value.nl : value.en);
            }
            return filled.append(literals[names.length]).toString();
        }
    }
}
