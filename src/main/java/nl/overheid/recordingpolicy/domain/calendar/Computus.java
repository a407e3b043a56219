package nl.overheid.recordingpolicy.domain.calendar;

import java.time.LocalDate;

/**
 * Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 *
 * <p>Computed rather than tabulated so that the calendar has no end date. Floor division and
 * floor modulo are used so the formula is total over every year {@link LocalDate} supports (the
 * proleptic Gregorian calendar); for years from 1583 on it gives the Easter of the Western
 * churches.
 */
final class Computus {

    private Computus() {
    }

    static LocalDate easterSunday(int year) {
        int a = Math.floorMod(year, 19);          // place in the 19-year Metonic cycle
        int b = Math.floorDiv(year, 100);         // century
        int c = Math.floorMod(year, 100);         // year within the century
        int d = Math.floorDiv(b, 4);
        int e = Math.floorMod(b, 4);
        int f = Math.floorDiv(b + 8, 25);         // lunar correction
        int g = Math.floorDiv(b - f + 1, 3);
        int h = Math.floorMod(19 * a + b - d - g + 15, 30); // epact: days from equinox to full moon
        int i = c / 4;
        int k = c % 4;
        int l = Math.floorMod(32 + 2 * e + 2 * i - h - k, 7); // days from full moon to Sunday
        int m = (a + 11 * h + 22 * l) / 451;
        int monthAndDay = h + l - 7 * m + 114;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }
}
