package nl.overheid.recordingpolicy.domain.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The decision table's line for one use of a recording: the outcome, whose consent lifts it, what it applies, and
 * what it applies instead once that consent is granted ({@code withConsent}: the obligations that remain, and no
 * longer the consequences of acting without consent). {@code publishes}: the use makes the recording public, so a
 * question about it may say where (a {@link Platform}).
 */
public record UsageRow(Usage usage, Outcome outcome, Optional<ConsentGrantor> grantor, List<Step> steps,
                       List<Step> withConsent, boolean publishes) {

    public UsageRow {
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(grantor, "grantor");
        steps = List.copyOf(steps);
        withConsent = List.copyOf(withConsent);
        if ((outcome == Outcome.CONSENT_REQUIRED) != grantor.isPresent()) {
            throw new IllegalArgumentException(usage + ": a grantor is named exactly when consent is required");
        }
        if (steps.stream().noneMatch(step -> !(step instanceof Step.Explain))) {
            throw new IllegalArgumentException(usage + ": a usage row cites at least one rule");
        }
        if (!withConsent.isEmpty() && outcome != Outcome.CONSENT_REQUIRED) {
            throw new IllegalArgumentException(usage + ": only a use that needs consent says what applies with it");
        }
    }

    /** The rules whose consent this row needs: the rules it cites directly, in order. */
    List<Rule> citedRules() {
        return steps.stream().filter(Step.Cite.class::isInstance).map(step -> ((Step.Cite) step).rule()).toList();
    }

    /**
     * What a granted consent applies: the line's own {@code withConsent}, else its rules and obligations without
     * the consequences and texts that speak of acting without consent.
     */
    List<Step> grantedSteps() {
        if (!withConsent.isEmpty()) {
            return withConsent;
        }
        return steps.stream().filter(step -> step instanceof Step.Cite || step instanceof Step.Oblige).toList();
    }
}
