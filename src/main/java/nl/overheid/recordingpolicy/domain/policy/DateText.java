package nl.overheid.recordingpolicy.domain.policy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people read them in explanations: "donderdag 7 mei 2026" / "Thursday 7 May 2026".
 *
 * <p>Every decision formats two to four dates in two languages; through {@link DateTimeFormatter} that was the
 * largest cost of a decision (JMH, bench/FINDINGS.md). The names are therefore looked up in tables of our own.
 * {@code DateTextTest} checks, for every day of several centuries, that the result is exactly what the
 * formatter with the same pattern and locale gives; the formatter is still used for years outside 1000–9999.
 */
public final class DateText {

    static final String PATTERN = "EEEE d MMMM yyyy";
    static final Locale DUTCH_LOCALE = Locale.forLanguageTag("nl-NL");
    static final Locale ENGLISH_LOCALE = Locale.UK;

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern(PATTERN, DUTCH_LOCALE);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern(PATTERN, ENGLISH_LOCALE);

    private static final String[] DUTCH_DAYS = {
            "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"};
    private static final String[] DUTCH_MONTHS = {
            "januari", "februari", "maart", "april", "mei", "juni",
            "juli", "augustus", "september", "oktober", "november", "december"};
    private static final String[] ENGLISH_DAYS = {
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] ENGLISH_MONTHS = {
            "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December"};

    private DateText() {
    }

    public static String nl(LocalDate date) {
        return format(date, DUTCH_DAYS, DUTCH_MONTHS, DUTCH);
    }

    public static String en(LocalDate date) {
        return format(date, ENGLISH_DAYS, ENGLISH_MONTHS, ENGLISH);
    }

    private static String format(LocalDate date, String[] days, String[] months, DateTimeFormatter fallback) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return fallback.format(date);
        }
        return days[date.getDayOfWeek().ordinal()] + ' ' + date.getDayOfMonth() + ' '
                + months[date.getMonthValue() - 1] + ' ' + year;
    }
}
