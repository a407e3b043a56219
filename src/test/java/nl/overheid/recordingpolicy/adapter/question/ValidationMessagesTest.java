package nl.overheid.recordingpolicy.adapter.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.Test;

import nl.overheid.recordingpolicy.adapter.policyfile.PolicyFiles;
import nl.overheid.recordingpolicy.application.failure.ApplicationReason;
import nl.overheid.recordingpolicy.application.failure.InvalidInputException;
import nl.overheid.recordingpolicy.application.failure.InvalidParam;
import nl.overheid.recordingpolicy.domain.FieldReason;
import nl.overheid.recordingpolicy.domain.Reason;
import nl.overheid.recordingpolicy.domain.calendar.SupportedDates;
import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;

/**
 * The catalogue of reasons: every key in English and Dutch, every key the code names in it, and the answers in English
 * whatever the machine's default locale.
 */
class ValidationMessagesTest {

    private static final Pattern KEY = Pattern.compile("\\{(gateway\\.[\\w.]+)}");

    private static Properties read(String resource) {
        Properties messages = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream("/" + resource)) {
            messages.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }

    @Test
    void everyKeyHasAnEnglishAndADutchText() {
        Properties english = read("ValidationMessages.properties");
        Properties dutch = read("ValidationMessages_nl.properties");

        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(dutch.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertFalse(english.getProperty(key).isBlank(), key + " in English");
            assertFalse(dutch.getProperty(key).isBlank(), key + " in Dutch");
        }
    }

    @Test
    void everyKeyTheCodeNamesIsInTheCatalogue() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher key = KEY.matcher(Files.readString(file));
                while (key.find()) {
                    named.add(key.group(1));
                }
            }
        }
        assertFalse(named.isEmpty());
        assertEquals(Set.of(), difference(named, read("ValidationMessages.properties").stringPropertyNames()));
    }

    /**
     * The reasons the code gives itself (each layer's {@link Reason}s, worded by application.failure.ReasonTexts):
     * each key in English and Dutch, each text taking exactly the values the code gives it, no two reasons on one key.
     */
    @Test
    void everyReasonTheCodeGivesIsInBothLanguagesWithExactlyItsValues() {
        Map<String, Properties> languages = Map.of("English", read("ValidationMessages.properties"),
                "Dutch", read("ValidationMessages_nl.properties"));
        Set<String> keys = new TreeSet<>();
        List<Reason> reasons = Stream.of(FieldReason.values(), ApplicationReason.values(), EnvelopeReason.values())
                .flatMap(Arrays::stream).map(Reason.class::cast).toList();
        for (Reason reason : reasons) {
            assertTrue(keys.add(reason.key()), reason + " shares its key " + reason.key());
            languages.forEach((language, messages) -> {
                String text = messages.getProperty(reason.key());
                assertNotNull(text, reason.key() + " in " + language);
                assertEquals(new TreeSet<>(reason.parameters()), placeholders(text), reason.key() + " in " + language);
            });
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher placeholder = Pattern.compile("\\{(\\w+)}").matcher(text);
        while (placeholder.find()) {
            names.add(placeholder.group(1));
        }
        return names;
    }

    private static Set<String> difference(Set<String> named, Set<String> present) {
        Set<String> missing = new TreeSet<>(named);
        missing.removeAll(present);
        return missing;
    }

    @Test
    void theSupportedRangeNamesTheYearsOfSupportedDates() {
        String range = read("ValidationMessages.properties").getProperty("gateway.isoDate.range");
        assertTrue(range.contains("between " + SupportedDates.FIRST + " and " + SupportedDates.LAST), range);
    }

    @Test
    void theAnswersAreEnglishOnADutchMachineToo() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("nl-NL"));
        try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
            InputValidator validator = new InputValidator(validation,
                    PolicyFiles.shipped(WorkingDayCalendar.standard()));
            InvalidInputException rejected = assertThrows(InvalidInputException.class, () -> validator.valid(
                    new LeadTimeInput(null, "FILM", "2026-02-30", "2100-01-01")));

            assertEquals(List.of(
                    new InvalidParam("authority", "is required"),
                    new InvalidParam("conversationDate", "must be a date written yyyy-MM-dd, e.g. 2026-05-18"),
                    new InvalidParam("medium", "must be one of: AUDIO, VIDEO, PHOTO"),
                    new InvalidParam("requestDate", "must lie between 2014-01-01 and 2099-12-31 (the working-day"
                            + " calendar of the Algemene termijnenwet as applied here)")), rejected.invalidParams());
            assertEquals(List.of(new InvalidParam("body", "is required")), assertThrows(InvalidInputException.class,
                    () -> validator.valid(null)).invalidParams());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theDutchTextsAreThereForWhoeverAsksInDutch() {
        try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
            Map<String, String> dutch = Map.of("{gateway.required}", "is verplicht",
                    "{gateway.oneOf} AUDIO", "moet een van deze zijn: AUDIO");
            dutch.forEach((template, text) -> assertEquals(text, validation.getMessageInterpolator()
                    .interpolate(template, null, Locale.forLanguageTag("nl"))));
        }
    }
}
