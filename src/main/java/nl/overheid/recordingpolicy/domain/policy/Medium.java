package nl.overheid.recordingpolicy.domain.policy;

/** What is recorded. */
public enum Medium {
    AUDIO,
    VIDEO,
    PHOTO;

    /**
     * A photo is a picture of the conversation just as a video is: both are a "beeldopname". UWV's rules speak
     * only of "beeldopname (video)", so a photo falls under the same consent requirement.
     */
    public boolean isImage() {
        return this != AUDIO;
    }
}
