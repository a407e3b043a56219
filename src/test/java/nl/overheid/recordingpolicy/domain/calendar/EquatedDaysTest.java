package nl.overheid.recordingpolicy.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Algemene termijnenwet art. 3 lid 3: days equated by decree, shipped as data and extendable by configuration. */
class EquatedDaysTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.standard();

    @Test
    void shippedDataHoldsExactlyTheDaysOfTheDecreeFor2026To2028() {
        assertEquals(Set.of(
                        LocalDate.of(2026, 1, 2), LocalDate.of(2026, 5, 15), LocalDate.of(2027, 5, 7),
                        LocalDate.of(2028, 4, 28), LocalDate.of(2028, 5, 26)),
                EquatedDays.shipped().dates());
    }

    @Test
    void everyShippedDateLineNamesItsDecree() throws IOException {
        try (InputStream in = EquatedDays.class.getResourceAsStream(EquatedDays.RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            text.lines()
                    .filter(line -> !line.isBlank() && !line.strip().startsWith("#"))
                    .forEach(line -> assertTrue(line.matches("\\d{4}-\\d{2}-\\d{2}\\s+#.*decree \\d{4}.*"),
                            () -> "date line without a comment naming its decree: " + line));
        }
    }

    @ParameterizedTest(name = "{0} ({1}) is equated; {2} before and {3} after are working days")
    @CsvSource(textBlock = """
            # equated day, weekday, last working day before, first working day after
            2026-01-02, FRIDAY, 2025-12-31, 2026-01-05
            2026-05-15, FRIDAY, 2026-05-13, 2026-05-18
            2027-05-07, FRIDAY, 2027-05-04, 2027-05-10
            2028-04-28, FRIDAY, 2028-04-26, 2028-05-01
            2028-05-26, FRIDAY, 2028-05-24, 2028-05-29
            """)
    void eachEquatedDayIsNonWorkingWhileTheSurroundingWorkingDaysStillCount(
            LocalDate equated, DayOfWeek weekday, LocalDate workingBefore, LocalDate workingAfter) {
        assertEquals(weekday, equated.getDayOfWeek(), "the table row itself is wrong");
        assertEquals(Optional.of(NonWorkingDayReason.EQUATED_BY_DECREE), calendar.nonWorkingReason(equated));
        assertTrue(calendar.isWorkingDay(workingBefore));
        assertTrue(calendar.isWorkingDay(workingAfter));
        // nothing between the two counts: they are neighbours in working-day terms
        assertEquals(workingBefore, calendar.workingDaysBefore(workingAfter, 1));
    }

    @ParameterizedTest(name = "{0} is a working day when no decree equates it")
    @ValueSource(strings = {"2026-01-02", "2026-05-15", "2027-05-07", "2028-04-28", "2028-05-26"})
    void equatedDaysComeFromTheDataNotFromARule(LocalDate date) {
        assertTrue(new WorkingDayCalendar(EquatedDays.none()).isWorkingDay(date));
    }

    @Test
    void aConfiguredDayMakesAnOrdinaryWeekdayNonWorking() {
        // A fictitious decree for 2029: the Friday after Hemelvaartsdag (Thursday 10 May 2029).
        LocalDate friday = LocalDate.of(2029, 5, 11);
        WorkingDayCalendar configured = new WorkingDayCalendar(EquatedDays.shipped().plus(EquatedDays.parse("2029-05-11")));

        assertTrue(calendar.isWorkingDay(friday));
        assertFalse(configured.isWorkingDay(friday));
        assertEquals(Optional.of(NonWorkingDayReason.EQUATED_BY_DECREE), configured.nonWorkingReason(friday));
        // the shipped days are kept
        assertFalse(configured.isWorkingDay(LocalDate.of(2026, 5, 15)));
    }

    @ParameterizedTest(name = "[{0}] parses to {1} date(s)")
    @CsvSource(delimiter = '|', textBlock = """
            # configuration text                          | number of dates
            2029-05-11                                    | 1
            2029-05-11,2029-12-24                         | 2
            '2029-05-11, 2029-12-24  2029-12-31'          | 3
            ' 2029-05-11 ,, 2029-05-11 '                  | 1
            ''                                            | 0
            '  ,  '                                       | 0
            """)
    void parseAcceptsCommaAndWhitespaceSeparatedIsoDates(String text, int expectedCount) {
        assertEquals(expectedCount, EquatedDays.parse(text).dates().size());
    }

    @Test
    void parseAcceptsNewlinesAndTabsAsSeparators() {
        assertEquals(Set.of(LocalDate.of(2029, 5, 11), LocalDate.of(2030, 5, 31)),
                EquatedDays.parse("2029-05-11\n\t2030-05-31\r\n").dates());
    }

    @ParameterizedTest(name = "[{0}] is rejected naming {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # configuration text        | the token the message must name
            '2029-05-11, 2029-13-01'    | '2029-13-01'
            11-05-2029                  | '11-05-2029'
            '2029-05-11;2029-12-24'     | '2029-05-11;2029-12-24'
            '2029-5-11'                 | '2029-5-11'
            '2029-02-30'                | '2029-02-30'
            'tomorrow 2029-05-11'       | 'tomorrow'
            """)
    void parseRejectsAnythingButIsoDatesNamingTheBadToken(String text, String quotedToken) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EquatedDays.parse(text));
        assertTrue(e.getMessage().contains(quotedToken), e.getMessage());
    }

    @Test
    void plusIsTheUnionAndLeavesBothOperandsUnchanged() {
        EquatedDays a = EquatedDays.parse("2029-05-11, 2030-05-31");
        EquatedDays b = EquatedDays.parse("2030-05-31, 2031-05-23");

        EquatedDays union = a.plus(b);

        assertEquals(List.of(LocalDate.of(2029, 5, 11), LocalDate.of(2030, 5, 31), LocalDate.of(2031, 5, 23)),
                List.copyOf(union.dates()));
        assertEquals(2, a.dates().size());
        assertEquals(2, b.dates().size());
        assertEquals(union, b.plus(a));
        assertSame(a, a.plus(EquatedDays.none()));
        assertEquals(a, EquatedDays.none().plus(a));
    }

    @Test
    void containsAnswersForSingleDates() {
        EquatedDays days = EquatedDays.parse("2029-05-11");
        assertTrue(days.contains(LocalDate.of(2029, 5, 11)));
        assertFalse(days.contains(LocalDate.of(2029, 5, 10)));
        assertFalse(EquatedDays.none().contains(LocalDate.of(2029, 5, 11)));
    }

    @Test
    void datesCannotBeChangedFromOutside() {
        EquatedDays days = EquatedDays.shipped();
        assertThrows(UnsupportedOperationException.class, () -> days.dates().add(LocalDate.of(2029, 5, 11)));
        assertThrows(UnsupportedOperationException.class, () -> days.dates().clear());
    }

    @Test
    void resourceFormatAllowsCommentsAndBlankLines() throws IOException {
        String text = """
                # a header comment

                2029-05-11   # decree 2029: Friday after Hemelvaartsdag
                2029-12-24#no space needed
                   2030-05-31
                """;
        EquatedDays days = EquatedDays.read(new BufferedReader(new StringReader(text)), "test.txt");
        assertEquals(Set.of(LocalDate.of(2029, 5, 11), LocalDate.of(2029, 12, 24), LocalDate.of(2030, 5, 31)),
                days.dates());
    }

    @Test
    void resourceErrorNamesTokenFileAndLine() {
        String text = "# header\n2029-05-11\n2029-31-12 # oops\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EquatedDays.read(new BufferedReader(new StringReader(text)), "test.txt"));
        assertTrue(e.getMessage().contains("'2029-31-12'"), e.getMessage());
        assertTrue(e.getMessage().contains("test.txt line 3"), e.getMessage());
    }
}
