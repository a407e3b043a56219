package nl.overheid.recordingpolicy.domain.policy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.overheid.recordingpolicy.domain.calendar.NonWorkingDayReason;

/**
 * The gateway's own texts ({@link GatewayText}), read from its texts file at start and handed to the policy set: the
 * domain fills them and holds none itself. Checked when made, so that an answer never meets a missing text or a
 * parameter it does not give: every key has its text, and each language names the same parameters, all of them given
 * by the code.
 */
public final class GatewayTexts {

    private final Map<GatewayText, BilingualText> texts;

    /** @throws IllegalArgumentException naming the text's id, when a key has no text or one {@link #check} refuses */
    public GatewayTexts(Map<GatewayText, BilingualText> texts) {
        Map<GatewayText, BilingualText> all = new EnumMap<>(GatewayText.class);
        for (GatewayText key : GatewayText.values()) {
            BilingualText text = texts.get(key);
            if (text == null) {
                throw new IllegalArgumentException("there is no text " + key.id() + ", which the gateway uses");
            }
            all.put(key, check(key, text));
        }
        this.texts = all;
    }

    /**
     * The text, if it can stand for {@code key}: both languages name the same parameters, and only ones the code
     * gives.
     *
     * @throws IllegalArgumentException naming the text's id otherwise
     */
    public static BilingualText check(GatewayText key, BilingualText text) {
        if (!text.namesTheSameParameters()) {
            throw new IllegalArgumentException("text " + key.id() + " names other parameters in Dutch than in English");
        }
        Set<String> used = text.parameterNames();
        if (!key.parameters().containsAll(used)) {
            throw new IllegalArgumentException("text " + key.id() + " uses " + used + ", but here "
                    + (key.parameters().isEmpty() ? "no parameters are" : "only " + key.parameters() + " are")
                    + " given");
        }
        return text;
    }

    /** The text as written, parameters unfilled. */
    public BilingualText text(GatewayText key) {
        return texts.get(Objects.requireNonNull(key, "key"));
    }

    /** The text with its parameters filled (see {@link BilingualText#fill}). */
    public BilingualText fill(GatewayText key, Map<String, BilingualText> parameters) {
        return text(key).fill(parameters);
    }

    public BilingualText name(ConsentGrantor grantor) {
        return text(GatewayText.of(grantor));
    }

    public BilingualText name(Medium medium) {
        return text(GatewayText.of(medium));
    }

    public BilingualText name(Usage usage) {
        return text(GatewayText.of(usage));
    }

    public BilingualText name(NonWorkingDayReason reason) {
        return text(GatewayText.of(reason));
    }
}
