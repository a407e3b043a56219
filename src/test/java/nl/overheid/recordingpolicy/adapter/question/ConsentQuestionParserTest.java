package nl.overheid.recordingpolicy.adapter.question;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.overheid.recordingpolicy.adapter.policyfile.PolicyFiles;
import nl.overheid.recordingpolicy.application.failure.InvalidInputException;
import nl.overheid.recordingpolicy.application.failure.InvalidParam;
import nl.overheid.recordingpolicy.application.consent.ConsentQuestions;
import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;
import nl.overheid.recordingpolicy.domain.consent.Channel;
import nl.overheid.recordingpolicy.domain.consent.ConsentKind;
import nl.overheid.recordingpolicy.domain.consent.ConsentReference;
import nl.overheid.recordingpolicy.domain.consent.GrantorDecision;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;
import nl.overheid.recordingpolicy.domain.policy.Usage;

/**
 * The consent requests' questions at the edge: every bad field named with its contract name and reason, all at once;
 * and the typed question a valid one becomes. Expected problems are written {@code name: reason}, several joined by
 * {@code "; "} in the order the gateway reports them (by field name); {@code -} in a table stands for a value left out.
 */
class ConsentQuestionParserTest {

    private static final PolicySet POLICIES = PolicyFiles.shipped(WorkingDayCalendar.standard());
    private static final String REFERENCE = "is not a consent request reference (CR- followed by 26 characters)";
    private static final String WELL_FORMED_REFERENCE = "CR-3Q9ZK2M7T4B1X8C5V6N0P2R4SW";

    private static ValidatorFactory validation;
    private static ConsentQuestionParser questions;

    @BeforeAll
    static void buildParser() {
        validation = Validation.buildDefaultValidatorFactory();
        questions = new ConsentQuestionParser(new InputValidator(validation, POLICIES));
    }

    @AfterAll
    static void closeValidation() {
        validation.close();
    }

    private static String invalidParams(Executable call) {
        InvalidInputException rejected = assertThrows(InvalidInputException.class, call, "the input must be rejected");
        return rejected.invalidParams().stream()
                .map(param -> param.name() + ": " + param.reason())
                .collect(Collectors.joining("; "));
    }

    private static List<String> invalidNames(Executable call) {
        return assertThrows(InvalidInputException.class, call).invalidParams().stream().map(InvalidParam::name).toList();
    }

    // ------------------------------------------------------------------------------------------ consent requests

    @ParameterizedTest(name = "[{index}] {0} {1} {2} {3} {4} {5} {6} {7} -> {8}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            FILM      | UWV | VIDEO | -       | 2026-05-18 | MIJN_UWV | ZAAK-1 | -          | kind: must be one of: RECORDING, PUBLICATION
            -         | UWV | VIDEO | -       | 2026-05-18 | MIJN_UWV | ZAAK-1 | -          | kind: is required
            RECORDING | UWV | VIDEO | -       | 2026-05-18 | MIJN_UWV | -      | -          | caseReference: is required
            RECORDING | UWV | VIDEO | -       | 2026-05-18 | MIJN_UWV | ''     | -          | caseReference: must be 1 to 64 printable characters
            RECORDING | UWV | VIDEO | -       | 2026-05-18 | EMAIL    | ZAAK-1 | -          | channel: must be one of: MIJN_UWV, CHAT, PHONE, COUNTER, LETTER
            RECORDING | UWV | VIDEO | -       | -          | MIJN_UWV | ZAAK-1 | -          | conversationDate: is required
            RECORDING | UWV | VIDEO | -       | 18-05-2026 | MIJN_UWV | ZAAK-1 | -          | conversationDate: must be a date written yyyy-MM-dd, e.g. 2026-05-18
            RECORDING | UWV | VIDEO | -       | 2026-05-18 | MIJN_UWV | ZAAK-1 | 2026-02-30 | requestDate: must be a date written yyyy-MM-dd, e.g. 2026-05-18
            PUBLICATION | UWV | VIDEO | SELL  | 2026-05-18 | LETTER   | ZAAK-1 | -          | usage: must be one of: PRIVATE_LISTENING, SHARE_PRIVATE_CIRCLE, SHARE_WITH_ADVISER, SHARE_WITH_PARTICIPANTS, SHARE_WITH_THIRD_PARTIES, PUBLISH, EDIT_AND_PUBLISH_FRAGMENTS, NAME_EMPLOYEE_ONLINE
            """)
    void consentSubmissionReportsEachInvalidField(String kind, String authority, String medium, String usage,
                                                  String conversationDate, String channel, String caseReference,
                                                  String requestDate, String expected) {
        assertEquals(expected, invalidParams(() -> questions.submit(new ConsentInputs.Submit(kind, authority, medium, usage, conversationDate, channel, caseReference,
                        requestDate))));
    }

    @Test
    void consentSubmissionAcceptsACaseReferenceOf64PrintableCharactersButNot65() {
        assertDoesNotThrow(() -> questions.submit(new ConsentInputs.Submit("RECORDING", "UWV", "VIDEO", null, "2026-05-18",
                "MIJN_UWV", "Z".repeat(64), null)));
        assertEquals("caseReference: must be 1 to 64 printable characters", invalidParams(() -> questions.submit(new ConsentInputs.Submit("RECORDING", "UWV", "VIDEO", null, "2026-05-18", "MIJN_UWV", "Z".repeat(65), null))));
    }

    @Test
    void consentReferencesLookupsDecisionsAndPagesReportEachInvalidField() {
        assertEquals("reference: " + REFERENCE, invalidParams(() -> questions.lookup(new ConsentInputs.Lookup("CR-123"))));
        assertEquals("reference: " + REFERENCE,
                invalidParams(() -> questions.lookup(new ConsentInputs.Lookup(WELL_FORMED_REFERENCE.toLowerCase()))));
        assertDoesNotThrow(() -> questions.lookup(new ConsentInputs.Lookup(WELL_FORMED_REFERENCE)));
        assertEquals("decision: must be one of: GRANTED, DENIED",
                invalidParams(() -> questions.decide(new ConsentInputs.Decide(WELL_FORMED_REFERENCE, "MAYBE", null))));
        assertEquals("reason: must be at most 500 characters", invalidParams(() -> questions.decide(new ConsentInputs.Decide(WELL_FORMED_REFERENCE, "GRANTED", "x".repeat(501)))));
        assertEquals("reason: must be at most 500 characters", invalidParams(() -> questions.withdraw(new ConsentInputs.Withdraw(WELL_FORMED_REFERENCE, "x".repeat(501)))));
        assertDoesNotThrow(() -> questions.withdraw(new ConsentInputs.Withdraw(WELL_FORMED_REFERENCE, null)));
        assertEquals("caseReference: is required", invalidParams(() -> questions.find(new ConsentInputs.Find(null, null, null))));
        assertEquals(List.of("page", "pageSize"), invalidNames(() -> questions.find(new ConsentInputs.Find("ZAAK-1", "0", "101"))));
        assertEquals(List.of("pageSize"), invalidNames(() -> questions.find(new ConsentInputs.Find("ZAAK-1", "1", "0"))));
        assertEquals(List.of("pageSize"), invalidNames(() -> questions.find(new ConsentInputs.Find("ZAAK-1", null, "two"))));
        assertDoesNotThrow(() -> questions.find(new ConsentInputs.Find("ZAAK-1", "3", "100")));
        assertEquals(new ConsentQuestions.Find("ZAAK-1", 1, 20), questions.find(new ConsentInputs.Find("ZAAK-1", null, null)),
                "page defaults to 1, pageSize to 20");
        assertEquals(new ConsentQuestions.Find("ZAAK-1", 3, 100), questions.find(new ConsentInputs.Find("ZAAK-1", "3", "100")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"before\u0000after", "bell\u0007", "escape\u001b[31m", "delete\u007f",
            "half a pair \uD83D", "\uDE00 the other half", "not a character \uFFFF"})
    void aReasonWithControlCharactersIsRefusedBeforeItCanReachTheDatabase(String reason) {
        String expected = "reason: must not contain control characters other than tab and line breaks, nor characters XML"
                + " cannot carry";
        assertEquals(expected, invalidParams(() -> questions.decide(new ConsentInputs.Decide(WELL_FORMED_REFERENCE, "GRANTED", reason))));
        assertEquals(expected, invalidParams(() -> questions.withdraw(new ConsentInputs.Withdraw(WELL_FORMED_REFERENCE, reason))));
    }

    @Test
    void aReasonMayHaveLineBreaksTabsAndEmoji() {
        assertDoesNotThrow(() -> questions.decide(new ConsentInputs.Decide(WELL_FORMED_REFERENCE, "DENIED",
                "Te laat gevraagd.\r\n\tZie de spelregels \uD83D\uDE00")));
    }

    // ------------------------------------------------------------------------------------------ the typed questions

    @Test
    void aValidSubmissionBecomesItsTypedValues() {
        assertEquals(new ConsentQuestions.Submit(ConsentKind.PUBLICATION, Authority.MUNICIPALITY, Medium.AUDIO,
                        Optional.of(Usage.PUBLISH), LocalDate.of(2026, 5, 18), Channel.LETTER, "ZAAK-1",
                        Optional.of(LocalDate.of(2026, 5, 4))),
                questions.submit(new ConsentInputs.Submit("PUBLICATION", "MUNICIPALITY", "AUDIO", "PUBLISH", "2026-05-18",
                        "LETTER", "ZAAK-1", "2026-05-04")));
        assertEquals(Optional.empty(), questions.submit(new ConsentInputs.Submit("RECORDING", "UWV", "VIDEO", null,
                "2026-05-18", "MIJN_UWV", "ZAAK-1", null)).requestDate());
    }

    @Test
    void validChangesBecomeTheirTypedValues() {
        ConsentReference reference = new ConsentReference(WELL_FORMED_REFERENCE);
        assertEquals(new ConsentQuestions.Lookup(reference), questions.lookup(new ConsentInputs.Lookup(WELL_FORMED_REFERENCE)));
        assertEquals(new ConsentQuestions.Decide(reference, GrantorDecision.DENIED, Optional.of("te laat")),
                questions.decide(new ConsentInputs.Decide(WELL_FORMED_REFERENCE, "DENIED", "te laat")));
        assertEquals(new ConsentQuestions.Withdraw(reference, Optional.empty()),
                questions.withdraw(new ConsentInputs.Withdraw(WELL_FORMED_REFERENCE, null)));
        assertEquals(new ConsentQuestions.Contact(reference, OffsetDateTime.parse("2026-05-11T10:15:00+02:00"),
                        Optional.of("gebeld"), Optional.of(Medium.AUDIO), Optional.empty()),
                questions.contact(new ConsentInputs.Contact(WELL_FORMED_REFERENCE, "2026-05-11T10:15:00+02:00", "gebeld",
                        "AUDIO", null)));
    }

    @Test
    void aContactTimeWithoutOffsetIsNamedWithTheOtherBadFields() {
        assertEquals("alternativeMedium: must be one of: AUDIO, VIDEO, PHOTO; contactedAt: must be a date and time with an"
                        + " offset, e.g. 2026-05-11T10:15:00+02:00; reference: " + REFERENCE,
                invalidParams(() -> questions.contact(new ConsentInputs.Contact("CR-1", "2026-05-11T10:15:00", null,
                        "FILM", null))));
        assertEquals("contactedAt: is required", invalidParams(() -> questions.contact(
                new ConsentInputs.Contact(WELL_FORMED_REFERENCE, null, null, null, null))));
    }
}
