package nl.overheid.recordingpolicy.application;

import java.util.Objects;
import java.util.Optional;

import nl.overheid.recordingpolicy.domain.consent.ConsentReference;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.Platform;
import nl.overheid.recordingpolicy.domain.policy.Usage;

/**
 * "May the recording be used this way?", parsed by the adapter that received it, with the consent requests the
 * citizen relies on: the one to make the recording (an image recording at UWV) and the one for this use; and, for a
 * use that makes the recording public, where.
 */
public record UsageDecisionQuestion(Authority authority, Medium medium, Usage usage, Optional<Platform> platform,
                                    Optional<ConsentReference> recordingConsentRequestReference,
                                    Optional<ConsentReference> publicationConsentRequestReference) {

    public UsageDecisionQuestion {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(recordingConsentRequestReference, "recordingConsentRequestReference");
        Objects.requireNonNull(publicationConsentRequestReference, "publicationConsentRequestReference");
    }

    /** The question as the decision log keeps it: the contract's field names, each value in its canonical text. */
    public Logged logged() {
        return new Logged(authority.name(), medium.name(), usage.name(), platform.map(Platform::name).orElse(null),
                recordingConsentRequestReference.map(ConsentReference::value).orElse(null),
                publicationConsentRequestReference.map(ConsentReference::value).orElse(null));
    }

    public record Logged(String authority, String medium, String usage, String platform,
                  String recordingConsentRequestReference, String publicationConsentRequestReference) {
    }
}
