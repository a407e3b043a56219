package nl.overheid.recordingpolicy.domain.consent;

/**
 * Who changed a request's status. A role, never a person: the history must show who is accountable for each step
 * without storing names (AVG data minimisation).
 */
public enum Actor {
    /** The citizen who asked for consent. */
    REQUESTER,
    /** The employee or UWV, whoever the rules name as the one to give consent. */
    GRANTOR,
    /** The gateway itself, e.g. when a request runs out of time. */
    SYSTEM
}
