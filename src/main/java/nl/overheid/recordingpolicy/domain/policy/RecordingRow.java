package nl.overheid.recordingpolicy.domain.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The decision table's line for one medium: the outcome for a participant, what a participant's decision applies
 * (in order), what a non-participant's refusal cites and says, and where consent is needed, its terms.
 * {@code outcome} is {@link Outcome#CONSENT_REQUIRED} exactly when {@code consent} is present.
 */
public record RecordingRow(Medium medium, Outcome outcome, List<Step> steps, List<Step> notParticipant,
                           Optional<RecordingConsentTerms> consent) {

    public RecordingRow {
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(outcome, "outcome");
        steps = List.copyOf(steps);
        notParticipant = List.copyOf(notParticipant);
        Objects.requireNonNull(consent, "consent");
        if ((outcome == Outcome.CONSENT_REQUIRED) != consent.isPresent()) {
            throw new IllegalArgumentException(medium + ": consent terms are given exactly when consent is required");
        }
        if (steps.stream().noneMatch(Step.Cite.class::isInstance)) {
            throw new IllegalArgumentException(medium + ": a recording row cites at least one rule");
        }
    }

    /** The rule that says a recording may be made without asking first: the row's first cited rule. */
    Rule permittingRule() {
        return steps.stream().filter(Step.Cite.class::isInstance).map(step -> ((Step.Cite) step).rule())
                .findFirst().orElseThrow();
    }
}
