package nl.overheid.recordingpolicy.domain.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days that the government equates with a generally recognised feast by decree (Algemene
 * termijnenwet art. 3 lid 3), often the Friday after Hemelvaartsdag and other "bridge days", but by no rule
 * that would let them be computed.
 *
 * <p>These cannot be computed: a decree fixes them a few years ahead. That is why they are data
 * ({@link #shipped()}, read from {@code equated-days.txt} next to this class) and why a deployment
 * can add the next decree's days by configuration without a rebuild: the configuration layer
 * hands its text to {@link #parse(String)} and combines it with {@link #plus(EquatedDays)}.
 *
 * <p>Besides the days, it knows which years a decree covers ({@link #decreed(int)}). A year no shipped or
 * configured decree covers may still get equated days, so a deadline counted in it is provisional. The shipped
 * file says so per decree ({@code decree 2023..2025}); days handed in by configuration or {@link #of} count as a
 * decree for the years they fall in, because whoever enters a decree's days has that decree in hand.
 *
 * <p>Immutable and thread-safe.
 */
public final class EquatedDays {

    /** The file name, resolved relative to this class's package on the class path. */
    static final String RESOURCE = "equated-days.txt";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");
    /** A decree's years in the resource: {@code decree 2023..2025}. */
    private static final Pattern DECREE = Pattern.compile("decree\\s+(\\d{4})\\.\\.(\\d{4})");
    private static final EquatedDays NONE = new EquatedDays(new TreeSet<>(), new TreeSet<>());

    /**
     * Read on first use. A race only means two threads read the same small file; a holder class
     * would turn a missing resource into an ExceptionInInitializerError and then a
     * NoClassDefFoundError, which hides the cause.
     */
    private static volatile EquatedDays shipped;
    /** Years the bit set of decreed years holds (any other year is looked up in the set): every four-digit year. */
    private static final int BITSET_YEARS = 10_000;

    private final NavigableSet<LocalDate> dates;
    private final NavigableSet<Integer> decreedYears;
    /**
     * The same years, for {@link #decreed(int)}: every recording decision asks it for each year from deadline to
     * conversation, and a boxed look-up in the tree set was 9% of JMH {@code recordingDecision} (2026-12-03).
     */
    private final BitSet decreed = new BitSet();

    private EquatedDays(TreeSet<LocalDate> dates, TreeSet<Integer> decreedYears) {
        this.dates = Collections.unmodifiableNavigableSet(dates);
        this.decreedYears = Collections.unmodifiableNavigableSet(decreedYears);
        decreedYears.stream().filter(year -> year >= 0 && year < BITSET_YEARS).forEach(decreed::set);
    }

    /** The dates, with the years they fall in as the years a decree covers. */
    private static EquatedDays withTheirYears(TreeSet<LocalDate> dates) {
        if (dates.isEmpty()) {
            return NONE;
        }
        TreeSet<Integer> years = new TreeSet<>();
        dates.forEach(date -> years.add(date.getYear()));
        return new EquatedDays(dates, years);
    }

    /** No equated days and no decree: only the statutory feasts and weekends count, every year is provisional. */
    public static EquatedDays none() {
        return NONE;
    }

    /** The given dates; the years they fall in count as covered by a decree. */
    public static EquatedDays of(Collection<LocalDate> dates) {
        TreeSet<LocalDate> copy = new TreeSet<>();
        for (LocalDate date : dates) {
            copy.add(Objects.requireNonNull(date, "an equated day must not be null"));
        }
        return withTheirYears(copy);
    }

    /** The given dates; the years they fall in count as covered by a decree. */
    public static EquatedDays of(LocalDate... dates) {
        return of(Arrays.asList(dates));
    }

    /**
     * The days of the decrees known when this version was built, read once from the class path
     * resource {@value #RESOURCE}.
     *
     * @throws IllegalStateException if the resource is missing or malformed: a broken build, not
     *                               something a caller can recover from
     */
    public static EquatedDays shipped() {
        EquatedDays days = shipped;
        if (days == null) {
            days = loadShipped();
            shipped = days;
        }
        return days;
    }

    /**
     * Parses ISO dates ({@code 2029-05-11}) separated by commas and/or whitespace, the format of a
     * configuration value such as {@code "2029-05-11, 2029-12-24"}. Blank text means no days. The years of the
     * days count as covered by a decree: an operator enters the days of a decree that has been published.
     *
     * @throws IllegalArgumentException naming the first token that is not an ISO date
     */
    public static EquatedDays parse(String text) {
        Objects.requireNonNull(text, "text");
        TreeSet<LocalDate> dates = new TreeSet<>();
        addTokens(text, dates, "");
        return withTheirYears(dates);
    }

    /**
     * Reads the resource format: one ISO date per line, {@code #} starts a comment (whole-line or
     * trailing), blank lines are ignored, and {@code decree 2023..2025} names the years a shipped decree covers.
     * Only those lines make years final: a date outside every decree's years is refused, since it would say a
     * day was equated without saying by which decree.
     */
    static EquatedDays read(BufferedReader reader, String sourceName) throws IOException {
        TreeSet<LocalDate> dates = new TreeSet<>();
        TreeSet<Integer> years = new TreeSet<>();
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            int comment = line.indexOf('#');
            String content = (comment < 0 ? line : line.substring(0, comment)).strip();
            String where = " (" + sourceName + " line " + lineNumber + ")";
            if (content.startsWith("decree")) {
                Matcher decree = DECREE.matcher(content);
                if (!decree.matches()) {
                    throw new IllegalArgumentException("Not a decree's years (decree yyyy..yyyy): '" + content + "'" + where);
                }
                int first = Integer.parseInt(decree.group(1));
                int last = Integer.parseInt(decree.group(2));
                if (first > last) {
                    throw new IllegalArgumentException("A decree's years run backwards: '" + content + "'" + where);
                }
                for (int year = first; year <= last; year++) {
                    years.add(year);
                }
                continue;
            }
            TreeSet<LocalDate> onLine = new TreeSet<>();
            addTokens(content, onLine, where);
            for (LocalDate date : onLine) {
                if (!years.contains(date.getYear())) {
                    throw new IllegalArgumentException("No decree line covers " + date + where);
                }
            }
            dates.addAll(onLine);
        }
        return dates.isEmpty() && years.isEmpty() ? NONE : new EquatedDays(dates, years);
    }

    private static void addTokens(String text, TreeSet<LocalDate> into, String where) {
        for (String token : SEPARATORS.split(text.strip())) {
            if (token.isEmpty()) {
                continue; // only happens for blank text
            }
            try {
                into.add(LocalDate.parse(token));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "Not an ISO date (yyyy-MM-dd): '" + token + "'" + where, e);
            }
        }
    }

    /** These days and the other's, and the years both cover: how configured extra days are added to the shipped ones. */
    public EquatedDays plus(EquatedDays other) {
        Objects.requireNonNull(other, "other");
        if (dates.containsAll(other.dates) && decreedYears.containsAll(other.decreedYears)) {
            return this;
        }
        TreeSet<LocalDate> union = new TreeSet<>(dates);
        union.addAll(other.dates);
        TreeSet<Integer> years = new TreeSet<>(decreedYears);
        years.addAll(other.decreedYears);
        return new EquatedDays(union, years);
    }

    /**
     * Whether a decree covering this year is known (shipped or configured), so that its equated days are all
     * here. False means a deadline counted through this year may still move when a decree is published.
     */
    public boolean decreed(int year) {
        return year >= 0 && year < BITSET_YEARS ? decreed.get(year) : decreedYears.contains(year);
    }

    /** The years a known decree covers, ascending, unmodifiable. */
    public Set<Integer> decreedYears() {
        return decreedYears;
    }

    public boolean contains(LocalDate date) {
        return dates.contains(date);
    }

    /** All days, unmodifiable; iterates in date order. */
    public Set<LocalDate> dates() {
        return dates;
    }

    /** The days that fall in one year; used when the calendar builds its table for that year. */
    NavigableSet<LocalDate> inYear(int year) {
        return dates.subSet(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EquatedDays other && dates.equals(other.dates) && decreedYears.equals(other.decreedYears);
    }

    @Override
    public int hashCode() {
        return 31 * dates.hashCode() + decreedYears.hashCode();
    }

    @Override
    public String toString() {
        return "EquatedDays" + dates + " decreed " + decreedYears;
    }

    private static EquatedDays loadShipped() {
        InputStream in = EquatedDays.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Resource " + RESOURCE + " missing next to "
                    + EquatedDays.class.getName() + " on the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(reader, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Malformed " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
