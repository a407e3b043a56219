package nl.overheid.recordingpolicy.domain.policy;

import static nl.overheid.recordingpolicy.domain.policy.PolicyTestSupport.POLICIES;
import static nl.overheid.recordingpolicy.domain.policy.PolicyTestSupport.consequences;
import static nl.overheid.recordingpolicy.domain.policy.PolicyTestSupport.obligations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import nl.overheid.recordingpolicy.domain.FieldReason;
import nl.overheid.recordingpolicy.domain.Refusal;

/**
 * What the consent requests a usage question names do to its answer: the consent to make an image recording at UWV
 * ("Als u toestemming krijgt, mag u de beeldopname alleen voor privé doeleinden gebruiken"; "U mag geen geheime
 * beeldopnames maken"), and the consent for the use itself (UWV's to publish, the municipal employee's to share
 * or publish).
 */
class UsageConsentTest {

    private static final String RECORDING_REF = "CR-01JD0000000000000000000001";
    private static final String PUBLICATION_REF = "CR-01JD0000000000000000000002";

    static RecordingConsent recordingConsent(Authority authority, Medium medium, RecordingConsent.Standing standing) {
        return new RecordingConsent(RECORDING_REF, authority, medium, LocalDate.of(2026, 3, 2), standing, status(standing));
    }

    private static PublicationConsent publicationConsent(Authority authority, Medium medium, Usage usage,
                                                         RecordingConsent.Standing standing) {
        return new PublicationConsent(PUBLICATION_REF, authority, medium, usage, standing, status(standing));
    }

    private static String status(RecordingConsent.Standing standing) {
        return switch (standing) {
            case PENDING -> "SUBMITTED";
            case LAPSED -> "WITHDRAWN";
            default -> standing.name();
        };
    }

    private static Decision ask(Authority authority, Medium medium, Usage usage, Optional<RecordingConsent> recording,
                                Optional<PublicationConsent> publication) {
        return POLICIES.usage().evaluate(new UsageQuestion(authority, medium, usage, Optional.empty(), recording, publication));
    }

    // ------------------------------------------------------------------ the consent to make an image recording

    @ParameterizedTest(name = "UWV {0}: no use of an image recording without naming the consent to make it")
    @EnumSource(value = Usage.class)
    void anImageRecordingAtUwvIsUsedOnlyOnTheConsentToMakeIt(Usage usage) {
        Decision decision = ask(Authority.UWV, Medium.VIDEO, usage, Optional.empty(), Optional.empty());

        assertEquals(Outcome.CONSENT_REQUIRED, decision.outcome());
        assertEquals(Optional.of(ConsentGrantor.EMPLOYEE), decision.consentGrantor(), "the employee's consent to record");
        assertTrue(decision.ruleIds().contains("UWV-VIDEO-CONSENT"), decision.ruleIds()::toString);
        assertTrue(decision.explanation().en().contains("recordingConsentRequestReference"), decision.explanation().en());
    }

    @ParameterizedTest(name = "UWV {0}: a recording made on a {1} request permits no use at all")
    @CsvSource({"PRIVATE_LISTENING, DENIED", "PRIVATE_LISTENING, LAPSED", "SHARE_PRIVATE_CIRCLE, DENIED",
            "PUBLISH, DENIED", "PUBLISH, LAPSED"})
    void anImageRecordingMadeWithoutTheEmployeesConsentPermitsNoUse(Usage usage, RecordingConsent.Standing standing) {
        Decision decision = ask(Authority.UWV, Medium.VIDEO, usage,
                Optional.of(recordingConsent(Authority.UWV, Medium.VIDEO, standing)), Optional.empty());

        assertEquals(Outcome.NOT_PERMITTED, decision.outcome());
        assertTrue(decision.ruleIds().contains("UWV-NO-SECRET-RECORDING"), decision.ruleIds()::toString);
        assertTrue(decision.explanation().nl().contains("op geen enkele manier gebruiken"), decision.explanation().nl());
        assertEquals(RECORDING_REF, decision.consentRequest().orElseThrow().reference());
    }

    @ParameterizedTest(name = "UWV: a {0} request to record keeps the use subject to consent")
    @EnumSource(value = RecordingConsent.Standing.class, names = {"PENDING", "LATE"})
    void aPendingOrLateRequestToRecordKeepsTheUseSubjectToConsent(RecordingConsent.Standing standing) {
        Decision decision = ask(Authority.UWV, Medium.PHOTO, Usage.PRIVATE_LISTENING,
                Optional.of(recordingConsent(Authority.UWV, Medium.PHOTO, standing)), Optional.empty());

        assertEquals(Outcome.CONSENT_REQUIRED, decision.outcome());
        assertEquals(Optional.of(ConsentGrantor.EMPLOYEE), decision.consentGrantor());
    }

    @Test
    void aGrantedRequestToRecordLetsTheUsageTableAnswer() {
        Decision decision = ask(Authority.UWV, Medium.VIDEO, Usage.PRIVATE_LISTENING,
                Optional.of(recordingConsent(Authority.UWV, Medium.VIDEO, RecordingConsent.Standing.GRANTED)),
                Optional.empty());

        assertEquals(Outcome.PERMITTED, decision.outcome());
        assertEquals(List.of("PRIVATE_USE_ONLY=UWV-PRIVATE-USE-ONLY"), obligations(decision));
        assertTrue(decision.ruleIds().containsAll(List.of("UWV-VIDEO-CONSENT", "UWV-PRIVATE-USE-ONLY")), decision.ruleIds()::toString);
    }

    @Test
    void aRequestToRecordAnotherMediumGivesNoConsentForThisRecording() {
        Decision decision = ask(Authority.UWV, Medium.PHOTO, Usage.PRIVATE_LISTENING,
                Optional.of(recordingConsent(Authority.UWV, Medium.VIDEO, RecordingConsent.Standing.GRANTED)),
                Optional.empty());

        assertEquals(Outcome.NOT_PERMITTED, decision.outcome());
        assertTrue(decision.explanation().en().contains("medium VIDEO, not PHOTO"), decision.explanation().en());
    }

    @Test
    void consentToRecordIsRefusedWhereRecordingNeedsNone() {
        ConsentMismatchException refused = assertThrows(ConsentMismatchException.class, () -> ask(Authority.UWV,
                Medium.AUDIO, Usage.PRIVATE_LISTENING,
                Optional.of(recordingConsent(Authority.UWV, Medium.AUDIO, RecordingConsent.Standing.GRANTED)),
                Optional.empty()));

        assertEquals(ConsentMismatchException.Kind.RECORDING, refused.kind());
        assertEquals(Refusal.of(FieldReason.NO_CONSENT_NEEDED_TO_RECORD, Medium.AUDIO, "UWV"), refused.refusal());
    }

    // ------------------------------------------------------------------------------ the consent for the use

    @ParameterizedTest(name = "{0} {1}: granted consent makes it PERMITTED")
    @CsvSource({"UWV, PUBLISH", "UWV, SHARE_WITH_THIRD_PARTIES", "UWV, EDIT_AND_PUBLISH_FRAGMENTS",
            "MUNICIPALITY, PUBLISH", "MUNICIPALITY, SHARE_WITH_THIRD_PARTIES", "MUNICIPALITY, EDIT_AND_PUBLISH_FRAGMENTS"})
    void grantedConsentForTheUseMakesItPermitted(Authority authority, Usage usage) {
        Decision decision = ask(authority, Medium.AUDIO, usage, Optional.empty(),
                Optional.of(publicationConsent(authority, Medium.AUDIO, usage, RecordingConsent.Standing.GRANTED)));

        assertEquals(Outcome.PERMITTED, decision.outcome());
        assertEquals(Optional.empty(), decision.consentGrantor());
        assertEquals(PUBLICATION_REF, decision.consentRequest().orElseThrow().reference());
        assertTrue(decision.explanation().en().contains("Consent has been given for this use"), decision.explanation().en());
    }

    @Test
    void withUwvsConsentTheConsequencesOfPublishingWithoutItNoLongerApply() {
        Decision decision = ask(Authority.UWV, Medium.AUDIO, Usage.PUBLISH, Optional.empty(),
                Optional.of(publicationConsent(Authority.UWV, Medium.AUDIO, Usage.PUBLISH, RecordingConsent.Standing.GRANTED)));

        assertEquals(List.of(), consequences(decision), "removal request and legal action follow publishing without consent");
        assertTrue(decision.ruleIds().contains("UWV-PUBLISH-CONSENT"));
    }

    @Test
    void editedFragmentsPublishedWithTheEmployeesConsentMustStillNotMislead() {
        Decision decision = ask(Authority.MUNICIPALITY, Medium.VIDEO, Usage.EDIT_AND_PUBLISH_FRAGMENTS, Optional.empty(),
                Optional.of(publicationConsent(Authority.MUNICIPALITY, Medium.VIDEO, Usage.EDIT_AND_PUBLISH_FRAGMENTS,
                        RecordingConsent.Standing.GRANTED)));

        assertEquals(Outcome.PERMITTED, decision.outcome());
        assertTrue(obligations(decision).contains("NO_MISLEADING_EDITS=GEM-NO-MISLEADING-EDITS"), obligations(decision)::toString);
        assertTrue(decision.explanation().nl().contains("niet uit hun verband"), decision.explanation().nl());
    }

    @ParameterizedTest(name = "{0}: consent for the use {1}")
    @CsvSource({"PENDING, CONSENT_REQUIRED", "LATE, CONSENT_REQUIRED", "DENIED, NOT_PERMITTED", "LAPSED, NOT_PERMITTED"})
    void aNamedRequestForTheUseDecidesByItsStanding(RecordingConsent.Standing standing, Outcome outcome) {
        Decision decision = ask(Authority.MUNICIPALITY, Medium.AUDIO, Usage.PUBLISH, Optional.empty(),
                Optional.of(publicationConsent(Authority.MUNICIPALITY, Medium.AUDIO, Usage.PUBLISH, standing)));

        assertEquals(outcome, decision.outcome());
        assertEquals(outcome == Outcome.CONSENT_REQUIRED ? Optional.of(ConsentGrantor.EMPLOYEE) : Optional.empty(),
                decision.consentGrantor());
        assertTrue(consequences(decision).contains("DAMAGES_RECOVERY=GEM-DAMAGES"),
                "acting without consent still has its consequences: " + consequences(decision));
    }

    @Test
    void aRequestForAnotherUseGivesNoConsentForThisOne() {
        Decision decision = ask(Authority.UWV, Medium.AUDIO, Usage.PUBLISH, Optional.empty(),
                Optional.of(publicationConsent(Authority.UWV, Medium.AUDIO, Usage.SHARE_WITH_THIRD_PARTIES,
                        RecordingConsent.Standing.GRANTED)));

        assertEquals(Outcome.NOT_PERMITTED, decision.outcome());
        assertTrue(decision.explanation().en().contains("usage SHARE_WITH_THIRD_PARTIES, not PUBLISH"), decision.explanation().en());
    }

    @Test
    void aVideoAtUwvNeedsBothConsentsToBePublished() {
        Decision onlyUse = ask(Authority.UWV, Medium.VIDEO, Usage.PUBLISH, Optional.empty(),
                Optional.of(publicationConsent(Authority.UWV, Medium.VIDEO, Usage.PUBLISH, RecordingConsent.Standing.GRANTED)));
        Decision both = ask(Authority.UWV, Medium.VIDEO, Usage.PUBLISH,
                Optional.of(recordingConsent(Authority.UWV, Medium.VIDEO, RecordingConsent.Standing.GRANTED)),
                Optional.of(publicationConsent(Authority.UWV, Medium.VIDEO, Usage.PUBLISH, RecordingConsent.Standing.GRANTED)));

        assertEquals(Outcome.CONSENT_REQUIRED, onlyUse.outcome(), "the consent to record comes first");
        assertEquals(Outcome.PERMITTED, both.outcome());
    }

    @ParameterizedTest(name = "{0} {1}: consent for a use that needs none is refused")
    @CsvSource({"UWV, PRIVATE_LISTENING", "MUNICIPALITY, SHARE_PRIVATE_CIRCLE", "MUNICIPALITY, NAME_EMPLOYEE_ONLINE"})
    void consentForAUseIsRefusedWhereConsentDoesNotDecideIt(Authority authority, Usage usage) {
        ConsentMismatchException refused = assertThrows(ConsentMismatchException.class, () -> ask(authority,
                Medium.AUDIO, usage, Optional.empty(),
                Optional.of(publicationConsent(authority, Medium.AUDIO, usage, RecordingConsent.Standing.GRANTED))));

        assertEquals(ConsentMismatchException.Kind.PUBLICATION, refused.kind());
    }

    // ------------------------------------------------------------------------ the softer words of the texts

    @Test
    void namingEmployeesOnlineIsNotWantedWhileInsultsAndThreatsAreNotAllowed() {
        Decision decision = ask(Authority.MUNICIPALITY, Medium.AUDIO, Usage.NAME_EMPLOYEE_ONLINE, Optional.empty(),
                Optional.empty());

        assertEquals(Outcome.NOT_WANTED, decision.outcome(), "\"Wij willen niet dat u ... noemt\" is a wish");
        assertEquals(List.of("NO_INSULTS_OR_THREATS=GEM-NO-INSULTS-THREATS"), obligations(decision));
        assertTrue(decision.explanation().en().contains("a wish, not a ban"), decision.explanation().en());
    }

    @ParameterizedTest(name = "municipality {0}: the introduction comes with every decision")
    @EnumSource(Usage.class)
    void everyMunicipalDecisionCarriesTheIntroduction(Usage usage) {
        Decision decision = ask(Authority.MUNICIPALITY, Medium.AUDIO, usage, Optional.empty(), Optional.empty());

        assertTrue(decision.ruleIds().containsAll(List.of("GEM-SCOPE", "GEM-TAKE-CARE")), decision.ruleIds()::toString);
        assertTrue(decision.advice().stream().anyMatch(advice -> advice.code() == AdviceCode.TAKE_CARE));
        assertTrue(decision.explanation().nl().contains("zorgvuldig en verantwoordelijk"), decision.explanation().nl());
    }

    @Test
    void uwvDecisionsDoNotCarryTheMunicipalIntroduction() {
        Decision decision = ask(Authority.UWV, Medium.AUDIO, Usage.PRIVATE_LISTENING, Optional.empty(), Optional.empty());

        assertTrue(decision.advice().stream().noneMatch(advice -> advice.code() == AdviceCode.TAKE_CARE));
    }

    @Test
    void aUseTheTableRefusesAnywayIsNotSentAfterTheConsentToRecord() throws Exception {
        // GM9998 (test policy): video needs the employee's consent, and nothing may go beyond a private circle.
        PolicySet withTestMunicipality = nl.overheid.recordingpolicy.adapter.policyfile.PolicyFiles.load(
                nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar.standard(),
                Optional.of(java.nio.file.Path.of(getClass().getClassLoader().getResource("it-policies/GM9998.xml").toURI())
                        .getParent()));
        Authority gm9998 = new Authority("GM9998");

        Decision publish = withTestMunicipality.usage().evaluate(new UsageQuestion(gm9998, Medium.VIDEO, Usage.PUBLISH));
        Decision listen = withTestMunicipality.usage().evaluate(
                new UsageQuestion(gm9998, Medium.VIDEO, Usage.PRIVATE_LISTENING));

        assertEquals(Outcome.NOT_PERMITTED, publish.outcome(), "not CONSENT_REQUIRED: no consent would permit it");
        assertEquals(Outcome.CONSENT_REQUIRED, listen.outcome(), "a permitted use still rests on the consent to record");
    }
}
