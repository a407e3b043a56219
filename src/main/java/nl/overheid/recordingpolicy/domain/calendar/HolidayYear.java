package nl.overheid.recordingpolicy.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;

/**
 * One year of the calendar, decided once: for every day of the year either "working day" or the
 * reason it is not.
 *
 * <p>A byte per day indexed by day-of-year, because a lead-time check asks about a handful of
 * days and should cost an array read each, not a recomputation of Easter or a set lookup.
 * Immutable after construction (the array never leaves this class), so instances may be shared
 * between threads freely.
 */
final class HolidayYear {

    /** Code for a working day; any other code is {@code reason.ordinal() + 1}. */
    private static final byte WORKING = 0;
    private static final NonWorkingDayReason[] REASONS = NonWorkingDayReason.values();

    private final int year;
    private final byte[] codes; // index: dayOfYear - 1

    private HolidayYear(int year, byte[] codes) {
        this.year = year;
        this.codes = codes;
    }

    static HolidayYear of(int year, EquatedDays equatedDays) {
        byte[] codes = new byte[Year.isLeap(year) ? 366 : 365];

        // Art. 3 lid 1, the fixed-date and Easter-bound feasts of every year.
        LocalDate easter = Computus.easterSunday(year);
        mark(codes, LocalDate.of(year, 1, 1), NonWorkingDayReason.NEW_YEARS_DAY);
        mark(codes, easter.plusDays(1), NonWorkingDayReason.EASTER_MONDAY);
        mark(codes, kingsDay(year), NonWorkingDayReason.KINGS_DAY);
        mark(codes, LocalDate.of(year, 5, 5), NonWorkingDayReason.LIBERATION_DAY); // every year, not only lustrum years
        mark(codes, easter.plusDays(39), NonWorkingDayReason.ASCENSION_DAY);
        mark(codes, easter.plusDays(50), NonWorkingDayReason.WHIT_MONDAY);
        mark(codes, LocalDate.of(year, 12, 25), NonWorkingDayReason.CHRISTMAS_DAY);
        mark(codes, LocalDate.of(year, 12, 26), NonWorkingDayReason.BOXING_DAY);
        // Art. 3 lid 2: Goede Vrijdag is equated by the law itself, so it is not data.
        mark(codes, easter.minusDays(2), NonWorkingDayReason.GOOD_FRIDAY);
        // Art. 3 lid 3: whatever the decrees (shipped or configured) add for this year.
        for (LocalDate day : equatedDays.inYear(year)) {
            mark(codes, day, NonWorkingDayReason.EQUATED_BY_DECREE);
        }

        // Weekends last and only where no feast is recorded: a feast is the better explanation.
        int dayOfWeek = LocalDate.of(year, 1, 1).getDayOfWeek().getValue(); // 1 = Monday
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] == WORKING) {
                if (dayOfWeek == DayOfWeek.SATURDAY.getValue()) {
                    codes[i] = code(NonWorkingDayReason.SATURDAY);
                } else if (dayOfWeek == DayOfWeek.SUNDAY.getValue()) {
                    codes[i] = code(NonWorkingDayReason.SUNDAY);
                }
            }
            dayOfWeek = dayOfWeek == 7 ? 1 : dayOfWeek + 1;
        }
        return new HolidayYear(year, codes);
    }

    /**
     * Art. 3 lid 1 names "the day on which the King's birthday is celebrated", not a date: the
     * birthday is 27 April, but it is not celebrated on a Sunday and then moves back to Saturday
     * the 26th.
     */
    static LocalDate kingsDay(int year) {
        LocalDate birthday = LocalDate.of(year, 4, 27);
        return birthday.getDayOfWeek() == DayOfWeek.SUNDAY ? birthday.minusDays(1) : birthday;
    }

    /** Records a feast unless one that takes precedence (declared earlier in the enum) is already there. */
    private static void mark(byte[] codes, LocalDate date, NonWorkingDayReason reason) {
        int index = date.getDayOfYear() - 1;
        byte existing = codes[index];
        if (existing == WORKING || existing > code(reason)) {
            codes[index] = code(reason);
        }
    }

    private static byte code(NonWorkingDayReason reason) {
        return (byte) (reason.ordinal() + 1);
    }

    int year() {
        return year;
    }

    /** 365 or 366. */
    int length() {
        return codes.length;
    }

    boolean isWorkingDay(int dayOfYear) {
        return codes[dayOfYear - 1] == WORKING;
    }

    /** The reason the day does not count, or null for a working day (null keeps the hot path allocation-free). */
    NonWorkingDayReason reason(int dayOfYear) {
        byte code = codes[dayOfYear - 1];
        return code == WORKING ? null : REASONS[code - 1];
    }
}
