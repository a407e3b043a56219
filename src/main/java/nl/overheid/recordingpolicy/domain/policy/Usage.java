package nl.overheid.recordingpolicy.domain.policy;

/** What the citizen wants to do with a recording. */
public enum Usage {
    /** Listening (or watching) again oneself, e.g. at home. */
    PRIVATE_LISTENING,
    /** Letting a small private circle (family, friends) hear or see it. */
    SHARE_PRIVATE_CIRCLE,
    /** Letting an expert one consults (lawyer, legal adviser) hear or see it. */
    SHARE_WITH_ADVISER,
    /** Giving it to people who took part in the conversation (they are not third parties). */
    SHARE_WITH_PARTICIPANTS,
    /** Giving it to others who did not take part in the conversation. */
    SHARE_WITH_THIRD_PARTIES,
    /** Making it public: a website, social media, WhatsApp and the like. */
    PUBLISH,
    /** Cutting it and putting fragments online. */
    EDIT_AND_PUBLISH_FRAGMENTS,
    /** Naming the employee on the internet. */
    NAME_EMPLOYEE_ONLINE
}
