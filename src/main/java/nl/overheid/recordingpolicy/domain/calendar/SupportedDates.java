package nl.overheid.recordingpolicy.domain.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Dates the gateway can reason about. The working-day calendar applies the Algemene termijnenwet as it reads
 * today, which holds from 2014 (when Koningsdag replaced Koninginnedag on 30 April); the upper bound keeps
 * requests plausible rather than computing deadlines for the year 9999.
 */
public final class SupportedDates {

    public static final LocalDate FIRST = LocalDate.of(2014, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2099, 12, 31);

    private SupportedDates() {
    }

    /** Parses strictly (ISO_LOCAL_DATE: no time, no zone, no week dates); empty when the text is not a date. */
    public static Optional<LocalDate> parse(String text) {
        try {
            return Optional.of(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static boolean supports(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }
}
