package nl.overheid.recordingpolicy.testing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tests' own oracle for working days: a hand-written table of the days off in 2024-2030, not the calendar under
 * test. The days are the feasts of the Algemene termijnenwet art. 3 (with Good Friday and 5 May every year, as the
 * gateway reads it, docs/interpretation.md) and the days the published decrees equate with a feast (art. 3 lid 3):
 * 10 May and 27 December 2024 and 30 May 2025 (Stcrt. 2022, 7812), 2 January and 15 May 2026, 7 May 2027, 28 April
 * and 26 May 2028 (Stcrt. 2025, 24713), copied from the decrees' titles, not from the shipped file. 2029 and 2030
 * have no decree yet, so only the statutory feasts. Dates are written out, not computed, so a wrong Easter or a
 * wrong weekend rule in the production calendar cannot hide behind the same mistake here.
 */
public final class KnownWorkingDays {

    public static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2030, 12, 31);

    private static final Set<LocalDate> DAYS_OFF = """
            2024-01-01 2024-03-29 2024-04-01 2024-04-27 2024-05-05 2024-05-09 2024-05-10 2024-05-20 2024-12-25 2024-12-26
            2024-12-27
            2025-01-01 2025-04-18 2025-04-21 2025-04-26 2025-05-05 2025-05-29 2025-05-30 2025-06-09 2025-12-25 2025-12-26
            2026-01-01 2026-01-02 2026-04-03 2026-04-06 2026-04-27 2026-05-05 2026-05-14 2026-05-15 2026-05-25
            2026-12-25 2026-12-26
            2027-01-01 2027-03-26 2027-03-29 2027-04-27 2027-05-05 2027-05-06 2027-05-07 2027-05-17 2027-12-25
            2027-12-26
            2028-01-01 2028-04-14 2028-04-17 2028-04-27 2028-04-28 2028-05-05 2028-05-25 2028-05-26 2028-06-05
            2028-12-25 2028-12-26
            2029-01-01 2029-03-30 2029-04-02 2029-04-27 2029-05-05 2029-05-10 2029-05-21 2029-12-25 2029-12-26
            2030-01-01 2030-04-19 2030-04-22 2030-04-27 2030-05-05 2030-05-30 2030-06-10 2030-12-25 2030-12-26
            """.lines().flatMap(line -> java.util.Arrays.stream(line.trim().split(" +")))
            .filter(text -> !text.isEmpty())
            .map(LocalDate::parse)
            .collect(Collectors.toUnmodifiableSet());

    private KnownWorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !DAYS_OFF.contains(date);
    }

    /** The n-th working day before {@code date}: the deadline of a request made n working days ahead. */
    public static LocalDate workingDaysBefore(LocalDate date, int n) {
        LocalDate day = date;
        for (int found = 0; found < n; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                found++;
            }
        }
        return day;
    }

    private static void requireCovered(LocalDate date) {
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new IllegalArgumentException(date + " lies outside the known table (" + FIRST + " to " + LAST
                    + "): extend KnownWorkingDays");
        }
    }
}
