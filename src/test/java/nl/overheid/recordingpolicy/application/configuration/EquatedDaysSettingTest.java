package nl.overheid.recordingpolicy.application.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;

/** gateway.calendar.equated-days: a published decree's days, added to the shipped ones at start. */
class EquatedDaysSettingTest {

    private static final LocalDate MARCH_2029 = LocalDate.of(2029, 3, 5);
    private static final LocalDate MAY_2029 = LocalDate.of(2029, 5, 14);

    @Test
    void withoutTheSettingOnlyTheShippedDecreesCountAnd2029IsProvisional() {
        WorkingDayCalendar calendar = GatewayConfiguration.calendar(Optional.empty());

        assertTrue(calendar.isWorkingDay(LocalDate.of(2029, 5, 11)));
        assertEquals(List.of(2029), calendar.yearsWithoutDecree(MARCH_2029, MAY_2029));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 5, 30)), "the shipped 2023-2025 decree");
    }

    @Test
    void configuredDaysAreEquatedAndMakeTheirYearFinal() {
        WorkingDayCalendar calendar = GatewayConfiguration.calendar(Optional.of("2029-05-11, 2029-12-24"));

        assertFalse(calendar.isWorkingDay(LocalDate.of(2029, 5, 11)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2029, 12, 24)));
        assertEquals(List.of(), calendar.yearsWithoutDecree(MARCH_2029, MAY_2029));
        assertEquals(List.of(2030), calendar.yearsWithoutDecree(MAY_2029, LocalDate.of(2030, 1, 7)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 5, 30)), "the shipped days are kept");
    }

    @Test
    void aMalformedDateStopsTheDeployment() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GatewayConfiguration.calendar(Optional.of("2029-05-11, 11-05-2029")));
        assertTrue(e.getMessage().contains("'11-05-2029'"), e.getMessage());
    }
}
