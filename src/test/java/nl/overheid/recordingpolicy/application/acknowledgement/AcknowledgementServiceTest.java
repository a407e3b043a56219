package nl.overheid.recordingpolicy.application.acknowledgement;

import nl.overheid.recordingpolicy.adapter.json.JsonbRecordJson;
import nl.overheid.recordingpolicy.application.idempotency.IdempotentTransaction;

import nl.overheid.recordingpolicy.application.idempotency.IdempotencyStore;

import nl.overheid.recordingpolicy.application.idempotency.Idempotency;

import nl.overheid.recordingpolicy.application.failure.ConflictException;

import java.util.Map;

import java.util.HashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.overheid.recordingpolicy.adapter.policyfile.PolicyFiles;
import nl.overheid.recordingpolicy.adapter.question.AcknowledgementInputs;
import nl.overheid.recordingpolicy.adapter.question.AcknowledgementQuestionParser;
import nl.overheid.recordingpolicy.adapter.question.InputValidator;
import nl.overheid.recordingpolicy.application.failure.InvalidInputException;
import nl.overheid.recordingpolicy.application.audit.CallContext;
import nl.overheid.recordingpolicy.application.audit.DecisionLog;
import nl.overheid.recordingpolicy.application.audit.DecisionRecord;
import nl.overheid.recordingpolicy.application.audit.TraceContext;
import nl.overheid.recordingpolicy.application.security.AccessDeniedException;
import nl.overheid.recordingpolicy.application.security.AcknowledgementVisibility;
import nl.overheid.recordingpolicy.application.security.AuthenticationRequiredException;
import nl.overheid.recordingpolicy.application.security.Caller;
import nl.overheid.recordingpolicy.application.security.Role;
import nl.overheid.recordingpolicy.application.view.AcknowledgementView;
import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;

/**
 * Registering, reading and listing acknowledgements, and printing the form, with the access rules of
 * docs/security.md: every answer names the field, the refusal or the absence exactly.
 */
class AcknowledgementServiceTest {

    private static final PolicySet POLICIES = PolicyFiles.shipped(WorkingDayCalendar.standard());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-18T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    private static final Caller CASE_SYSTEM = caller("case-system-gemeente", Role.CASE_SYSTEM, Authority.MUNICIPALITY);
    private static final Caller OTHER_CASE_SYSTEM = caller("case-system-2", Role.CASE_SYSTEM, Authority.MUNICIPALITY);
    private static final Caller OFFICER = caller("consent-officer-gemeente", Role.CONSENT_OFFICER, Authority.MUNICIPALITY);
    private static final Caller UWV_OFFICER = caller("consent-officer", Role.CONSENT_OFFICER, Authority.UWV);
    private static final Caller UWV_CASE_SYSTEM = caller("case-system", Role.CASE_SYSTEM, Authority.UWV);
    private static final Caller AUDITOR = caller("auditor", Role.AUDITOR, Authority.UWV);

    private static ValidatorFactory validation;

    private final InMemoryStore store = new InMemoryStore();
    private final List<DecisionRecord> log = new ArrayList<>();
    /** The idempotency records, as the database would keep them: operation and key to request hash and answer. */
    private final Map<String, String[]> keyRows = new HashMap<>();
    private final IdempotencyStore keys = new IdempotencyStore() {
        @Override
        public Optional<Previous> previous(String operation, String key, String requestHash) {
            return Optional.ofNullable(keyRows.get(operation + "|" + key)).map(row -> row[0].equals(requestHash)
                    ? new Completed(row[1]) : new Mismatch());
        }

        @Override
        public void complete(String operation, String key, String requestHash, String responseJson,
                             String resourceReference, Instant now) {
            keyRows.put(operation + "|" + key, new String[] {requestHash, responseJson});
        }
    };
    private AcknowledgementService service;
    private static AcknowledgementQuestionParser questions;

    private static Caller caller(String name, Role role, Authority authority) {
        return Caller.of(name, Set.of(role), Optional.of(authority));
    }

    @BeforeAll
    static void validation() {
        validation = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void close() {
        validation.close();
    }

    @BeforeEach
    void service() {
        DecisionLog decisionLog = new DecisionLog() {
            @Override
            public void append(DecisionRecord record) {
                log.add(record);
            }

            @Override
            public Optional<DecisionRecord> find(String decisionId) {
                return log.stream().filter(record -> record.decisionId().equals(decisionId)).findFirst();
            }
        };
        service = new AcknowledgementService(new AcknowledgementTransactions(store, decisionLog, POLICIES,
                new JsonbRecordJson()),
                new Idempotency(keys, new IdempotentTransaction(), CLOCK), CLOCK, POLICIES);
        questions = new AcknowledgementQuestionParser(new InputValidator(validation, POLICIES));
    }

    private static AcknowledgementQuestions.Register registration(String authority, String caseReference) {
        return questions.register(new AcknowledgementInputs.Register(authority, caseReference, "2026-05-18", "J. de Vries", "A. Jansen",
                "true", "false"));
    }

    private static CallContext call(Caller caller) {
        return new CallContext("test " + caller.name(), TraceContext.newTrace(), caller);
    }

    private static String invalidParams(Executable call) {
        return assertThrows(InvalidInputException.class, call).invalidParams().stream()
                .map(param -> param.name() + ": " + param.reason()).collect(Collectors.joining("; "));
    }

    @Test
    void aRegistrationIsStoredWithItsRegistrarAndLoggedWithoutTheNames() {
        AcknowledgementView view = service.register(registration("MUNICIPALITY", "ZAAK-1"), Optional.empty(), call(CASE_SYSTEM));

        assertEquals(List.of("MUNICIPALITY", "ZAAK-1", "2026-05-18", "J. de Vries", "A. Jansen", "case-system-gemeente",
                        "GEM-ACKNOWLEDGEMENT", "2026-05-18T10:00:00Z"),
                List.of(view.authority(), view.caseReference(), view.date(), view.clientName(), view.employeeName(),
                        view.registeredBy(), view.ruleId(), view.registeredAt()));
        assertTrue(view.signedByClient());
        assertFalse(view.signedByEmployee());
        DecisionRecord record = log.get(0);
        assertEquals(List.of(view.decisionId(), "acknowledgement_registered", "REGISTERED", "test case-system-gemeente"),
                List.of(record.decisionId(), record.event(), record.status(), record.caller()));
        assertEquals(List.of("GEM-ACKNOWLEDGEMENT"), record.ruleIds());
        assertTrue(record.responseJson().contains(view.reference()), record.responseJson());
        assertFalse((record.requestJson() + record.responseJson()).contains("Vries"), "the log keeps no names");
        assertFalse((record.requestJson() + record.responseJson()).contains("Jansen"), "the log keeps no names");
    }

    @Test
    void uwvsRulesHaveNoFormSoNothingCanBeRegisteredForUwv() {
        assertEquals("authority: has no acknowledgement form: the rules of UWV do not end with one",
                invalidParams(() -> service.register(registration("UWV", "ZAAK-1"), Optional.empty(), call(UWV_CASE_SYSTEM))));
        assertEquals("authority: has no acknowledgement form: the rules of UWV do not end with one",
                invalidParams(() -> service.emptyForm(questions.emptyForm(new AcknowledgementInputs.EmptyForm("UWV", null)), Optional.empty())));
        assertTrue(log.isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "everything missing|-|-|-|-|-|-|-|authority: is required; caseReference: is required; clientName: is required; date: is required; employeeName: is required; signedByClient: is required; signedByEmployee: is required",
            "a date that is no date|MUNICIPALITY|ZAAK-1|18-05-2026|J|A|true|true|date: must be a date written yyyy-MM-dd, e.g. 2026-05-18",
            "a date in the future|MUNICIPALITY|ZAAK-1|2026-05-19|J|A|true|true|date: must not lie in the future (today is 2026-05-18)",
            "a blank client name|MUNICIPALITY|ZAAK-1|2026-05-18|'  '|A|true|true|clientName: is required",
            "a signature that is not yes or no|MUNICIPALITY|ZAAK-1|2026-05-18|J|A|yes|true|signedByClient: must be true or false",
            "an unknown authority|GM1234|ZAAK-1|2026-05-18|J|A|true|true|authority: must be one of the loaded authorities"})
    void badInputNamesTheField(String why, String authority, String caseReference, String date, String client,
                               String employee, String signedByClient, String signedByEmployee, String expected) {
        String actual = invalidParams(() -> service.register(questions.register(new AcknowledgementInputs.Register(value(authority),
                value(caseReference), value(date), value(client), value(employee), value(signedByClient),
                value(signedByEmployee))), Optional.empty(), call(CASE_SYSTEM)));

        assertTrue(actual.startsWith(expected.split(":")[0] + ":"), actual);
        if (!expected.startsWith("authority: must be one of")) {
            assertEquals(expected, actual);
        }
        assertTrue(log.isEmpty());
    }

    private static String value(String cell) {
        return "-".equals(cell) ? null : cell;
    }

    @Test
    void onlyACaseSystemOrAConsentOfficerOfThatMunicipalityRegisters() {
        assertThrows(AuthenticationRequiredException.class,
                () -> service.register(registration("MUNICIPALITY", "ZAAK-1"), Optional.empty(), call(Caller.anonymous())));
        assertThrows(AccessDeniedException.class,
                () -> service.register(registration("MUNICIPALITY", "ZAAK-1"), Optional.empty(), call(AUDITOR)));
        assertThrows(AccessDeniedException.class,
                () -> service.register(registration("MUNICIPALITY", "ZAAK-1"), Optional.empty(), call(UWV_OFFICER)));
        assertEquals("consent-officer-gemeente",
                service.register(registration("MUNICIPALITY", "ZAAK-1"), Optional.empty(), call(OFFICER)).registeredBy());
    }

    @Test
    void eachRoleSeesItsShareAndTheRestIsAsUnknownAsANeverIssuedReference() {
        String byCaseSystem = service.register(registration("MUNICIPALITY", "ZAAK-2"), Optional.empty(), call(CASE_SYSTEM)).reference();
        String byOfficer = service.register(registration("MUNICIPALITY", "ZAAK-2"), Optional.empty(), call(OFFICER)).reference();
        AcknowledgementQuestions.Find zaak2 = questions.find(new AcknowledgementInputs.Find("ZAAK-2"));

        assertEquals(List.of(byCaseSystem, byOfficer), references(service.find(zaak2, AUDITOR).acknowledgements()));
        assertEquals(List.of(byCaseSystem, byOfficer), references(service.find(zaak2, OFFICER).acknowledgements()));
        assertEquals(List.of(byCaseSystem), references(service.find(zaak2, CASE_SYSTEM).acknowledgements()));
        assertEquals(List.of(), references(service.find(zaak2, OTHER_CASE_SYSTEM).acknowledgements()));
        assertEquals(List.of(), references(service.find(zaak2, UWV_OFFICER).acknowledgements()));

        assertEquals("J. de Vries", service.get(questions.lookup(new AcknowledgementInputs.Lookup(byOfficer)), AUDITOR).clientName());
        for (Caller outsider : List.of(OTHER_CASE_SYSTEM, UWV_OFFICER, UWV_CASE_SYSTEM)) {
            assertThrows(AcknowledgementNotFoundException.class,
                    () -> service.get(questions.lookup(new AcknowledgementInputs.Lookup(byCaseSystem)), outsider));
        }
        assertThrows(AcknowledgementNotFoundException.class,
                () -> service.get(questions.lookup(new AcknowledgementInputs.Lookup(byOfficer)), CASE_SYSTEM));
        assertThrows(AcknowledgementNotFoundException.class, () -> service.get(
                questions.lookup(new AcknowledgementInputs.Lookup("AK-3J8Z0K6D2W9QXN4T7VB1M5R8HC")), AUDITOR));
        assertEquals("reference: is not an acknowledgement reference (AK- followed by 26 characters)",
                invalidParams(() -> service.get(questions.lookup(new AcknowledgementInputs.Lookup("CR-3J8Z0K6D2W9QXN4T7VB1M5R8HC")), AUDITOR)));
        assertThrows(AuthenticationRequiredException.class, () -> service.find(zaak2, Caller.anonymous()));
    }

    private static List<String> references(List<AcknowledgementView> views) {
        return views.stream().map(AcknowledgementView::reference).toList();
    }

    @Test
    void theFormIsDutchUnlessLangOrTheCallersPreferenceSaysEnglish() {
        AcknowledgementQuestions.EmptyForm dutch = questions.emptyForm(new AcknowledgementInputs.EmptyForm("MUNICIPALITY", null));

        assertEquals(FormLanguage.NL, service.emptyForm(dutch, Optional.empty()).language());
        assertEquals(FormLanguage.EN, service.emptyForm(dutch, Optional.of(FormLanguage.EN)).language());
        assertEquals(FormLanguage.NL, service.emptyForm(questions.emptyForm(new AcknowledgementInputs.EmptyForm("GM0000", "nl")),
                Optional.of(FormLanguage.EN)).language());
        assertEquals("lang: must be one of: nl, en", invalidParams(() ->
                service.emptyForm(questions.emptyForm(new AcknowledgementInputs.EmptyForm("MUNICIPALITY", "de")), Optional.empty())));
    }

    @Test
    void theFilledFormShowsWhatWasRegisteredToThoseWhoMaySeeIt() {
        String reference = service.register(registration("MUNICIPALITY", "ZAAK-3"), Optional.empty(), call(CASE_SYSTEM)).reference();

        PrintableForm form = service.filledForm(questions.filledForm(new AcknowledgementInputs.FilledForm(reference, null)), OFFICER,
                Optional.empty());

        assertEquals(List.of("Datum=18 mei 2026", "Naam cliënt=J. de Vries", "Handtekening cliënt=getekend",
                        "Naam medewerker=A. Jansen", "Handtekening medewerker=niet getekend"),
                form.fields().stream().map(field -> field.label() + "=" + field.value().orElse("")).toList());
        assertTrue(form.footer().endsWith(reference), form.footer());
        assertThrows(AcknowledgementNotFoundException.class, () -> service.filledForm(
                questions.filledForm(new AcknowledgementInputs.FilledForm(reference, "en")), OTHER_CASE_SYSTEM, Optional.empty()));
    }

    /** The store as the JPA one behaves: oldest first, filtered by what the caller may see. */
    static final class InMemoryStore implements AcknowledgementStore {

        private final List<StoredAcknowledgement> rows = new ArrayList<>();

        @Override
        public void insert(nl.overheid.recordingpolicy.domain.acknowledgement.Acknowledgement acknowledgement,
                           String decisionId) {
            rows.add(new StoredAcknowledgement(acknowledgement, decisionId));
        }

        @Override
        public Optional<StoredAcknowledgement> find(String reference) {
            return rows.stream().filter(row -> row.acknowledgement().reference().equals(reference)).findFirst();
        }

        @Override
        public List<StoredAcknowledgement> findByCase(String caseReference, AcknowledgementVisibility visibility, int limit) {
            return rows.stream().filter(row -> row.acknowledgement().caseReference().equals(caseReference))
                    .filter(row -> visibility.includes(row.acknowledgement())).limit(limit).toList();
        }
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerStoresNothingNewAndKeepsNoNamesWithTheKey() {
        Optional<String> key = Optional.of("retry-1");
        AcknowledgementView first = service.register(registration("MUNICIPALITY", "ZAAK-9"), key, call(CASE_SYSTEM));
        AcknowledgementView retry = service.register(registration("GM0000", "ZAAK-9"), key, call(CASE_SYSTEM));

        assertEquals(first.reference(), retry.reference(), "the alias and the code are the same registration");
        assertEquals(1, service.find(questions.find(new AcknowledgementInputs.Find("ZAAK-9")), CASE_SYSTEM).acknowledgements().size());
        assertEquals(1, log.size(), "one decision-log record");
        assertTrue(keyRows.values().stream().noneMatch(row -> row[1].contains("Vries") || row[1].contains("Jansen")),
                "the key keeps the reference, not the names");
        assertEquals(ConflictException.class, assertThrows(RuntimeException.class, () -> service.register(
                questions.register(new AcknowledgementInputs.Register("MUNICIPALITY", "ZAAK-9", "2026-05-18", "Someone Else", "A. Jansen",
                        "true", "false")), key, call(CASE_SYSTEM))).getClass(), "the same key with another registration");
    }
}
