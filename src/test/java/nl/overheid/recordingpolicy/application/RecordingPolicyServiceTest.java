package nl.overheid.recordingpolicy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.ConsentGrantor;
import nl.overheid.recordingpolicy.domain.policy.Decision;
import nl.overheid.recordingpolicy.domain.policy.LeadTimeAnswer;
import nl.overheid.recordingpolicy.domain.policy.LeadTimeAssessment;
import nl.overheid.recordingpolicy.domain.policy.Outcome;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;
import nl.overheid.recordingpolicy.domain.policy.Rule;

/**
 * The use cases of the application layer on the current rules, without a server: "today" is the date of the
 * injected clock in Europe/Amsterdam, every decision gets its own identifier, and the rule listing filters by
 * authority.
 *
 * <p>The fixed example: a UWV video recording of a conversation on Monday 18 May 2026. Five working days before
 * it, skipping Friday 15 May (equated by decree) and Ascension Day on 14 May, is Thursday 7 May: the last day a
 * request is on time.
 */
class RecordingPolicyServiceTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final PolicySet POLICIES = PolicySet.current(WorkingDayCalendar.standard());
    private static final LocalDate CONVERSATION = LocalDate.of(2026, 5, 18);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 5, 7);

    private static ValidatorFactory validation;

    @BeforeAll
    static void startValidation() {
        validation = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void closeValidation() {
        validation.close();
    }

    private static RecordingPolicyService serviceAt(String instant, ZoneId zone) {
        return new RecordingPolicyService(POLICIES, Clock.fixed(Instant.parse(instant), zone),
                new InputValidator(validation.getValidator()));
    }

    private static RecordingPolicyService serviceAt(String instant) {
        return serviceAt(instant, AMSTERDAM);
    }

    // ------------------------------------------------------------------------------------------ today

    @ParameterizedTest(name = "at {0} (Amsterdam {1}): {2}, onTime {3}")
    @CsvSource({
        // instant (UTC)         today in Amsterdam  outcome           onTime
        "2026-05-06T21:59:59Z,   2026-05-06,         CONSENT_REQUIRED, true",  // 23:59:59 on 6 May (CEST, UTC+2)
        "2026-05-06T22:30:00Z,   2026-05-07,         CONSENT_REQUIRED, true",  // still 6 May in UTC, already 7 May
        "2026-05-07T21:59:59Z,   2026-05-07,         CONSENT_REQUIRED, true",  // last second of the deadline day
        "2026-05-07T22:00:00Z,   2026-05-08,         NOT_PERMITTED,    false", // still 7 May in UTC: too late already
        "2026-05-07T22:30:00Z,   2026-05-08,         NOT_PERMITTED,    false",
    })
    void todayIsTheDateOfTheClockInAmsterdam(String instant, LocalDate today, Outcome outcome, boolean onTime) {
        RecordingPolicyService service = serviceAt(instant);
        assertEquals(today, service.today(), "today at " + instant);

        Decision decision = service.evaluateRecording(
                new RecordingDecisionInput("UWV", "VIDEO", "true", CONVERSATION.toString())).decision();

        assertEquals(outcome, decision.outcome(), "outcome at " + instant);
        LeadTimeAssessment leadTime = decision.leadTime().orElseThrow(() -> new AssertionError("no lead time"));
        assertEquals(today, leadTime.requestDate(), "requestDate: the request is made today");
        assertEquals(Optional.of(DEADLINE), leadTime.deadline(), "deadline");
        assertEquals(Optional.of(onTime), leadTime.onTime(), "onTime at " + instant);
        assertEquals(outcome == Outcome.CONSENT_REQUIRED ? Optional.of(ConsentGrantor.EMPLOYEE) : Optional.empty(),
                decision.consentGrantor(), "consentGrantor");
    }

    /**
     * The service takes "today" from its clock only, so which zone that is matters: the same instant on a UTC
     * clock is still the deadline day. The production clock must therefore be in Europe/Amsterdam.
     */
    @Test
    void theDateDependsOnTheClockZoneAndTheGatewayClockIsInAmsterdam() {
        String instant = "2026-05-07T22:30:00Z";
        assertEquals(LocalDate.of(2026, 5, 8), serviceAt(instant, AMSTERDAM).today());
        assertEquals(LocalDate.of(2026, 5, 7), serviceAt(instant, ZoneOffset.UTC).today());
        assertEquals(AMSTERDAM, GatewayConfiguration.ZONE);
        assertEquals(AMSTERDAM, new GatewayConfiguration().clock().getZone(), "zone of the gateway's clock");
    }

    // ------------------------------------------------------------------------------------------ lead time

    @ParameterizedTest(name = "requestDate {0} -> {1}, onTime {2}")
    @CsvSource(nullValues = "-", value = {
        "-,          2026-05-07, true",  // left out: today, from the clock
        "2026-05-07, 2026-05-07, true",
        "2026-05-08, 2026-05-08, false", // a given date overrides today
        "2026-04-01, 2026-04-01, true",
    })
    void leadTimeRequestDateDefaultsToTodayAndAGivenDateOverridesIt(String requestDate, LocalDate expectedRequestDate,
                                                                     boolean onTime) {
        LeadTimeAnswer answer = serviceAt("2026-05-06T22:30:00Z")
                .leadTimeStatus(new LeadTimeInput("UWV", "VIDEO", CONVERSATION.toString(), requestDate));

        LeadTimeAssessment assessment = answer.assessment();
        assertTrue(assessment.required(), "a lead time applies to video at UWV");
        assertEquals(5, assessment.workingDays());
        assertEquals(expectedRequestDate, assessment.requestDate(), "requestDate");
        assertEquals(Optional.of(DEADLINE), assessment.deadline(), "deadline");
        assertEquals(Optional.of(onTime), assessment.onTime(), "onTime");
        assertEquals(List.of("UWV-VIDEO-LEAD-TIME"), answer.ruleIds());
        assertEquals(PolicySet.CURRENT_VERSION, answer.policyVersion());
    }

    @Test
    void leadTimeWithoutConversationWhereNoneAppliesStillReportsToday() {
        LeadTimeAnswer answer = serviceAt("2026-05-06T22:30:00Z")
                .leadTimeStatus(new LeadTimeInput("MUNICIPALITY", "VIDEO", null, null));

        assertFalse(answer.assessment().required());
        assertEquals(0, answer.assessment().workingDays());
        assertEquals(LocalDate.of(2026, 5, 7), answer.assessment().requestDate());
        assertEquals(Optional.empty(), answer.assessment().deadline());
        assertEquals(Optional.empty(), answer.assessment().onTime());
    }

    // ------------------------------------------------------------------------------------------ decision ids

    @Test
    void everyDecisionGetsItsOwnUuid() {
        RecordingPolicyService service = serviceAt("2026-05-06T22:30:00Z");
        RecordingDecisionInput recording = new RecordingDecisionInput("UWV", "VIDEO", "true", "2026-05-18");
        UsageDecisionInput usage = new UsageDecisionInput("MUNICIPALITY", "AUDIO", "PUBLISH");

        List<IssuedDecision> issued = Stream.of(
                service.evaluateRecording(recording), service.evaluateRecording(recording),
                service.evaluateRecording(recording), service.evaluateUsage(usage), service.evaluateUsage(usage)).toList();

        Set<String> ids = new HashSet<>();
        for (IssuedDecision decision : issued) {
            String id = decision.decisionId();
            assertEquals(id, UUID.fromString(id).toString(), "decisionId is a UUID in canonical form: " + id);
            assertTrue(ids.add(id), "decisionId " + id + " was issued twice");
        }
        assertEquals(issued.get(0).decision(), issued.get(1).decision(), "the same question gets the same answer");
        assertNotEquals(issued.get(0).decisionId(), issued.get(1).decisionId(), "but a new identifier");
    }

    // ------------------------------------------------------------------------------------------ policies

    @Test
    void policiesWithoutAuthorityListsEveryRule() {
        PolicyListing listing = serviceAt("2026-05-06T22:30:00Z").policies(new PolicyListingInput(null));

        assertEquals(PolicySet.CURRENT_VERSION, listing.policyVersion());
        assertEquals(POLICIES.rules(), listing.rules());
        assertEquals(Set.of(Authority.UWV, Authority.MUNICIPALITY),
                listing.rules().stream().map(Rule::authority).collect(java.util.stream.Collectors.toSet()));
    }

    @ParameterizedTest(name = "policies(\"{0}\")")
    @CsvSource({"UWV, UWV-", "MUNICIPALITY, GEM-"})
    void policiesOfAnAuthorityListOnlyItsRules(Authority authority, String idPrefix) {
        PolicyListing listing = serviceAt("2026-05-06T22:30:00Z").policies(new PolicyListingInput(authority.name()));

        assertEquals(PolicySet.CURRENT_VERSION, listing.policyVersion());
        assertFalse(listing.rules().isEmpty(), "rules of " + authority);
        List<String> others = listing.rules().stream()
                .filter(rule -> rule.authority() != authority || !rule.id().startsWith(idPrefix))
                .map(Rule::id).toList();
        assertEquals(List.of(), others, "rules listed for " + authority + " that are not its own");
        List<Rule> expected = POLICIES.rules().stream().filter(rule -> rule.authority() == authority).toList();
        assertEquals(expected, listing.rules(), "every rule of " + authority + ", in catalogue order");
    }
}
