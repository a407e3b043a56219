package nl.overheid.recordingpolicy.domain.policy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people read them in explanations: "donderdag 7 mei 2026" / "Thursday 7 May 2026". */
public final class DateText {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private DateText() {
    }

    public static String nl(LocalDate date) {
        return DUTCH.format(date);
    }

    public static String en(LocalDate date) {
        return ENGLISH.format(date);
    }
}
