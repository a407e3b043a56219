package nl.overheid.recordingpolicy.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Algemene termijnenwet art. 3 lid 1 and lid 2: the feasts of every year. */
class StatutoryHolidaysTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.standard();

    @ParameterizedTest(name = "{0} ({1}) is {2}")
    @CsvSource(textBlock = """
            # date,      weekday,   reason
            2024-01-01, MONDAY,    NEW_YEARS_DAY
            2024-03-29, FRIDAY,    GOOD_FRIDAY
            2024-04-01, MONDAY,    EASTER_MONDAY
            # a Saturday, still reported as Koningsdag:
            2024-04-27, SATURDAY,  KINGS_DAY
            2024-05-05, SUNDAY,    LIBERATION_DAY
            2024-05-09, THURSDAY,  ASCENSION_DAY
            2024-05-20, MONDAY,    WHIT_MONDAY
            2024-12-25, WEDNESDAY, CHRISTMAS_DAY
            2024-12-26, THURSDAY,  BOXING_DAY
            2025-01-01, WEDNESDAY, NEW_YEARS_DAY
            2025-04-18, FRIDAY,    GOOD_FRIDAY
            2025-04-21, MONDAY,    EASTER_MONDAY
            # 27 April 2025 is a Sunday:
            2025-04-26, SATURDAY,  KINGS_DAY
            2025-05-05, MONDAY,    LIBERATION_DAY
            2025-05-29, THURSDAY,  ASCENSION_DAY
            2025-06-09, MONDAY,    WHIT_MONDAY
            2025-12-25, THURSDAY,  CHRISTMAS_DAY
            2025-12-26, FRIDAY,    BOXING_DAY
            2026-01-01, THURSDAY,  NEW_YEARS_DAY
            2026-04-03, FRIDAY,    GOOD_FRIDAY
            2026-04-06, MONDAY,    EASTER_MONDAY
            2026-04-27, MONDAY,    KINGS_DAY
            2026-05-05, TUESDAY,   LIBERATION_DAY
            2026-05-14, THURSDAY,  ASCENSION_DAY
            2026-05-25, MONDAY,    WHIT_MONDAY
            2026-12-25, FRIDAY,    CHRISTMAS_DAY
            2026-12-26, SATURDAY,  BOXING_DAY
            2027-01-01, FRIDAY,    NEW_YEARS_DAY
            2027-03-26, FRIDAY,    GOOD_FRIDAY
            2027-03-29, MONDAY,    EASTER_MONDAY
            2027-04-27, TUESDAY,   KINGS_DAY
            2027-05-05, WEDNESDAY, LIBERATION_DAY
            2027-05-06, THURSDAY,  ASCENSION_DAY
            2027-05-17, MONDAY,    WHIT_MONDAY
            2027-12-25, SATURDAY,  CHRISTMAS_DAY
            2027-12-26, SUNDAY,    BOXING_DAY
            2028-01-01, SATURDAY,  NEW_YEARS_DAY
            2028-04-14, FRIDAY,    GOOD_FRIDAY
            2028-04-17, MONDAY,    EASTER_MONDAY
            2028-04-27, THURSDAY,  KINGS_DAY
            2028-05-05, FRIDAY,    LIBERATION_DAY
            2028-05-25, THURSDAY,  ASCENSION_DAY
            2028-06-05, MONDAY,    WHIT_MONDAY
            2028-12-25, MONDAY,    CHRISTMAS_DAY
            2028-12-26, TUESDAY,   BOXING_DAY
            2029-01-01, MONDAY,    NEW_YEARS_DAY
            2029-03-30, FRIDAY,    GOOD_FRIDAY
            2029-04-02, MONDAY,    EASTER_MONDAY
            2029-04-27, FRIDAY,    KINGS_DAY
            2029-05-05, SATURDAY,  LIBERATION_DAY
            2029-05-10, THURSDAY,  ASCENSION_DAY
            2029-05-21, MONDAY,    WHIT_MONDAY
            2029-12-25, TUESDAY,   CHRISTMAS_DAY
            2029-12-26, WEDNESDAY, BOXING_DAY
            2030-01-01, TUESDAY,   NEW_YEARS_DAY
            2030-04-19, FRIDAY,    GOOD_FRIDAY
            2030-04-22, MONDAY,    EASTER_MONDAY
            2030-04-27, SATURDAY,  KINGS_DAY
            2030-05-05, SUNDAY,    LIBERATION_DAY
            2030-05-30, THURSDAY,  ASCENSION_DAY
            2030-06-10, MONDAY,    WHIT_MONDAY
            2030-12-25, WEDNESDAY, CHRISTMAS_DAY
            2030-12-26, THURSDAY,  BOXING_DAY
            # 27 April 2031 is a Sunday again:
            2031-04-26, SATURDAY,  KINGS_DAY
            """)
    void everyFeastIsANonWorkingDayWithItsOwnReason(LocalDate date, DayOfWeek weekday, NonWorkingDayReason reason) {
        assertEquals(weekday, date.getDayOfWeek(), "the table row itself is wrong");
        assertFalse(calendar.isWorkingDay(date));
        assertEquals(Optional.of(reason), calendar.nonWorkingReason(date));
    }

    @ParameterizedTest(name = "{0} has the nine feasts of art. 3 lid 1-2 and nothing else")
    @ValueSource(ints = {2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031})
    void aYearWithoutDecreesHasExactlyTheNineStatutoryFeasts(int year) {
        // Together with the table above this proves no extra day is marked as a feast.
        var holidays = new WorkingDayCalendar(EquatedDays.none()).holidaysIn(year);
        assertEquals(9, holidays.size(), holidays::toString);
        assertEquals(EnumSet.complementOf(EnumSet.of(NonWorkingDayReason.SATURDAY, NonWorkingDayReason.SUNDAY,
                NonWorkingDayReason.EQUATED_BY_DECREE)), EnumSet.copyOf(holidays.values()));
    }

    @ParameterizedTest(name = "Koningsdag {0}: {1}")
    @CsvSource(textBlock = """
            # year, Koningsdag, the neighbouring April day that is an ordinary weekday
            # moved to Saturday the 26th; Monday 28th works:
            2025, 2025-04-26, 2025-04-28
            2026, 2026-04-27, 2026-04-28
            # 26 April 2027 is a Monday and a working day:
            2027, 2027-04-27, 2027-04-26
            2029, 2029-04-27, 2029-04-26
            """)
    void koningsdagIs27AprilOrSaturday26AprilWhenThe27thIsASunday(int year, LocalDate kingsDay, LocalDate ordinaryDay) {
        assertEquals(Optional.of(NonWorkingDayReason.KINGS_DAY), calendar.nonWorkingReason(kingsDay));
        assertTrue(calendar.isWorkingDay(ordinaryDay), ordinaryDay + " should be an ordinary working day");
    }

    @Test
    void the27thOfAprilIsAnOrdinarySundayWhenKoningsdagMovedToThe26th() {
        assertEquals(Optional.of(NonWorkingDayReason.SUNDAY), calendar.nonWorkingReason(LocalDate.of(2025, 4, 27)));
        assertEquals(Optional.of(NonWorkingDayReason.SUNDAY), calendar.nonWorkingReason(LocalDate.of(2031, 4, 27)));
    }

    @Test
    void whenTwoFeastsCoincideTheOneDeclaredFirstIsReported() {
        // 5 mei 2016 was also Hemelvaartsdag (Easter 27 March + 39 days).
        LocalDate fifthOfMay2016 = LocalDate.of(2016, 5, 5);
        assertEquals(fifthOfMay2016, WorkingDayCalendar.easterSunday(2016).plusDays(39));
        assertEquals(Optional.of(NonWorkingDayReason.LIBERATION_DAY), calendar.nonWorkingReason(fifthOfMay2016));
        assertEquals(8, new WorkingDayCalendar(EquatedDays.none()).holidaysIn(2016).size());
    }

    @ParameterizedTest(name = "5 mei {0} is a feast every year, not only in lustrum years")
    @ValueSource(ints = {2021, 2022, 2023, 2026, 2027, 2028, 2031})
    void bevrijdingsdagCountsEveryYear(int year) {
        assertEquals(Optional.of(NonWorkingDayReason.LIBERATION_DAY), calendar.nonWorkingReason(LocalDate.of(year, 5, 5)));
    }

    @ParameterizedTest(name = "{0}: {1} is Easter {2} days")
    @CsvSource(textBlock = """
            # year, date,      days from Easter Sunday
            2100, 2100-03-26, -2
            2100, 2100-03-29,  1
            2100, 2100-05-06, 39
            2100, 2100-05-17, 50
            2500, 2500-04-16, -2
            2500, 2500-04-19,  1
            """)
    void movableFeastsAreComputedForFarFutureYearsToo(int year, LocalDate date, int daysFromEaster) {
        assertEquals(date, WorkingDayCalendar.easterSunday(year).plusDays(daysFromEaster));
        assertFalse(calendar.isWorkingDay(date));
    }
}
