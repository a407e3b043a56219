package nl.overheid.recordingpolicy.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Must be asked at the latest N working days before the conversation." */
class LeadTimeTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.standard();

    @ParameterizedTest(name = "N={0}, conversation {1}, asked {2}: deadline {3}, on time {4}")
    @CsvSource(textBlock = """
            # N, conversation, request,   deadline,   on time, conversation on working day, conversation in past
            # the worked example: asking on the deadline day is on time, the day after is late
            5, 2026-05-18, 2026-05-07, 2026-05-07, true,  true,  false
            5, 2026-05-18, 2026-05-08, 2026-05-07, false, true,  false
            # well in advance
            5, 2026-05-18, 2026-04-01, 2026-05-07, true,  true,  false
            # asked on the conversation day itself: late, but not yet past
            5, 2026-05-18, 2026-05-18, 2026-05-07, false, true,  false
            # asked after the conversation: late and in the past
            5, 2026-05-18, 2026-05-19, 2026-05-07, false, true,  true
            1, 2026-06-10, 2026-06-11, 2026-06-09, false, true,  true
            # conversation on a Saturday, on Easter Monday, on an equated day
            5, 2026-05-16, 2026-05-07, 2026-05-07, true,  false, false
            1, 2026-04-06, 2026-04-02, 2026-04-02, true,  false, false
            1, 2026-04-06, 2026-04-03, 2026-04-02, false, false, false
            1, 2026-05-15, 2026-05-13, 2026-05-13, true,  false, false
            # over the turn of the year 2025/2026
            5, 2026-01-05, 2025-12-23, 2025-12-23, true,  true,  false
            5, 2026-01-05, 2025-12-24, 2025-12-23, false, true,  false
            """)
    void computesDeadlineAndFlags(int n, LocalDate conversation, LocalDate request, LocalDate deadline,
                                  boolean onTime, boolean onWorkingDay, boolean inPast) {
        LeadTime leadTime = LeadTime.compute(calendar, n, conversation, request);

        assertEquals(new LeadTime(n, conversation, deadline, request, onTime, onWorkingDay, inPast), leadTime);
    }

    @Test
    void zeroWorkingDaysIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> LeadTime.compute(calendar, 0, LocalDate.of(2026, 5, 18), LocalDate.of(2026, 5, 1)));
    }

    @Test
    void aHandBuiltLeadTimeCannotContradictItsOwnDates() {
        LocalDate conversation = LocalDate.of(2026, 5, 18);
        LocalDate deadline = LocalDate.of(2026, 5, 7);
        LocalDate lateRequest = LocalDate.of(2026, 5, 8);

        assertThrows(IllegalArgumentException.class,
                () -> new LeadTime(5, conversation, deadline, lateRequest, true, true, false)); // late, not on time
        assertThrows(IllegalArgumentException.class,
                () -> new LeadTime(5, conversation, deadline, lateRequest, false, true, true)); // not in the past
        assertThrows(IllegalArgumentException.class,
                () -> new LeadTime(5, conversation, conversation, lateRequest, false, true, false)); // deadline not before
    }

    @Test
    void aStoredLeadTimeKeepsItsDeadlineAndItsOnTimeAsStored() {
        // stored when 5 working days before 18 May 2026 was 7 May; a later decree could move it: history stays
        LeadTime stored = LeadTime.asStored(calendar, Optional.of(5), LocalDate.of(2026, 5, 18),
                LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 6), true);
        assertEquals(new LeadTime(5, LocalDate.of(2026, 5, 18), LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 6),
                true, true, false), stored);
    }

    @ParameterizedTest(name = "deadline {0}, conversation {1}: {2} working days")
    @CsvSource(textBlock = """
            # a record from before the working days were stored has them in its dates
            2026-05-07, 2026-05-18, 5
            # Ascension Day (14 May) and the equated day after it (15 May) do not count
            2026-05-12, 2026-05-18, 2
            # over the turn of the year: Christmas and New Year's Day do not count
            2025-12-23, 2026-01-05, 5
            """)
    void aStoredLeadTimeWithoutItsWorkingDaysCountsThemFromItsDates(LocalDate deadline, LocalDate conversation,
                                                                    int workingDays) {
        LeadTime stored = LeadTime.asStored(calendar, Optional.empty(), conversation, deadline, deadline, true);
        assertEquals(workingDays, stored.workingDays());
        assertEquals(deadline, calendar.workingDaysBefore(conversation, workingDays)); // the inverse of counting back
    }
}
