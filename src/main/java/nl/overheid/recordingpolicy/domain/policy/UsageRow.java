package nl.overheid.recordingpolicy.domain.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The decision table's line for one use of a recording: the outcome, whose consent lifts it, and what it applies. */
public record UsageRow(Usage usage, Outcome outcome, Optional<ConsentGrantor> grantor, List<Step> steps) {

    public UsageRow {
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(grantor, "grantor");
        steps = List.copyOf(steps);
        if ((outcome == Outcome.CONSENT_REQUIRED) != grantor.isPresent()) {
            throw new IllegalArgumentException(usage + ": a grantor is named exactly when consent is required");
        }
        if (steps.stream().noneMatch(step -> !(step instanceof Step.Explain))) {
            throw new IllegalArgumentException(usage + ": a usage row cites at least one rule");
        }
    }

    /** The rules whose consent this row needs: the rules it cites directly, in order. */
    List<Rule> citedRules() {
        return steps.stream().filter(Step.Cite.class::isInstance).map(step -> ((Step.Cite) step).rule()).toList();
    }
}
