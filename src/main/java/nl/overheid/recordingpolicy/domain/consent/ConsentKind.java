package nl.overheid.recordingpolicy.domain.consent;

/** What a citizen asks consent for: to make a recording, or to use one beyond private use. */
public enum ConsentKind {
    /**
     * Consent to make an image recording (video or photo) of a conversation at UWV, given by the employee in the
     * conversation and to be asked at the latest 5 working days ahead (UWV-VIDEO-CONSENT, UWV-VIDEO-LEAD-TIME).
     * Audio at UWV and any recording at a municipality need no consent, so they cannot be asked for.
     */
    RECORDING,
    /**
     * Consent to publish or share a recording beyond private use: given by UWV at UWV, by the employee at a
     * municipality. Usually asked after the conversation, when the citizen has the recording.
     */
    PUBLICATION
}
