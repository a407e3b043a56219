package nl.overheid.recordingpolicy.domain.acknowledgement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.overheid.recordingpolicy.adapter.policyfile.PolicyFiles;
import nl.overheid.recordingpolicy.domain.FieldReason;
import nl.overheid.recordingpolicy.domain.Refusal;
import nl.overheid.recordingpolicy.domain.RejectedFieldException;
import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;

/** The form at the end of the municipal rules: which authorities have it, and what a registration must hold. */
class AcknowledgementTest {

    private static final PolicySet POLICIES = PolicyFiles.shipped(WorkingDayCalendar.standard());
    private static final AcknowledgementForm MUNICIPAL = AcknowledgementForm.of(POLICIES.of(Authority.MUNICIPALITY)).orElseThrow();
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 18);
    private static final Instant NOW = Instant.parse("2026-05-18T09:30:00Z");

    private static AcknowledgementDetails details(LocalDate date) {
        return new AcknowledgementDetails(date, "J. de Vries", "A. Jansen", true, false);
    }

    @Test
    void theMunicipalRulesEndWithTheFormAndUwvsDoNot() {
        assertEquals("GEM-ACKNOWLEDGEMENT", MUNICIPAL.rule().id());
        assertTrue(AcknowledgementForm.of(POLICIES.of(Authority.UWV)).isEmpty());
    }

    @Test
    void theFormPrintsTheIntroductionAndTheSevenArticlesButNotItself() {
        List<String> sections = MUNICIPAL.sections().stream().map(AcknowledgementForm.Section::name).toList();

        assertEquals(List.of("Spelregels opname gesprekken", "Artikel 1", "Artikel 2", "Artikel 3", "Artikel 4",
                "Artikel 5", "Artikel 6", "Artikel 7"), sections);
        assertTrue(MUNICIPAL.sections().stream().flatMap(section -> section.rules().stream())
                .noneMatch(rule -> rule.id().equals("GEM-ACKNOWLEDGEMENT")));
        assertEquals("Onder opnamen wordt begrepen: geluids-, video- en foto-opnamen.",
                MUNICIPAL.sections().get(1).rules().get(0).source().text());
    }

    @Test
    void aRegistrationKeepsTheFormsFieldsAndWhoRegisteredIt() {
        Acknowledgement registered = Acknowledgement.register(MUNICIPAL, "ZAAK-1", details(TODAY), "case-system-gemeente", TODAY, NOW);

        assertTrue(AcknowledgementReferences.isWellFormed(registered.reference()), registered.reference());
        assertEquals(Authority.MUNICIPALITY, registered.authority());
        assertEquals("GEM-ACKNOWLEDGEMENT", registered.ruleId());
        assertEquals("case-system-gemeente", registered.registeredBy());
        assertEquals(NOW, registered.registeredAt());
        assertEquals(details(TODAY), registered.details());
    }

    @ParameterizedTest(name = "a form dated {0} (today {1}) is refused: {2}")
    @CsvSource({"2026-05-19, 2026-05-18, true", "2027-01-01, 2026-05-18, true", "2026-05-18, 2026-05-18, false",
            "2014-01-01, 2026-05-18, false"})
    void aFormCannotBeDatedAfterToday(LocalDate date, LocalDate today, boolean refused) {
        if (refused) {
            RejectedFieldException e = assertThrows(RejectedFieldException.class,
                    () -> Acknowledgement.register(MUNICIPAL, "ZAAK-1", details(date), "x", today, NOW));
            assertEquals("date", e.field());
            assertEquals(Refusal.of(FieldReason.NOT_IN_THE_FUTURE, today), e.refusal());
        } else {
            assertEquals(date, Acknowledgement.register(MUNICIPAL, "ZAAK-1", details(date), "x", today, NOW).details().date());
        }
    }

    @ParameterizedTest(name = "client name [{0}] is required")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t \n"})
    void bothNamesAreRequired(String blank) {
        RejectedFieldException client = assertThrows(RejectedFieldException.class,
                () -> new AcknowledgementDetails(TODAY, blank, "A. Jansen", true, true));
        RejectedFieldException employee = assertThrows(RejectedFieldException.class,
                () -> new AcknowledgementDetails(TODAY, "J. de Vries", blank, true, true));

        assertEquals(List.of("clientName", Refusal.of(FieldReason.REQUIRED)), List.of(client.field(), client.refusal()));
        assertEquals(List.of("employeeName", Refusal.of(FieldReason.REQUIRED)), List.of(employee.field(), employee.refusal()));
    }

    @Test
    void aNameIsAtMost200WrittenCharactersKeptWithoutSurroundingBlanks() {
        String longest = "a".repeat(AcknowledgementDetails.MAX_NAME);

        assertEquals(longest, new AcknowledgementDetails(TODAY, longest, "A", false, false).clientName());
        assertEquals(Refusal.of(FieldReason.MAX_LENGTH, 200), assertThrows(RejectedFieldException.class,
                () -> new AcknowledgementDetails(TODAY, longest + "a", "A", false, false)).refusal());
        for (String unwritten : List.of("J.\u0000de Vries", "J.\u202Ede Vries", "J. de Vries\uD800", "J.\uFFFF",
                "J.\uE000", "J.\u2028de Vries")) {
            assertEquals(Refusal.of(FieldReason.WRITTEN_NAME), assertThrows(RejectedFieldException.class,
                    () -> new AcknowledgementDetails(TODAY, unwritten, "A", false, false)).refusal(), unwritten);
        }
        assertEquals("O'Brien-Smith \uD83D\uDE00", new AcknowledgementDetails(TODAY, "O'Brien-Smith \uD83D\uDE00", "A", false, false).clientName());
        assertEquals("Şükrü Çelik", new AcknowledgementDetails(TODAY, "  Şükrü Çelik ", "A", false, false).clientName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CR-3J8Z0K6D2W9QXN4T7VB1M5R8HC", "AK-8J8Z0K6D2W9QXN4T7VB1M5R8HC", "AK-3J8Z0K6D2W9QXN4T7VB1M5R8H",
            "ak-3J8Z0K6D2W9QXN4T7VB1M5R8HC", ""})
    void onlyTheCanonicalReferenceFormIsWellFormed(String candidate) {
        assertTrue(!AcknowledgementReferences.isWellFormed(candidate));
        assertTrue(AcknowledgementReferences.isWellFormed("AK-3J8Z0K6D2W9QXN4T7VB1M5R8HC"));
    }
}
