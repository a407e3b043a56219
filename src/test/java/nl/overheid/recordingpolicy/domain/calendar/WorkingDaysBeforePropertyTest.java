package nl.overheid.recordingpolicy.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** workingDaysBefore checked against its definition for every day of 2024 to 2030. */
class WorkingDaysBeforePropertyTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.standard();

    @ParameterizedTest(name = "n = {0}: a working day, before the date, with n - 1 working days in between")
    @ValueSource(ints = {1, 5, 10})
    void forEveryDayTheResultIsAWorkingDayWithExactlyNMinusOneWorkingDaysInBetween(int n) {
        for (LocalDate date = LocalDate.of(2024, 1, 1); date.getYear() <= 2030; date = date.plusDays(1)) {
            LocalDate deadline = calendar.workingDaysBefore(date, n);
            LocalDate d = date;
            assertTrue(calendar.isWorkingDay(deadline), () -> d + " -> " + deadline + " is no working day");
            assertTrue(deadline.isBefore(date), () -> d + " -> " + deadline + " is not before it");
            assertEquals(n - 1, workingDaysStrictlyBetween(deadline, date), () -> d + " -> " + deadline);
        }
    }

    private int workingDaysStrictlyBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); day.isBefore(to); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
