package nl.overheid.recordingpolicy.domain.policy;

/** What the authority says it may do when its rules are broken. */
public enum ConsequenceCode {
    REMOVAL_REQUEST,
    LEGAL_ACTION,
    DAMAGES_RECOVERY,
    SERVICE_CONSEQUENCES
}
