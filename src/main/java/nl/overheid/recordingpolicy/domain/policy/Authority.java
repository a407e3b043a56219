package nl.overheid.recordingpolicy.domain.policy;

/** The government body a conversation is held with; each publishes its own rules. */
public enum Authority {
    UWV,
    MUNICIPALITY
}
