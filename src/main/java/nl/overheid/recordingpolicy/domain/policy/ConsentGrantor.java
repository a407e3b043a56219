package nl.overheid.recordingpolicy.domain.policy;

/** Whose consent lifts a {@link Outcome#CONSENT_REQUIRED}: the employee in the conversation, or UWV itself. */
public enum ConsentGrantor {
    EMPLOYEE,
    UWV
}
