package nl.overheid.recordingpolicy.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.standard();

    @ParameterizedTest(name = "{0} ({1}) is a working day")
    @CsvSource(textBlock = """
            # date,     weekday
            2026-06-08, MONDAY
            2026-06-09, TUESDAY
            2026-06-10, WEDNESDAY
            2026-06-11, THURSDAY
            2026-06-12, FRIDAY
            2025-12-24, WEDNESDAY
            2025-12-31, WEDNESDAY
            2026-04-02, THURSDAY
            2026-04-28, TUESDAY
            2026-05-04, MONDAY
            2026-05-13, WEDNESDAY
            2027-04-26, MONDAY
            2024-02-29, THURSDAY
            """)
    void ordinaryWeekdaysAreWorkingDays(LocalDate date, DayOfWeek weekday) {
        assertEquals(weekday, date.getDayOfWeek(), "the table row itself is wrong");
        assertTrue(calendar.isWorkingDay(date));
        assertEquals(Optional.empty(), calendar.nonWorkingReason(date));
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource(textBlock = """
            # date,     reason
            2026-06-13, SATURDAY
            2026-06-14, SUNDAY
            2024-12-28, SATURDAY
            2024-12-29, SUNDAY
            2028-12-30, SATURDAY
            2028-12-31, SUNDAY
            """)
    void weekendDaysAreNotWorkingDays(LocalDate date, NonWorkingDayReason reason) {
        assertFalse(calendar.isWorkingDay(date));
        assertEquals(Optional.of(reason), calendar.nonWorkingReason(date));
    }

    @ParameterizedTest(name = "{0} is a {1} but reported as {2}")
    @CsvSource(textBlock = """
            # date,     weekday,  reported reason
            2025-04-26, SATURDAY, KINGS_DAY
            2024-05-05, SUNDAY,   LIBERATION_DAY
            2027-12-25, SATURDAY, CHRISTMAS_DAY
            2027-12-26, SUNDAY,   BOXING_DAY
            2028-01-01, SATURDAY, NEW_YEARS_DAY
            """)
    void aFeastInTheWeekendIsReportedAsTheFeast(LocalDate date, DayOfWeek weekday, NonWorkingDayReason reason) {
        assertEquals(weekday, date.getDayOfWeek(), "the table row itself is wrong");
        assertEquals(Optional.of(reason), calendar.nonWorkingReason(date));
    }

    @Test
    void aConfiguredEquatedDayInTheWeekendIsReportedAsEquated() {
        LocalDate saturday = LocalDate.of(2029, 5, 12);
        WorkingDayCalendar configured = new WorkingDayCalendar(EquatedDays.parse("2029-05-12"));
        assertEquals(Optional.of(NonWorkingDayReason.EQUATED_BY_DECREE), configured.nonWorkingReason(saturday));
    }

    @Test
    void aStatutoryFeastOutranksTheSameDayEquatedByDecree() {
        LocalDate kingsDay = LocalDate.of(2029, 4, 27);
        WorkingDayCalendar configured = new WorkingDayCalendar(EquatedDays.parse("2029-04-27"));
        assertEquals(Optional.of(NonWorkingDayReason.KINGS_DAY), configured.nonWorkingReason(kingsDay));
    }

    @Test
    void isWorkingDayAndNonWorkingReasonAgreeOnEveryDay() {
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() <= 2030; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            LocalDate day = d;
            assertEquals(calendar.isWorkingDay(d), calendar.nonWorkingReason(d).isEmpty(), day::toString);
            if (weekend) {
                assertFalse(calendar.isWorkingDay(d), day::toString);
            }
        }
    }

    @Test
    void holidaysInListsFeastsAndEquatedDaysButNotPlainWeekends() {
        var holidays = calendar.holidaysIn(2026);
        assertEquals(11, holidays.size(), holidays::toString); // 9 statutory feasts + 2 equated days
        assertEquals(NonWorkingDayReason.EQUATED_BY_DECREE, holidays.get(LocalDate.of(2026, 1, 2)));
        assertEquals(NonWorkingDayReason.BOXING_DAY, holidays.get(LocalDate.of(2026, 12, 26))); // a Saturday
        assertEquals(LocalDate.of(2026, 1, 1), holidays.firstKey());
    }

    @Test
    void yearsFarFromTodayWorkToo() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2400, 12, 25)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2400, 12, 27))); // Wednesday
        assertFalse(calendar.isWorkingDay(LocalDate.of(1850, 1, 1)));
        assertEquals(LocalDate.of(2400, 12, 27), calendar.workingDaysBefore(LocalDate.of(2400, 12, 28), 1));
    }

    @Test
    void standardIsOneSharedCalendarWithTheShippedDays() {
        assertSame(WorkingDayCalendar.standard(), WorkingDayCalendar.standard());
        assertEquals(EquatedDays.shipped(), WorkingDayCalendar.standard().equatedDays());
    }

    @Test
    void concurrentFirstUseGivesTheSameAnswersAsSequentialUse() throws Exception {
        // A fresh calendar, so the threads race to build the year tables.
        WorkingDayCalendar fresh = new WorkingDayCalendar(EquatedDays.shipped());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> results = IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> fingerprint(fresh)))
                    .toList();
            long expected = fingerprint(calendar);
            for (Future<Long> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static long fingerprint(WorkingDayCalendar calendar) {
        long hash = 0;
        for (LocalDate d = LocalDate.of(2020, 1, 1); d.getYear() <= 2035; d = d.plusDays(1)) {
            hash = hash * 31 + (calendar.isWorkingDay(d) ? 1 : 0) + calendar.workingDaysBefore(d, 5).toEpochDay();
        }
        return hash;
    }
}
