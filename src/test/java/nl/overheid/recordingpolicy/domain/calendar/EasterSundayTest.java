package nl.overheid.recordingpolicy.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Easter is computed, not looked up. The table's dates were cross-checked against an independent
 * implementation (python-dateutil's {@code easter()}, a different formulation of the Gregorian
 * computus) and published holiday lists; every year to 9999 is compared with Knuth's algorithm.
 */
class EasterSundayTest {

    @ParameterizedTest(name = "Easter {0} is Sunday {1}")
    @CsvSource(textBlock = """
            # year, Easter Sunday
            1700, 1700-04-11
            1723, 1723-03-28
            # earliest possible date, 22 March:
            1761, 1761-03-22
            1818, 1818-03-22
            # latest possible date, 25 April:
            1943, 1943-04-25
            2000, 2000-04-23
            2008, 2008-03-23
            2011, 2011-04-24
            2016, 2016-03-27
            2019, 2019-04-21
            2024, 2024-03-31
            2025, 2025-04-20
            2026, 2026-04-05
            2027, 2027-03-28
            2028, 2028-04-16
            2029, 2029-04-01
            2030, 2030-04-21
            2100, 2100-03-28
            2031, 2031-04-13
            # latest possible date again:
            2038, 2038-04-25
            # earliest possible date again:
            2285, 2285-03-22
            3000, 3000-04-13
            4000, 4000-04-09
            9999, 9999-03-28
            """)
    void easterSundayFollowsTheGregorianComputus(int year, LocalDate expected) {
        assertEquals(expected, WorkingDayCalendar.easterSunday(year));
    }

    @Test
    void agreesWithKnuthsEpactAlgorithmForEveryGregorianYearTo9999() {
        for (int y = 1583; y <= 9999; y++) {
            int year = y;
            assertEquals(knuthEaster(year), WorkingDayCalendar.easterSunday(year), () -> "Easter " + year);
        }
    }

    @Test
    void easterIsAlwaysASundayBetween22MarchAnd25April() {
        MonthDay earliest = MonthDay.of(3, 22);
        MonthDay latest = MonthDay.of(4, 25);
        for (int y = 1583; y <= 9999; y++) {
            int year = y;
            LocalDate easter = WorkingDayCalendar.easterSunday(year);
            MonthDay day = MonthDay.from(easter);
            assertEquals(DayOfWeek.SUNDAY, easter.getDayOfWeek(), () -> "Easter " + year);
            assertTrue(!day.isBefore(earliest) && !day.isAfter(latest), () -> "Easter " + year + " on " + easter);
        }
    }

    /**
     * An independent formulation to compare against: Knuth, The Art of Computer Programming
     * vol. 1, section 1.3.2 exercise 14 (Algorithm E, after Lilius and Clavius).
     */
    private static LocalDate knuthEaster(int year) {
        int golden = year % 19 + 1;
        int century = year / 100 + 1;
        int skippedLeapDays = 3 * century / 4 - 12;
        int moonCorrection = (8 * century + 5) / 25 - 5;
        int sunday = 5 * year / 4 - skippedLeapDays - 10;
        int epact = (11 * golden + 20 + moonCorrection - skippedLeapDays) % 30;
        if (epact == 25 && golden > 11 || epact == 24) {
            epact++;
        }
        int fullMoon = 44 - epact;
        if (fullMoon < 21) {
            fullMoon += 30;
        }
        int n = fullMoon + 7 - (sunday + fullMoon) % 7;
        return n > 31 ? LocalDate.of(year, 4, n - 31) : LocalDate.of(year, 3, n);
    }
}
