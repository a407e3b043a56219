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
    void shippedDataHoldsExactlyTheDaysOfTheFourSourcedDecrees() {
        assertEquals(Set.of(
                        // Besluit van 17 juni 2013, nr. 13.001210 (2014-2016)
                        LocalDate.of(2014, 5, 30), LocalDate.of(2015, 1, 2), LocalDate.of(2015, 5, 4),
                        LocalDate.of(2015, 5, 15), LocalDate.of(2016, 5, 6),
                        // Stcrt. 2016, 58653 (2017-2019)
                        LocalDate.of(2017, 4, 28), LocalDate.of(2017, 5, 26), LocalDate.of(2018, 5, 11),
                        LocalDate.of(2018, 12, 24), LocalDate.of(2018, 12, 31), LocalDate.of(2019, 5, 31),
                        LocalDate.of(2019, 12, 27),
                        // Stcrt. 2022, 7812 (2023-2025)
                        LocalDate.of(2023, 4, 28), LocalDate.of(2023, 5, 19), LocalDate.of(2024, 5, 10),
                        LocalDate.of(2024, 12, 27), LocalDate.of(2025, 5, 30),
                        // Stcrt. 2025, 24713 (2026-2028)
                        LocalDate.of(2026, 1, 2), LocalDate.of(2026, 5, 15), LocalDate.of(2027, 5, 7),
                        LocalDate.of(2028, 4, 28), LocalDate.of(2028, 5, 26)),
                EquatedDays.shipped().dates());
    }

    @Test
    void shippedDecreesCoverTheYearsTheyWereFoundForAndNoOthers() {
        assertEquals(Set.of(2014, 2015, 2016, 2017, 2018, 2019, 2023, 2024, 2025, 2026, 2027, 2028),
                EquatedDays.shipped().decreedYears());
        // the decree for 2020-2022 was not found in a citable source; 2029 on has none published yet
        for (int year : new int[] {2013, 2020, 2021, 2022, 2029, 2099}) {
            assertFalse(EquatedDays.shipped().decreed(year), () -> year + " must be provisional");
        }
    }

    @Test
    void everyShippedDecreeIsCitedWithItsTitleAndSourceAndEveryDateLineSaysWhatItIs() throws IOException {
        try (InputStream in = EquatedDays.class.getResourceAsStream(EquatedDays.RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder comments = new StringBuilder();
            int decrees = 0;
            for (String line : text.lines().map(String::strip).toList()) {
                if (line.startsWith("#")) {
                    comments.append(line).append('\n');
                } else if (line.startsWith("decree")) {
                    String cited = comments.toString();
                    assertTrue(cited.contains("Besluit") && cited.contains("Source"),
                            () -> "decree line without its title and source above it: " + line);
                    decrees++;
                    comments.setLength(0);
                } else if (!line.isEmpty()) {
                    assertTrue(line.matches("\\d{4}-\\d{2}-\\d{2}\\s+#.+"), () -> "date line without a comment: " + line);
                } else {
                    comments.setLength(0);
                }
            }
            assertEquals(4, decrees);
        }
    }

    @ParameterizedTest(name = "{0} ({1}) is equated; {2} before and {3} after are working days")
    @CsvSource(textBlock = """
            # equated day, weekday, last working day before, first working day after
            2014-05-30, FRIDAY, 2014-05-28, 2014-06-02
            2015-05-04, MONDAY, 2015-05-01, 2015-05-06
            2018-12-24, MONDAY, 2018-12-21, 2018-12-27
            2018-12-31, MONDAY, 2018-12-28, 2019-01-02
            2024-12-27, FRIDAY, 2024-12-24, 2024-12-30
            2025-05-30, FRIDAY, 2025-05-28, 2025-06-02
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

                decree 2029..2030   # the decree's years
                2029-05-11   # decree 2029: Friday after Hemelvaartsdag
                2029-12-24#no space needed
                   2030-05-31
                """;
        EquatedDays days = EquatedDays.read(new BufferedReader(new StringReader(text)), "test.txt");
        assertEquals(Set.of(LocalDate.of(2029, 5, 11), LocalDate.of(2029, 12, 24), LocalDate.of(2030, 5, 31)),
                days.dates());
        assertEquals(Set.of(2029, 2030), days.decreedYears());
    }

    @Test
    void aDecreeLineWithoutDaysStillMakesItsYearsFinal() throws IOException {
        EquatedDays days = EquatedDays.read(new BufferedReader(new StringReader("decree 2031..2031\n")), "test.txt");
        assertEquals(Set.of(), days.dates());
        assertTrue(days.decreed(2031));
        assertFalse(days.decreed(2032));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # resource text                          | the message names
            2029-05-11                               | No decree line covers 2029-05-11 (test.txt line 1)
            decree 2029..2029\\n2030-05-31            | No decree line covers 2030-05-31 (test.txt line 2)
            decree 2029                              | Not a decree's years (decree yyyy..yyyy): 'decree 2029' (test.txt line 1)
            decree 2030..2029                        | A decree's years run backwards: 'decree 2030..2029' (test.txt line 1)
            """)
    void aDateOutsideEveryDecreeOrAMalformedDecreeLineIsRefused(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EquatedDays.read(
                new BufferedReader(new StringReader(text.replace("\\n", "\n"))), "test.txt"));
        assertEquals(message, e.getMessage());
    }

    @Test
    void configuredDaysMakeTheirYearsFinalAndPlusKeepsTheShippedDecrees() {
        EquatedDays configured = EquatedDays.parse("2029-05-11, 2031-05-30");
        assertEquals(Set.of(2029, 2031), configured.decreedYears());

        EquatedDays both = EquatedDays.shipped().plus(configured);
        assertTrue(both.decreed(2029));
        assertTrue(both.decreed(2025));
        assertFalse(both.decreed(2030), "a year between two configured days is not covered by them");
        assertEquals(Set.of(), EquatedDays.none().decreedYears());
        assertEquals(Set.of(), EquatedDays.parse("  ").decreedYears());
    }

    @Test
    void resourceErrorNamesTokenFileAndLine() {
        String text = "# header\ndecree 2029..2029\n2029-31-12 # oops\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EquatedDays.read(new BufferedReader(new StringReader(text)), "test.txt"));
        assertTrue(e.getMessage().contains("'2029-31-12'"), e.getMessage());
        assertTrue(e.getMessage().contains("test.txt line 3"), e.getMessage());
    }
}
