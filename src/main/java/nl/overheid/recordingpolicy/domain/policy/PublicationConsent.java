package nl.overheid.recordingpolicy.domain.policy;

import java.util.Objects;

/**
 * A consent request to use a recording beyond private use, as a usage question names it: what it covers
 * (authority, medium, use) and where it stands. {@code status} is the request's own status name, reported back.
 */
public record PublicationConsent(String reference, Authority authority, Medium medium, Usage usage,
                                 RecordingConsent.Standing standing, String status) implements ReliedOnConsent {

    public PublicationConsent {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(status, "status");
    }
}
