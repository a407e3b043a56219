package nl.overheid.recordingpolicy.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.overheid.recordingpolicy.testing.KnownWorkingDays;

/**
 * The calendar against the tests' own table of days off (KnownWorkingDays), for every day of 2024 to 2030: a wrong
 * feast, weekend or counting rule in the calendar shows up as a date where the two disagree.
 */
class WorkingDaysBeforePropertyTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.standard();

    @Test
    void everyDayIsAWorkingDayExactlyWhenTheTableSaysSo() {
        for (LocalDate date = KnownWorkingDays.FIRST; !date.isAfter(KnownWorkingDays.LAST); date = date.plusDays(1)) {
            LocalDate d = date;
            assertEquals(KnownWorkingDays.isWorkingDay(date), calendar.isWorkingDay(date), () -> d.toString());
        }
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 5, 10})
    void theNthWorkingDayBeforeEveryDateIsTheOneTheTableGives(int n) {
        for (LocalDate date = KnownWorkingDays.FIRST.plusMonths(1); !date.isAfter(KnownWorkingDays.LAST);
             date = date.plusDays(1)) {
            LocalDate d = date;
            assertEquals(KnownWorkingDays.workingDaysBefore(date, n), calendar.workingDaysBefore(date, n),
                    () -> n + " working days before " + d);
        }
    }
}
