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
 * @param actedBy the authenticated identity that made the step (a calling system or an officer's account, never a
 *                citizen), where one did: absent for the gateway's own steps and for history from before it was kept
 */
public record StatusChange(ConsentStatus from, ConsentStatus to, Instant at, Actor actor, Optional<String> reason,
                           Optional<String> actedBy) {

    /** A step nobody authenticated made: the gateway's own, or one stored before identities were recorded. */
    public StatusChange(ConsentStatus from, ConsentStatus to, Instant at, Actor actor, Optional<String> reason) {
        this(from, to, at, actor, reason, Optional.empty());
    }

    public StatusChange {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
        reason = reason.map(String::strip).filter(text -> !text.isEmpty());
        Objects.requireNonNull(actedBy, "actedBy");
        if (from == to) {
            throw new IllegalArgumentException("a status change must change the status, got " + from + " -> " + to);
        }
    }

    /** The same step, made by {@code identity}. */
    public StatusChange by(String identity) {
        Objects.requireNonNull(identity, "identity");
        return new StatusChange(from, to, at, actor, reason, Optional.of(identity));
    }

    public boolean isSubmission() {
        return from == null;
    }
}
