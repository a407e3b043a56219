package nl.overheid.recordingpolicy.domain.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * "May I use my recording this way?", with the consent requests the citizen relies on: the one to make the
 * recording (where recording this medium needs consent) and the one to use it this way (where the use needs it);
 * and, for a use that makes the recording public, where.
 */
public record UsageQuestion(Authority authority, Medium medium, Usage usage, Optional<Platform> platform,
                            Optional<RecordingConsent> recordingConsent,
                            Optional<PublicationConsent> publicationConsent) {

    public UsageQuestion {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(recordingConsent, "recordingConsent");
        Objects.requireNonNull(publicationConsent, "publicationConsent");
    }

    /** A question that names no consent request. */
    public UsageQuestion(Authority authority, Medium medium, Usage usage) {
        this(authority, medium, usage, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
