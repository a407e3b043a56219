package nl.overheid.recordingpolicy.adapter.question;

import java.time.LocalDate;
import java.util.Optional;

import nl.overheid.recordingpolicy.domain.calendar.SupportedDates;
import nl.overheid.recordingpolicy.domain.consent.ConsentReference;

/**
 * Conversions of text the parsers have validated already: none can fail on such text, so each throws where the
 * validation it relies on was skipped.
 */
final class ValidatedText {

    private ValidatedText() {
    }

    static LocalDate date(String validated) {
        return SupportedDates.parse(validated)
                .orElseThrow(() -> new IllegalArgumentException("not validated as a date: " + validated));
    }

    static Optional<LocalDate> optionalDate(String validated) {
        return Optional.ofNullable(validated).map(ValidatedText::date);
    }

    static Optional<ConsentReference> optionalConsentReference(String validated) {
        return Optional.ofNullable(validated).map(ConsentReference::new);
    }

    static <E extends Enum<E>> Optional<E> optionalConstant(Class<E> type, String validated) {
        return Optional.ofNullable(validated).map(name -> Enum.valueOf(type, name));
    }
}
