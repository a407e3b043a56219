package nl.overheid.recordingpolicy.application.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.overheid.recordingpolicy.adapter.policyfile.PolicyFiles;
import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;
import nl.overheid.recordingpolicy.domain.consent.Channel;
import nl.overheid.recordingpolicy.domain.consent.ConsentApplication;
import nl.overheid.recordingpolicy.domain.consent.ConsentKind;
import nl.overheid.recordingpolicy.domain.consent.ConsentReferences;
import nl.overheid.recordingpolicy.domain.consent.ConsentRequest;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;
import nl.overheid.recordingpolicy.domain.policy.Usage;

/** Who sees and changes which consent request: one row per caller and request, as the hardening issue lists them. */
class ConsentAccessTest {

    private static final PolicySet POLICIES = PolicyFiles.shipped(WorkingDayCalendar.standard());

    private static final Map<String, Caller> CALLERS = Map.of(
            "uwv-case-system", Caller.of("uwv-case-system", Set.of(Role.CASE_SYSTEM), Optional.of(Authority.UWV)),
            "other-uwv-case-system", Caller.of("other-uwv-case-system", Set.of(Role.CASE_SYSTEM), Optional.of(Authority.UWV)),
            "uwv-officer", Caller.of("uwv-officer", Set.of(Role.CONSENT_OFFICER), Optional.of(Authority.UWV)),
            "municipal-officer", Caller.of("municipal-officer", Set.of(Role.CONSENT_OFFICER), Optional.of(Authority.MUNICIPALITY)),
            "auditor", Caller.of("auditor", Set.of(Role.AUDITOR), Optional.of(Authority.UWV)),
            "no-role", Caller.of("no-role", Set.of(), Optional.empty()),
            "anonymous", Caller.anonymous());

    /** A UWV publication request that uwv-case-system submitted. */
    private static ConsentRequest uwvRequest() {
        return ConsentRequest.submit(new ConsentApplication(ConsentKind.PUBLICATION, Authority.UWV, Medium.AUDIO,
                        Optional.of(Usage.PUBLISH), LocalDate.of(2026, 5, 18), Channel.MIJN_UWV, "ZAAK-1",
                        LocalDate.of(2026, 5, 19)), ConsentReferences.newReference(), POLICIES,
                Instant.parse("2026-05-19T08:00:00Z"))
                .by("uwv-case-system");
    }

    @ParameterizedTest(name = "{0}: sees {1}, decides {2}, withdraws {3}")
    @CsvSource({
            // caller,               sees,  decides,         withdraws
            "uwv-case-system,        true,  forbidden,       allowed",
            "other-uwv-case-system,  false, not seen,        not seen",
            "uwv-officer,            true,  allowed,         forbidden",
            "municipal-officer,      false, not seen,        not seen",
            "auditor,                true,  forbidden,       forbidden",
            "no-role,                false, not seen,        not seen",
    })
    void eachRoleSeesAndChangesOnlyWhatItsRoleAllows(String callerName, boolean sees, String decides, String withdraws) {
        Caller caller = CALLERS.get(callerName);
        ConsentRequest request = uwvRequest();

        assertEquals(sees, ConsentAccess.maySee(caller, request));
        if (sees) {
            assertOutcome(decides, () -> ConsentAccess.requireMayDecide(caller, request));
            assertOutcome(withdraws, () -> ConsentAccess.requireMayWithdraw(caller, request));
        }
    }

    private static void assertOutcome(String expected, Runnable check) {
        if (expected.equals("allowed")) {
            assertDoesNotThrow(check::run);
        } else {
            assertEquals("forbidden", expected);
            assertThrows(AccessDeniedException.class, check::run);
        }
    }

    @Test
    void anAnonymousCallerMustAuthenticateAndAnIdentityWithoutRoleIsRefused() {
        assertThrows(AuthenticationRequiredException.class, () -> ConsentAccess.requireRole(CALLERS.get("anonymous")));
        assertThrows(AccessDeniedException.class, () -> ConsentAccess.requireRole(CALLERS.get("no-role")));
        assertDoesNotThrow(() -> ConsentAccess.requireRole(CALLERS.get("auditor")));
    }

    @ParameterizedTest(name = "{0} submitting to {1}: {2}")
    @CsvSource({
            "uwv-case-system,   UWV,          allowed",
            "uwv-case-system,   MUNICIPALITY, forbidden",
            "uwv-officer,       UWV,          forbidden",
            "auditor,           UWV,          forbidden",
    })
    void onlyACaseSystemSubmitsAndOnlyToItsOwnAuthority(String callerName, Authority authority, String outcome) {
        assertOutcome(outcome, () -> ConsentAccess.requireMaySubmit(CALLERS.get(callerName), authority));
    }

    @Test
    void searchesReturnWhatEachRoleMaySee() {
        assertEquals(new ConsentVisibility.All(), ConsentAccess.visibility(CALLERS.get("auditor")));
        assertEquals(new ConsentVisibility.OfAuthority(Authority.MUNICIPALITY),
                ConsentAccess.visibility(CALLERS.get("municipal-officer")));
        assertEquals(new ConsentVisibility.SubmittedBy("uwv-case-system"),
                ConsentAccess.visibility(CALLERS.get("uwv-case-system")));
        assertEquals(new ConsentVisibility.None(), ConsentAccess.visibility(CALLERS.get("no-role")));
        assertEquals(new ConsentVisibility.None(), ConsentAccess.visibility(
                Caller.of("unbound-officer", Set.of(Role.CONSENT_OFFICER), Optional.empty())));
    }

    @Test
    void aRequestWithoutKnownSubmitterIsSeenByNoCaseSystem() {
        ConsentRequest unattributed = ConsentRequest.submit(new ConsentApplication(ConsentKind.PUBLICATION,
                        Authority.UWV, Medium.AUDIO, Optional.of(Usage.PUBLISH), LocalDate.of(2026, 5, 18),
                        Channel.MIJN_UWV, "ZAAK-1", LocalDate.of(2026, 5, 19)), ConsentReferences.newReference(), POLICIES,
                Instant.parse("2026-05-19T08:00:00Z"));

        assertEquals(false, ConsentAccess.maySee(CALLERS.get("uwv-case-system"), unattributed));
        assertEquals(true, ConsentAccess.maySee(CALLERS.get("uwv-officer"), unattributed));
    }
}
