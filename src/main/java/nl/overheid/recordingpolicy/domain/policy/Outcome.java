package nl.overheid.recordingpolicy.domain.policy;

public enum Outcome {
    PERMITTED,
    CONSENT_REQUIRED,
    NOT_PERMITTED
}
