package nl.overheid.recordingpolicy.domain.consent;

import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.CONVERSATION;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.DUTCH_DATE;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.ENGLISH_DATE;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.POLICIES;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.SUBMITTED_AT;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.recording;
import static nl.overheid.recordingpolicy.domain.consent.ConsentFixtures.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.overheid.recordingpolicy.domain.FieldReason;
import nl.overheid.recordingpolicy.domain.calendar.LeadTime;
import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.ConsentGrantor;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.Usage;

/** Asking the employee at UWV for consent to make an image recording, at the latest 5 working days ahead. */
class SubmitRecordingTest {

    @ParameterizedTest(name = "{0}, conversation {1}, asked {2}: deadline {3}, {4}")
    @CsvSource(textBlock = """
            # medium, conversation, asked,      deadline,   status
            # the worked example: Ascension Day 14 May and the equated 15 May do not count
            VIDEO,    2026-05-18,   2026-05-04, 2026-05-07, SUBMITTED
            # asking on the deadline day itself is on time
            VIDEO,    2026-05-18,   2026-05-07, 2026-05-07, SUBMITTED
            PHOTO,    2026-05-18,   2026-05-07, 2026-05-07, SUBMITTED
            # one day later is too late
            VIDEO,    2026-05-18,   2026-05-08, 2026-05-07, LATE
            PHOTO,    2026-05-18,   2026-05-08, 2026-05-07, LATE
            # asked on the day of the conversation, or after it took place
            VIDEO,    2026-05-18,   2026-05-18, 2026-05-07, LATE
            PHOTO,    2026-05-18,   2026-06-01, 2026-05-07, LATE
            # Good Friday 3 April and Easter Monday 6 April 2026 do not count
            VIDEO,    2026-04-08,   2026-03-30, 2026-03-30, SUBMITTED
            PHOTO,    2026-04-08,   2026-03-31, 2026-03-30, LATE
            """)
    void aRecordingRequestIsOnTimeUpToAndIncludingTheFifthWorkingDayBeforeTheConversation(
            Medium medium, LocalDate conversation, LocalDate asked, LocalDate deadline, ConsentStatus status) {
        ConsentRequest request = submit(recording(medium, conversation, asked));

        assertEquals(status, request.status());
        assertEquals(Optional.of(deadline), request.deadline());
        assertEquals(Optional.of(LeadTime.compute(WorkingDayCalendar.standard(), 5, conversation, asked)),
                request.leadTime(), "the lead time of the policy, 5 working days on the standard calendar");
        assertEquals(ConsentGrantor.EMPLOYEE, request.consentGrantor(), "the employee consents to an image recording");
        assertEquals(ConsentKind.RECORDING, request.kind());
        assertEquals(Optional.empty(), request.usage());
    }

    @ParameterizedTest(name = "asked {0}: history starts null -> {1} by the requester")
    @CsvSource(textBlock = """
            # asked,    first status, reason
            2026-05-07, SUBMITTED,    ''
            2026-05-08, LATE,         'requested on 2026-05-08, after the deadline of 2026-05-07'
            """)
    void theSubmissionIsTheFirstHistoryEntryAndALateOneSaysWhy(LocalDate asked, ConsentStatus status, String reason) {
        ConsentRequest request = submit(recording(Medium.VIDEO, CONVERSATION, asked));

        assertEquals(1, request.history().size(), () -> request.history().toString());
        StatusChange first = request.history().get(0);
        assertNull(first.from());
        assertEquals(status, first.to());
        assertEquals(SUBMITTED_AT, first.at());
        assertEquals(Actor.REQUESTER, first.actor(), "the citizen submitted it, even when it was late");
        assertEquals(reason.isEmpty() ? Optional.empty() : Optional.of(reason), first.reason());
    }

    @Test
    void anOnTimeRequestExplainsItWaitsForTheEmployeeAndNamesTheDeadline() {
        ConsentRequest request = submit(recording(Medium.VIDEO, CONVERSATION, LocalDate.of(2026, 5, 4)));

        String nl = request.explanation().nl();
        String en = request.explanation().en();
        assertTrue(nl.contains("wacht op het besluit van de medewerker"), nl);
        assertTrue(nl.contains("donderdag 7 mei 2026"), nl);
        assertTrue(en.contains("awaits the decision of the employee"), en);
        assertTrue(en.contains("Thursday 7 May 2026"), en);
    }

    @Test
    void aLateRequestExplainsByWhenConsentHadToBeAsked() {
        ConsentRequest request = submit(recording(Medium.PHOTO, CONVERSATION, LocalDate.of(2026, 5, 8)));

        String nl = request.explanation().nl();
        String en = request.explanation().en();
        assertTrue(nl.startsWith("De aanvraag is te laat: toestemming moest uiterlijk donderdag 7 mei 2026 worden "
                + "gevraagd (5 werkdagen vóór het gesprek op maandag 18 mei 2026), maar is gevraagd op vrijdag 8 mei 2026."), nl);
        assertTrue(en.startsWith("The request is too late: consent had to be requested by Thursday 7 May 2026 (5 working "
                + "days before the conversation on Monday 18 May 2026), but was requested on Friday 8 May 2026."), en);
        assertFalse(nl.contains("had toen al plaatsgevonden"), "the conversation is still to come: " + nl);
        assertTrue(nl.contains("Het blijft een aanvraag: de medewerker kan nog toestemming geven of weigeren, maar het is "
                + "niet gegarandeerd dat de aanvraag voor het gesprek wordt behandeld."), nl);
        assertTrue(en.contains("It remains a request: the employee may still give or refuse consent, but handling it "
                + "before the conversation is not guaranteed."), en);
    }

    @Test
    void aRequestAfterTheConversationIsLateAndSaysTheConversationHadTakenPlace() {
        LocalDate asked = LocalDate.of(2026, 6, 1);
        ConsentRequest request = submit(recording(Medium.VIDEO, CONVERSATION, asked));

        assertEquals(ConsentStatus.LATE, request.status());
        assertTrue(request.explanation().nl().contains("Het gesprek had toen al plaatsgevonden."), request.explanation().nl());
        assertTrue(request.explanation().en().contains("already taken place"), request.explanation().en());
        assertTrue(request.explanation().nl().contains(DUTCH_DATE.format(asked)), request.explanation().nl());
        assertTrue(request.explanation().en().contains(ENGLISH_DATE.format(asked)), request.explanation().en());
    }

    @ParameterizedTest(name = "RECORDING at {0} of {1} with usage [{2}]: not applicable, field {3}")
    @CsvSource(textBlock = """
            # authority,  medium, usage,             field,     reason
            # a municipality allows any recording without consent; the authority is what is at fault
            MUNICIPALITY, VIDEO,  ,                  authority, NO_CONSENT_TO_RECORD_AT_A_MUNICIPALITY
            MUNICIPALITY, PHOTO,  ,                  authority, NO_CONSENT_TO_RECORD_AT_A_MUNICIPALITY
            MUNICIPALITY, AUDIO,  ,                  authority, NO_CONSENT_TO_RECORD_AT_A_MUNICIPALITY
            MUNICIPALITY, VIDEO,  PUBLISH,           authority, NO_CONSENT_TO_RECORD_AT_A_MUNICIPALITY
            # audio at UWV is allowed without asking
            UWV,          AUDIO,  ,                  medium,    NO_CONSENT_NEEDED_TO_RECORD
            # a recording request is about making the recording, not about using it
            UWV,          VIDEO,  PUBLISH,           usage,     USAGE_OF_A_RECORDING_REQUEST
            UWV,          PHOTO,  PRIVATE_LISTENING, usage,     USAGE_OF_A_RECORDING_REQUEST
            """)
    void aRecordingRequestIsRefusedWhereNoRecordingConsentExists(Authority authority, Medium medium, Usage usage,
                                                                   String field, FieldReason reason) {
        ConsentApplication application = new ConsentApplication(ConsentKind.RECORDING, authority, medium,
                Optional.ofNullable(usage), CONVERSATION, Channel.PHONE, "ZAAK-1", LocalDate.of(2026, 5, 4));

        ConsentNotApplicableException refused = assertThrows(ConsentNotApplicableException.class,
                () -> ConsentRequest.submit(application, ConsentReferences.newReference(), POLICIES, SUBMITTED_AT));

        assertEquals(field, refused.field());
        assertEquals(reason, refused.refusal().reason());
        if (reason == FieldReason.NO_CONSENT_NEEDED_TO_RECORD) {
            assertEquals(List.of("AUDIO", "UWV"), refused.refusal().values());
        }
        assertTrue(refused.getMessage().contains(field), refused.getMessage());
        assertFalse(refused.explanation().nl().isBlank());
        assertFalse(refused.explanation().en().isBlank());
    }

    @ParameterizedTest(name = "reference [{0}] is refused")
    @CsvSource(textBlock = """
            ''
            CR-1
            ZAAK-2026-0042
            cr-0123456789ABCDEFGHJKMNPQRS
            """)
    void aRequestIsOnlyStoredUnderAnUnguessableReference(String reference) {
        ConsentApplication application = recording(Medium.VIDEO, CONVERSATION, LocalDate.of(2026, 5, 4));

        assertThrows(IllegalArgumentException.class,
                () -> ConsentRequest.submit(application, reference, POLICIES, SUBMITTED_AT));
    }

    @Test
    void theReferenceGivenIsTheReferenceKept() {
        String reference = ConsentReferences.newReference();

        ConsentRequest request = ConsentRequest.submit(recording(Medium.VIDEO, CONVERSATION, LocalDate.of(2026, 5, 4)),
                reference, POLICIES, SUBMITTED_AT);

        assertEquals(reference, request.reference());
        assertEquals(Channel.MIJN_UWV, request.channel());
        assertEquals("ZAAK-2026-0042", request.caseReference());
        assertEquals(LocalDate.of(2026, 5, 4), request.requestDate());
        assertFalse(request.toString().contains(reference), "the reference is a key and stays out of logs");
        assertFalse(request.toString().contains("ZAAK"), "the case reference stays out of logs");
    }
}
