package nl.overheid.recordingpolicy.domain.policy;

/** What the authority says may follow when its rules are broken, or when a recording harms others. */
public enum ConsequenceCode {
    REMOVAL_REQUEST,
    LEGAL_ACTION,
    DAMAGES_RECOVERY,
    SERVICE_CONSEQUENCES,
    /** Sharing or editing a recording can harm others and can be a criminal offence. */
    CRIMINAL_OFFENCE,
    /** Whoever made the recording can be liable for damage that counts as unlawful. */
    LIABILITY_FOR_DAMAGE
}
