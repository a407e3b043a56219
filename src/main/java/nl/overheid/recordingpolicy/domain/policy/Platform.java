package nl.overheid.recordingpolicy.domain.policy;

/** Where a recording is made public: the places the rule texts name, and the press, which they do not. */
public enum Platform {
    /** A website open to anyone ("een openbare internetsite"). */
    WEBSITE,
    /** Social media ("sociale media zoals Facebook, Instagram, Twitter"). */
    SOCIAL_MEDIA,
    /** Messaging such as WhatsApp ("of via WhatsApp"). */
    MESSAGING,
    /** Newspapers, radio, television. */
    PRESS
}
