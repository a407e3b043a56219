package nl.overheid.recordingpolicy.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Uiterlijk 5 werkdagen voor het gesprek" at its borders, on the shipped calendar: the deadline is the 5th working
 * day counted back from the day before the conversation, and asking on that day is on time. So a request on the
 * deadline leaves 4 working days between request and conversation, not 5.
 */
class LeadTimeBorderCasesTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.standard();

    @ParameterizedTest(name = "{0}: conversation {1} ({2}) -> deadline {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                     | conversation | weekday   | deadline   | weekday
            # the issue's example: Ascension Day 29 May and equated Friday 30 May 2025 (Stcrt. 2022, 7812) skipped
            UWV video on Friday 6 June 2025                            | 2025-06-06   | FRIDAY    | 2025-05-28 | WEDNESDAY
            deadline on the working day after an equated day           | 2025-06-10   | TUESDAY   | 2025-06-02 | MONDAY
            deadline on the working day after a holiday (Whit Monday)  | 2025-06-17   | TUESDAY   | 2025-06-10 | TUESDAY
            conversation on a Monday: Whit Monday skipped               | 2025-06-16   | MONDAY    | 2025-06-06 | FRIDAY
            conversation on a Monday, ordinary week                    | 2026-06-15   | MONDAY    | 2026-06-08 | MONDAY
            conversation on a holiday (Ascension Day 2025)              | 2025-05-29   | THURSDAY  | 2025-05-22 | THURSDAY
            conversation on an equated day (30 May 2025)                | 2025-05-30   | FRIDAY    | 2025-05-22 | THURSDAY
            conversation on a Saturday                                 | 2026-06-13   | SATURDAY  | 2026-06-08 | MONDAY
            across year end: equated 2 Jan 2026, Nieuwjaarsdag, Christmas | 2026-01-06 | TUESDAY   | 2025-12-24 | WEDNESDAY
            across year end: equated 27 December 2024                  | 2025-01-03   | FRIDAY    | 2024-12-23 | MONDAY
            """)
    void theDeadlineIsTheFifthWorkingDayBeforeTheConversation(String name, LocalDate conversation, DayOfWeek weekday,
                                                              LocalDate deadline, DayOfWeek deadlineWeekday) {
        assertEquals(weekday, conversation.getDayOfWeek(), "the table row itself is wrong");
        assertEquals(deadlineWeekday, deadline.getDayOfWeek(), "the table row itself is wrong");

        LeadTime onTheDeadline = LeadTime.compute(calendar, 5, conversation, deadline);
        LeadTime aDayLate = LeadTime.compute(calendar, 5, conversation, deadline.plusDays(1));

        assertEquals(deadline, onTheDeadline.deadline());
        assertEquals(true, onTheDeadline.onTime(), "asking on the deadline day itself is on time");
        assertEquals(false, aDayLate.onTime(), "the day after the deadline is late, working day or not");
    }

    @ParameterizedTest(name = "a request on the deadline {1} for {0} leaves {2} working days in between")
    @CsvSource(textBlock = """
            # conversation, deadline,   working days strictly between request day and conversation day
            2025-06-06,     2025-05-28, 4
            2026-01-06,     2025-12-24, 4
            2026-06-15,     2026-06-08, 4
            """)
    void aRequestOnTheDeadlineLeavesOneWorkingDayFewerThanTheLeadTime(LocalDate conversation, LocalDate deadline,
                                                                     int between) {
        assertEquals(deadline, calendar.workingDaysBefore(conversation, 5));
        int count = 0;
        for (LocalDate day = deadline.plusDays(1); day.isBefore(conversation); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                count++;
            }
        }
        assertEquals(between, count);
    }
}
