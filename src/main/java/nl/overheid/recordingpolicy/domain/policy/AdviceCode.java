package nl.overheid.recordingpolicy.domain.policy;

/** What the rules ask politely but do not make a condition. */
public enum AdviceCode {
    ANNOUNCE_RECORDING,
    ANNOUNCE_RECORDING_AND_PURPOSE,
    REQUEST_CONSENT_IN_TIME,
    /** Handle the recording with care and responsibly (the municipality's introduction). */
    TAKE_CARE
}
