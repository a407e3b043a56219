package nl.overheid.recordingpolicy.domain.policy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people read them in explanations: "donderdag 7 mei 2026" / "Thursday 7 May 2026".
 *
 * <p>Every decision formats two to four dates in two languages; through {@link DateTimeFormatter} that was the
 * largest cost of a decision (JMH, docs/findings.md). The names are therefore looked up in tables of our own.
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

    /**
     * The texts of the days a decision names are kept once made, for the days the gateway accepts (2014–2099, see
     * SupportedDates): the same few dates (today, a deadline, a conversation date) come back in decision after
     * decision. Two arrays of references, ~125 KB each, filled as dates are asked for; a String is immutable, so a
     * thread that reads an entry another thread is writing sees either null (and makes the text itself) or the
     * whole text. Measured against making the text each time (JMH {@code recordingDecision}, 2026-12-03, the quiet
     * 2-core AMD EPYC benchmark machine, Java 17, four alternating rounds each): median 1.83 M against 1.62 M ops/s,
     * so the cache stays.
     */
    private static final long FIRST_CACHED_DAY = LocalDate.of(2014, 1, 1).toEpochDay();
    private static final int CACHED_DAYS = (int) (LocalDate.of(2100, 1, 1).toEpochDay() - FIRST_CACHED_DAY);
    private static final String[] DUTCH_TEXTS = new String[CACHED_DAYS];
    private static final String[] ENGLISH_TEXTS = new String[CACHED_DAYS];

    private DateText() {
    }

    /** The date in both languages, as a text parameter. */
    public static BilingualText of(LocalDate date) {
        return new BilingualText(nl(date), en(date));
    }

    public static String nl(LocalDate date) {
        return cached(date, DUTCH_TEXTS, DUTCH_DAYS, DUTCH_MONTHS, DUTCH);
    }

    public static String en(LocalDate date) {
        return cached(date, ENGLISH_TEXTS, ENGLISH_DAYS, ENGLISH_MONTHS, ENGLISH);
    }

    private static String cached(LocalDate date, String[] texts, String[] days, String[] months,
                                 DateTimeFormatter fallback) {
        long index = date.toEpochDay() - FIRST_CACHED_DAY;
        if (index < 0 || index >= CACHED_DAYS) {
            return format(date, days, months, fallback);
        }
        String text = texts[(int) index];
        if (text == null) {
            text = format(date, days, months, fallback);
            texts[(int) index] = text;
        }
        return text;
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
