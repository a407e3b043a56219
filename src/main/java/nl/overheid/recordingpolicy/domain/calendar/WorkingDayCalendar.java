package nl.overheid.recordingpolicy.domain.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which days are working days under the Algemene termijnenwet: Monday to Friday, except the
 * generally recognised feasts of art. 3 lid 1, Goede Vrijdag (lid 2) and the days equated by
 * decree (lid 3, supplied as {@link EquatedDays}).
 *
 * <p>Immutable and thread-safe. Each year's days are worked out once, on first use, and cached
 * inside the instance; so keep one instance per set of equated days (e.g. {@link #standard()})
 * rather than building one per request.
 *
 * <p>The current rules are applied to every year, including years before they were enacted
 * (before 2014 the feast was Koninginnedag on 30 April); the calendar is meant for deadlines
 * around today, not for legal history.
 */
public final class WorkingDayCalendar {

    /**
     * Created on first use. A race at most builds a second, equal instance once; a holder class
     * would turn a missing resource into an opaque NoClassDefFoundError on later calls.
     */
    private static volatile WorkingDayCalendar standard;

    private final EquatedDays equatedDays;
    private final YearCache years;

    public WorkingDayCalendar(EquatedDays equatedDays) {
        this.equatedDays = Objects.requireNonNull(equatedDays, "equatedDays");
        this.years = new YearCache(equatedDays);
    }

    /** The calendar with the shipped equated days only; one shared instance, so its cache is shared too. */
    public static WorkingDayCalendar standard() {
        WorkingDayCalendar calendar = standard;
        if (calendar == null) {
            calendar = new WorkingDayCalendar(EquatedDays.shipped());
            standard = calendar;
        }
        return calendar;
    }

    /** Easter Sunday of the given year (anonymous Gregorian algorithm), from which the movable feasts follow. */
    public static LocalDate easterSunday(int year) {
        return Computus.easterSunday(year);
    }

    public EquatedDays equatedDays() {
        return equatedDays;
    }

    public boolean isWorkingDay(LocalDate date) {
        return years.get(date.getYear()).isWorkingDay(date.getDayOfYear());
    }

    /**
     * Why the date is not a working day, or empty if it is one. A feast is reported even when it
     * falls in the weekend (Koningsdag on Saturday 26 April 2025 gives {@code KINGS_DAY}); only a
     * weekend day that is no feast gives {@code SATURDAY} or {@code SUNDAY}.
     */
    public Optional<NonWorkingDayReason> nonWorkingReason(LocalDate date) {
        return Optional.ofNullable(years.get(date.getYear()).reason(date.getDayOfYear()));
    }

    /**
     * The {@code workingDays}-th working day strictly before {@code date}: counting back from the day
     * before {@code date} and skipping weekends, feasts and equated days, the working day at which the
     * count reaches {@code workingDays}. The date itself never counts, working day or not, and the
     * answer is always a working day. The answer is one of the counted days, so a request made on it
     * leaves {@code workingDays - 1} working days between the request day and the conversation day,
     * not {@code workingDays}: 5 working days before Friday 13 June 2025 is Thursday 5 June (12, 11,
     * 10, then Whit Monday 9 June skipped, 6, 5), and a request on 5 June leaves 6, 10, 11 and 12 June.
     *
     * @throws IllegalArgumentException if {@code workingDays < 1}
     */
    public LocalDate workingDaysBefore(LocalDate date, int workingDays) {
        Objects.requireNonNull(date, "date");
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays must be at least 1, was " + workingDays);
        }
        // Walk on (year, day-of-year) ints and the cached tables; only the answer becomes a LocalDate.
        int year = date.getYear();
        int dayOfYear = date.getDayOfYear();
        HolidayYear table = years.get(year);
        int remaining = workingDays;
        while (true) {
            if (--dayOfYear == 0) {
                table = years.get(--year);
                dayOfYear = table.length();
            }
            if (table.isWorkingDay(dayOfYear) && --remaining == 0) {
                return LocalDate.ofYearDay(year, dayOfYear);
            }
        }
    }

    /**
     * The working days from {@code from} (counted if it is one) up to {@code to} (not counted): the inverse of
     * {@link #workingDaysBefore}, for a deadline and its conversation.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        int days = 0;
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

    /**
     * The years from {@code from} to {@code to} (both included) that no known decree covers: a day
     * in them may still be equated with a feast by a decree not yet published or not shipped, so a
     * deadline counted through them is provisional. Empty when every year is covered.
     */
    public List<Integer> yearsWithoutDecree(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        List<Integer> years = null; // made only for a year without decree: asked by every recording decision
        for (int year = Math.min(from.getYear(), to.getYear()); year <= Math.max(from.getYear(), to.getYear()); year++) {
            if (!equatedDays.decreed(year)) {
                if (years == null) {
                    years = new ArrayList<>(1);
                }
                years.add(year);
            }
        }
        return years == null ? List.of() : List.copyOf(years);
    }

    /**
     * Every feast and equated day of the year, weekend or not, with the reason
     * {@link #nonWorkingReason} reports for it; plain weekends are left out. Sorted by date,
     * unmodifiable. Meant for overviews and tests, not for the hot path.
     */
    public NavigableMap<LocalDate, NonWorkingDayReason> holidaysIn(int year) {
        HolidayYear table = years.get(year);
        TreeMap<LocalDate, NonWorkingDayReason> holidays = new TreeMap<>();
        for (int dayOfYear = 1; dayOfYear <= table.length(); dayOfYear++) {
            NonWorkingDayReason reason = table.reason(dayOfYear);
            if (reason != null && !reason.isWeekend()) {
                holidays.put(LocalDate.ofYearDay(year, dayOfYear), reason);
            }
        }
        return Collections.unmodifiableNavigableMap(holidays);
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + equatedDays + "]";
    }
}
