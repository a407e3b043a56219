package nl.overheid.recordingpolicy.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

class DateTextTest {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern(DateText.PATTERN, DateText.DUTCH_LOCALE);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern(DateText.PATTERN, DateText.ENGLISH_LOCALE);

    @Test
    void spellsDatesTheWayReadersExpect() {
        assertEquals("donderdag 7 mei 2026", DateText.nl(LocalDate.of(2026, 5, 7)));
        assertEquals("Thursday 7 May 2026", DateText.en(LocalDate.of(2026, 5, 7)));
        assertEquals("maandag 21 december 2026", DateText.nl(LocalDate.of(2026, 12, 21)));
    }

    @Test
    void tablesGiveExactlyWhatTheFormatterGivesForEveryDayOfFourCenturies() {
        for (LocalDate date = LocalDate.of(1900, 1, 1); date.getYear() < 2300; date = date.plusDays(1)) {
            assertEquals(DUTCH.format(date), DateText.nl(date), date::toString);
            assertEquals(ENGLISH.format(date), DateText.en(date), date::toString);
        }
    }

    @Test
    void yearsOutsideFourDigitsAreLeftToTheFormatter() {
        LocalDate early = LocalDate.of(999, 3, 4);
        LocalDate late = LocalDate.of(10_000, 3, 4);
        assertEquals(DUTCH.format(early), DateText.nl(early));
        assertEquals(ENGLISH.format(late), DateText.en(late));
        assertEquals(DUTCH.format(LocalDate.of(1000, 1, 1)), DateText.nl(LocalDate.of(1000, 1, 1)));
        assertEquals(ENGLISH.format(LocalDate.of(9999, 12, 31)), DateText.en(LocalDate.of(9999, 12, 31)));
    }
}
