package nl.overheid.recordingpolicy.domain.consent;

/**
 * How a consent request came in. Kept for the record only: UWV names Mijn UWV, chat and phone for recording
 * requests, but a request that reached UWV another way is still a request, so no channel is refused here.
 */
public enum Channel {
    MIJN_UWV,
    CHAT,
    PHONE,
    COUNTER,
    LETTER
}
