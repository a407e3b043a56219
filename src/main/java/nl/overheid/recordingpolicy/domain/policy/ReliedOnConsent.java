package nl.overheid.recordingpolicy.domain.policy;

/** A consent request a decision took into account, as the answer reports it: its reference and its own status. */
public interface ReliedOnConsent {

    String reference();

    /** The request's status name, reported back unchanged. */
    String status();
}
