package nl.overheid.recordingpolicy.application.failure;

import java.util.Locale;
import java.util.ResourceBundle;

import nl.overheid.recordingpolicy.domain.Reason;
import nl.overheid.recordingpolicy.domain.Refusal;

/**
 * The words of the reasons the code gives ({@link Reason}), from the same catalogue Bean Validation words the
 * constraints' reasons with ({@code ValidationMessages*.properties}), so that a field is refused in one voice
 * whichever check refused it and a translator finds every reason in one place. Always English, the language of the
 * answers (REST problem details, SOAP faults, AuthZEN errors): the root locale finds the base bundle, which is
 * English, where a bundle asked for {@code en} would fall back to the server's default locale (Dutch on a Dutch
 * machine), as {@code adapter.question.InputValidator} explains.
 *
 * <p>Here rather than in the domain, which names reasons but holds no text; a plain class rather than a bean, since
 * the catalogue is fixed at build time and read once.
 */
public final class ReasonTexts {

    /** The catalogue's base name, as Hibernate Validator looks it up. */
    public static final String CATALOGUE = "ValidationMessages";

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(CATALOGUE, Locale.ROOT,
            ReasonTexts.class.getClassLoader());

    private ReasonTexts() {
    }

    /** The refusal's text in English, its values filled in. */
    public static String english(Refusal refusal) {
        return filled(ENGLISH.getString(refusal.reason().key()), refusal);
    }

    /** The reason's text in English, with {@code values} in the order {@link Reason#parameters()} names them. */
    public static String english(Reason reason, Object... values) {
        return english(Refusal.of(reason, values));
    }

    /** {@code text} with each {@code {name}} of the refusal's reason replaced by its value. */
    static String filled(String text, Refusal refusal) {
        String filled = text;
        for (int i = 0; i < refusal.values().size(); i++) {
            filled = filled.replace("{" + refusal.reason().parameters().get(i) + "}", refusal.values().get(i));
        }
        return filled;
    }
}
