package nl.overheid.recordingpolicy.domain.policy;

/**
 * What a rule text says of an act. {@link #NOT_WANTED} is softer than {@link #NOT_PERMITTED}: the authority asks
 * the citizen not to do it ("Wij willen niet dat u ...") without forbidding it, so the answer must not say "not
 * allowed" either.
 */
public enum Outcome {
    PERMITTED,
    CONSENT_REQUIRED,
    NOT_PERMITTED,
    NOT_WANTED
}
