package nl.overheid.recordingpolicy.domain.consent;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step in a request's history.
 *
 * @param from   the status before, or {@code null} for the first entry (the submission itself)
 * @param to     the status after
 * @param at     when it happened
 * @param actor  who made the step, as a role
 * @param reason why, if anyone said; blank text counts as no reason, so a stored "" never reads as an explanation
 */
public record StatusChange(ConsentStatus from, ConsentStatus to, Instant at, Actor actor, Optional<String> reason) {

    public StatusChange {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
        reason = reason.map(String::strip).filter(text -> !text.isEmpty());
        if (from == to) {
            throw new IllegalArgumentException("a status change must change the status, got " + from + " -> " + to);
        }
    }

    public boolean isSubmission() {
        return from == null;
    }
}
