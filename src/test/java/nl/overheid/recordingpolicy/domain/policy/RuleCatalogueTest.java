package nl.overheid.recordingpolicy.domain.policy;

import static nl.overheid.recordingpolicy.domain.policy.PolicyTestSupport.POLICIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules as data: every rule quotes its seed document verbatim, every decision cites only catalogued rules,
 * and every catalogued rule is used by some decision (the signature form excepted).
 */
class RuleCatalogueTest {

    /** The day the sweep's questions are asked. */
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

    /**
     * Conversation dates for the sweep, relative to {@link #TODAY}: deadline still ahead, deadline passed,
     * conversation in the past, conversation on a feast (Koningsdag) with its deadline passed.
     */
    private static final List<LocalDate> CONVERSATION_DATES = List.of(
            LocalDate.of(2026, 5, 18), LocalDate.of(2026, 5, 8), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 27));

    private static final String UWV_SEED = "000_1ac108b0255c1213.txt";
    private static final String MUNICIPALITY_SEED = "004_69b484e9b6abfc94.txt";

    // ----------------------------------------------------------------------------------------- the catalogue

    static Stream<Rule> catalogue() {
        return POLICIES.rules().stream();
    }

    @Test
    void policySetCataloguesTheShippedUwvAndMunicipalityRulesUwvFirst() {
        List<Rule> expected = new ArrayList<>(POLICIES.rules(Authority.UWV));
        expected.addAll(POLICIES.rules(Authority.MUNICIPALITY));

        assertEquals(List.of(Authority.UWV, Authority.MUNICIPALITY), POLICIES.authorities());
        assertEquals(expected, POLICIES.rules());
        assertEquals(13, POLICIES.rules(Authority.UWV).size());
        assertEquals(15, POLICIES.rules(Authority.MUNICIPALITY).size());
        assertEquals(PolicySet.CURRENT_VERSION, POLICIES.version());
    }

    @Test
    void ruleIdsAreUnique() {
        List<String> ids = POLICIES.rules().stream().map(Rule::id).toList();

        assertEquals(ids.size(), new HashSet<>(ids).size(), () -> "duplicate ids in " + ids);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void ruleIdIsStableLookingAndNamesItsAuthority(Rule rule) {
        String prefix = rule.authority().equals(Authority.UWV) ? "UWV-" : "GEM-";

        assertTrue(rule.id().matches("(UWV|GEM)(-[A-Z0-9]+)+"), rule.id());
        assertTrue(rule.id().startsWith(prefix), rule.id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void ruleQuotesItsSeedDocumentVerbatim(Rule rule) {
        String expectedDocument = rule.authority().equals(Authority.UWV) ? UWV_SEED : MUNICIPALITY_SEED;
        assertEquals(expectedDocument, rule.source().document());
        assertFalse(rule.source().text().isBlank(), rule.id());

        String seed = collapseWhitespace(seed(rule.source().document()));
        String quoted = collapseWhitespace(rule.source().text());
        assertTrue(seed.contains(quoted), () -> rule.id() + " quotes text not found in "
                + rule.source().document() + ": \"" + quoted + "\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void ruleIsExplainedInDutchAndEnglish(Rule rule) {
        assertFalse(rule.explanation().nl().isBlank(), rule.id());
        assertFalse(rule.explanation().en().isBlank(), rule.id());
        assertFalse(rule.source().section().isBlank(), rule.id());
        rule.interpretation().ifPresent(reading -> {
            assertFalse(reading.nl().isBlank(), rule.id());
            assertFalse(reading.en().isBlank(), rule.id());
        });
    }

    private static String seed(String document) {
        try (InputStream in = RuleCatalogueTest.class.getResourceAsStream("/seeds/" + document)) {
            assertNotNull(in, "seed /seeds/" + document + " on the test class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String collapseWhitespace(String text) {
        return text.replaceAll("(?U)\\s+", " ").trim();
    }

    // ------------------------------------------------------------------------------------ all the decisions

    /** Every recording question (all authorities, media, participation, dates) and every usage question. */
    static Stream<Arguments> decisions() {
        List<Arguments> all = new ArrayList<>();
        for (Authority authority : POLICIES.authorities()) {
            for (Medium medium : Medium.values()) {
                for (boolean participant : new boolean[] {true, false}) {
                    List<Optional<LocalDate>> dates = new ArrayList<>();
                    CONVERSATION_DATES.forEach(date -> dates.add(Optional.of(date)));
                    if (!POLICIES.leadTimes().appliesTo(authority, medium)) {
                        dates.add(Optional.empty());
                    }
                    for (Optional<LocalDate> date : dates) {
                        RecordingQuestion question = new RecordingQuestion(authority, medium, participant, date);
                        all.add(Arguments.of(question, POLICIES.recording().evaluate(question, TODAY)));
                    }
                }
                for (Usage usage : Usage.values()) {
                    UsageQuestion question = new UsageQuestion(authority, medium, usage);
                    all.add(Arguments.of(question, POLICIES.usage().evaluate(question)));
                }
            }
        }
        return all.stream();
    }

    private static List<Decision> allDecisions() {
        return decisions().map(arguments -> (Decision) arguments.get()[1]).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void decisionCitesOnlyCataloguedRules(Object question, Decision decision) {
        assertFalse(decision.rules().isEmpty());
        for (Rule rule : decision.rules()) {
            assertTrue(POLICIES.rules().contains(rule), () -> rule.id() + " is not (exactly) in the catalogue");
        }
        assertEquals(decision.ruleIds().size(), new HashSet<>(decision.ruleIds()).size(),
                () -> "each rule cited once: " + decision.ruleIds());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void decisionCitesTheRuleOfEveryObligationAdviceAndConsequence(Object question, Decision decision) {
        Set<Rule> shaping = new LinkedHashSet<>();
        decision.obligations().forEach(obligation -> shaping.add(obligation.rule()));
        decision.advice().forEach(advice -> shaping.add(advice.rule()));
        decision.consequences().forEach(consequence -> shaping.add(consequence.rule()));

        for (Rule rule : shaping) {
            assertTrue(decision.rules().contains(rule), () -> rule.id() + " missing from " + decision.ruleIds());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void consentIsRequiredExactlyWhenSomeoneIsNamedToGiveIt(Object question, Decision decision) {
        assertEquals(decision.outcome() == Outcome.CONSENT_REQUIRED, decision.consentGrantor().isPresent(),
                () -> decision.outcome() + " with grantor " + decision.consentGrantor());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void decisionCarriesTheCurrentPolicyVersion(Object question, Decision decision) {
        assertEquals(PolicySet.CURRENT_VERSION, decision.policyVersion());
        assertFalse(decision.explanation().nl().isBlank());
        assertFalse(decision.explanation().en().isBlank());
    }

    @Test
    void sweepCoversBothOutcomesOfTheLeadTime() {
        List<Decision> uwvImage = allDecisions().stream()
                .filter(decision -> decision.leadTime().isPresent())
                .toList();

        assertTrue(uwvImage.stream().anyMatch(decision -> decision.leadTime().get().onTime().equals(Optional.of(true))));
        assertTrue(uwvImage.stream().anyMatch(decision -> decision.leadTime().get().onTime().equals(Optional.of(false))));
    }

    @Test
    void leadTimeAnswersCiteOnlyCataloguedRules() {
        for (Authority authority : POLICIES.authorities()) {
            for (Medium medium : Medium.values()) {
                LeadTimeAnswer answer = POLICIES.leadTimes()
                        .answer(authority, medium, Optional.of(CONVERSATION_DATES.get(0)), TODAY);
                assertFalse(answer.rules().isEmpty(), authority + " " + medium);
                assertTrue(POLICIES.rules().containsAll(answer.rules()), () -> answer.ruleIds().toString());
            }
        }
    }

    @Test
    void everyRuleIsUsedBySomeDecisionExceptTheAcknowledgementForm() {
        Set<String> used = new HashSet<>();
        allDecisions().forEach(decision -> used.addAll(decision.ruleIds()));

        Set<String> unused = new TreeSet<>();
        POLICIES.rules().forEach(rule -> unused.add(rule.id()));
        unused.removeAll(used);

        assertEquals(Set.of("GEM-ACKNOWLEDGEMENT"), unused,
                "only the signature form is informational; any other unused rule is dead data or a missed citation");
    }
}
