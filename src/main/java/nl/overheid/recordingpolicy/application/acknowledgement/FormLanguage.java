package nl.overheid.recordingpolicy.application.acknowledgement;

import java.util.Locale;
import java.util.Optional;

/** The languages a form is printed in: Dutch, the language of the rules, and English. */
public enum FormLanguage {
    NL(Locale.forLanguageTag("nl-NL")),
    EN(Locale.ENGLISH);

    private final Locale locale;

    FormLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language tag, "nl" or "en", as the {@code lang} parameter and HTML's lang attribute write it. */
    public String tag() {
        return locale.getLanguage();
    }

    /** "nl" or "en"; anything else is no language a form is printed in. */
    public static Optional<FormLanguage> ofTag(String tag) {
        for (FormLanguage language : values()) {
            if (language.tag().equals(tag)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
