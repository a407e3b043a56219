package nl.overheid.recordingpolicy.domain.consent;

import java.util.Optional;

/**
 * The ways out of an open status ({@link ConsentStatus#SUBMITTED} or {@link ConsentStatus#LATE}), each reserved to
 * one actor. Both open statuses have the same ways out, so a transition is fully described by the status it leads
 * to.
 */
public enum Transition {
    /** The grantor answers: to GRANTED or DENIED. */
    DECIDE(Actor.GRANTOR),
    /** The requester takes the request back: to WITHDRAWN. */
    WITHDRAW(Actor.REQUESTER),
    /** The conversation passed without an answer: to EXPIRED. */
    EXPIRE(Actor.SYSTEM);

    private final Actor actor;

    Transition(Actor actor) {
        this.actor = actor;
    }

    /** The only actor allowed to make this transition. */
    public Actor actor() {
        return actor;
    }

    /** The transition that leads from an open status to {@code status}; empty for SUBMITTED and LATE, which are only entered on submission. */
    public static Optional<Transition> into(ConsentStatus status) {
        return switch (status) {
            case GRANTED, DENIED -> Optional.of(DECIDE);
            case WITHDRAWN -> Optional.of(WITHDRAW);
            case EXPIRED -> Optional.of(EXPIRE);
            case SUBMITTED, LATE -> Optional.empty();
        };
    }

    String verb() {
        return switch (this) {
            case DECIDE -> "decide";
            case WITHDRAW -> "withdraw";
            case EXPIRE -> "expire";
        };
    }
}
