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
import java.util.Collection;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The days that the government equates with a generally recognised feast by decree (Algemene
 * termijnenwet art. 3 lid 3), typically the Friday after Hemelvaartsdag and "bridge days".
 *
 * <p>These cannot be computed: a decree fixes them a few years ahead. That is why they are data
 * ({@link #shipped()}, read from {@code equated-days.txt} next to this class) and why a deployment
 * can add the next decree's days by configuration without a rebuild: the configuration layer
 * hands its text to {@link #parse(String)} and combines it with {@link #plus(EquatedDays)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class EquatedDays {

    /** The file name, resolved relative to this class's package on the class path. */
    static final String RESOURCE = "equated-days.txt";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");
    private static final EquatedDays NONE = new EquatedDays(new TreeSet<>());

    /**
     * Read on first use. A race only means two threads read the same small file; a holder class
     * would turn a missing resource into an ExceptionInInitializerError and then a
     * NoClassDefFoundError, which hides the cause.
     */
    private static volatile EquatedDays shipped;

    private final NavigableSet<LocalDate> dates;

    private EquatedDays(TreeSet<LocalDate> dates) {
        this.dates = Collections.unmodifiableNavigableSet(dates);
    }

    /** No equated days at all: only the statutory feasts and weekends count. */
    public static EquatedDays none() {
        return NONE;
    }

    /** The given dates. */
    public static EquatedDays of(Collection<LocalDate> dates) {
        TreeSet<LocalDate> copy = new TreeSet<>();
        for (LocalDate date : dates) {
            copy.add(Objects.requireNonNull(date, "an equated day must not be null"));
        }
        return copy.isEmpty() ? NONE : new EquatedDays(copy);
    }

    /** The given dates. */
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
     * configuration value such as {@code "2029-05-11, 2029-12-24"}. Blank text means no days.
     *
     * @throws IllegalArgumentException naming the first token that is not an ISO date
     */
    public static EquatedDays parse(String text) {
        Objects.requireNonNull(text, "text");
        TreeSet<LocalDate> dates = new TreeSet<>();
        addTokens(text, dates, "");
        return dates.isEmpty() ? NONE : new EquatedDays(dates);
    }

    /**
     * Reads the resource format: one ISO date per line, {@code #} starts a comment (whole-line or
     * trailing), blank lines are ignored.
     */
    static EquatedDays read(BufferedReader reader, String sourceName) throws IOException {
        TreeSet<LocalDate> dates = new TreeSet<>();
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            int comment = line.indexOf('#');
            String content = comment < 0 ? line : line.substring(0, comment);
            addTokens(content, dates, " (" + sourceName + " line " + lineNumber + ")");
        }
        return dates.isEmpty() ? NONE : new EquatedDays(dates);
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

    /** These days and the other's: how configured extra days are added to the shipped ones. */
    public EquatedDays plus(EquatedDays other) {
        Objects.requireNonNull(other, "other");
        if (other.dates.isEmpty() || dates.containsAll(other.dates)) {
            return this;
        }
        if (dates.isEmpty()) {
            return other;
        }
        TreeSet<LocalDate> union = new TreeSet<>(dates);
        union.addAll(other.dates);
        return new EquatedDays(union);
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
        return o instanceof EquatedDays other && dates.equals(other.dates);
    }

    @Override
    public int hashCode() {
        return dates.hashCode();
    }

    @Override
    public String toString() {
        return "EquatedDays" + dates;
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
