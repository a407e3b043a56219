package nl.overheid.recordingpolicy.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "The n-th working day strictly before the date". Expected values were checked against an
 * independent reference implementation (Python, python-dateutil's Easter) of the same rules.
 */
class WorkingDaysBeforeTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.standard();

    @Test
    void workedExampleFromTheBriefSkipsHemelvaartsdagAndTheEquatedFriday() {
        // Monday 18 May 2026, 5 working days: counting back 13, 12, 11, 8, 7 May, because
        // Thursday 14 May (Hemelvaartsdag) and Friday 15 May (equated by decree) do not count.
        assertEquals(LocalDate.of(2026, 5, 7), calendar.workingDaysBefore(LocalDate.of(2026, 5, 18), 5));
    }

    @ParameterizedTest(name = "{0} ({1}), {2} working day(s) before: {3} ({4})")
    @CsvSource(textBlock = """
            # date,     weekday,  n, expected,   expected weekday
            # ordinary weeks: the previous weekday, or Friday for a Monday
            2026-06-10, WEDNESDAY, 1, 2026-06-09, TUESDAY
            2026-06-15, MONDAY,    1, 2026-06-12, FRIDAY
            # Hemelvaartsdag 2026 (Thu 14 May) and the equated Friday 15 May
            2026-05-18, MONDAY,    1, 2026-05-13, WEDNESDAY
            2026-05-18, MONDAY,    5, 2026-05-07, THURSDAY
            2026-06-15, MONDAY,   20, 2026-05-13, WEDNESDAY
            # year boundary: equated 2 Jan 2026, Nieuwjaarsdag, then both Christmas days of 2025
            2026-01-05, MONDAY,    1, 2025-12-31, WEDNESDAY
            2026-01-05, MONDAY,    5, 2025-12-23, TUESDAY
            2027-01-04, MONDAY,    1, 2026-12-31, THURSDAY
            2027-01-04, MONDAY,    5, 2026-12-24, THURSDAY
            2025-01-02, THURSDAY,  1, 2024-12-31, TUESDAY
            # equated Friday 27 December 2024 (Stcrt. 2022, 7812) is skipped too
            2025-01-02, THURSDAY,  5, 2024-12-20, FRIDAY
            # Easter: tweede Paasdag and Goede Vrijdag are both skipped
            2026-04-07, TUESDAY,   1, 2026-04-02, THURSDAY
            2026-04-07, TUESDAY,   5, 2026-03-27, FRIDAY
            2024-04-02, TUESDAY,   5, 2024-03-22, FRIDAY
            2028-04-18, TUESDAY,   1, 2028-04-13, THURSDAY
            2028-04-18, TUESDAY,   5, 2028-04-07, FRIDAY
            # Koningsdag and 5 mei 2026 (Mon 27 April, Tue 5 May)
            2026-05-06, WEDNESDAY, 5, 2026-04-28, TUESDAY
            2026-04-30, THURSDAY,  5, 2026-04-22, WEDNESDAY
            # 2028: 5 mei (Fri), equated Fri 28 April and Koningsdag Thu 27 April
            2028-05-08, MONDAY,    1, 2028-05-04, THURSDAY
            2028-05-08, MONDAY,    5, 2028-04-26, WEDNESDAY
            # 2027: 5 mei (Wed), Hemelvaartsdag (Thu 6 May), equated Fri 7 May, then Koningsdag (Tue 27 April)
            2027-05-10, MONDAY,    1, 2027-05-04, TUESDAY
            2027-05-10, MONDAY,    6, 2027-04-26, MONDAY
            # tweede Pinksterdag 2026 (Mon 25 May)
            2026-05-26, TUESDAY,   1, 2026-05-22, FRIDAY
            2026-05-26, TUESDAY,   5, 2026-05-18, MONDAY
            # edge of the calendar's fast year cache (1900 to 2299): crossing into 1899 works the same
            1900-01-02, TUESDAY,   1, 1899-12-29, FRIDAY
            """)
    void countsBackOverWeekendsFeastsAndEquatedDays(LocalDate date, DayOfWeek weekday, int n,
                                                     LocalDate expected, DayOfWeek expectedWeekday) {
        assertEquals(weekday, date.getDayOfWeek(), "the table row itself is wrong");
        assertEquals(expectedWeekday, expected.getDayOfWeek(), "the table row itself is wrong");
        assertEquals(expected, calendar.workingDaysBefore(date, n));
    }

    @ParameterizedTest(name = "{0} ({1}) is itself no working day; {2} before it: {3}")
    @CsvSource(textBlock = """
            # date,     why it is not a working day, n, expected
            2026-05-16, SATURDAY,         1, 2026-05-13
            2026-05-16, SATURDAY,         5, 2026-05-07
            2026-05-17, SUNDAY,           5, 2026-05-07
            2026-01-04, SUNDAY,           1, 2025-12-31
            2026-01-04, SUNDAY,           5, 2025-12-23
            2026-04-06, EASTER_MONDAY,    1, 2026-04-02
            2026-04-06, EASTER_MONDAY,    5, 2026-03-27
            2026-05-14, ASCENSION_DAY,    1, 2026-05-13
            2026-12-25, CHRISTMAS_DAY,    1, 2026-12-24
            2026-12-25, CHRISTMAS_DAY,    5, 2026-12-18
            2026-05-15, EQUATED_BY_DECREE, 1, 2026-05-13
            """)
    void aConversationOnANonWorkingDayCountsBackTheSameWay(LocalDate date, NonWorkingDayReason reason, int n,
                                                           LocalDate expected) {
        assertEquals(reason, calendar.nonWorkingReason(date).orElseThrow());
        assertEquals(expected, calendar.workingDaysBefore(date, n));
    }

    @Test
    void theDateItselfNeverCountsEvenWhenItIsAWorkingDay() {
        LocalDate wednesday = LocalDate.of(2026, 6, 10);
        assertTrue(calendar.isWorkingDay(wednesday));
        assertTrue(calendar.workingDaysBefore(wednesday, 1).isBefore(wednesday));
    }

    @Test
    void configuredExtraEquatedDayIsSkippedToo() {
        LocalDate monday = LocalDate.of(2029, 5, 14);
        WorkingDayCalendar withDecree2029 = new WorkingDayCalendar(
                EquatedDays.shipped().plus(EquatedDays.parse("2029-05-11")));
        assertEquals(LocalDate.of(2029, 5, 11), calendar.workingDaysBefore(monday, 1));
        assertEquals(LocalDate.of(2029, 5, 9), withDecree2029.workingDaysBefore(monday, 1));
    }

    @ParameterizedTest(name = "n = {0} is rejected")
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void fewerThanOneWorkingDayIsRejected(int n) {
        var e = assertThrows(IllegalArgumentException.class,
                () -> calendar.workingDaysBefore(LocalDate.of(2026, 5, 18), n));
        assertTrue(e.getMessage().contains(String.valueOf(n)), e.getMessage());
    }
}
