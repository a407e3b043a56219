package nl.overheid.recordingpolicy.domain.policy;

import java.util.Objects;

/** "May I use my recording this way?" */
public record UsageQuestion(Authority authority, Medium medium, Usage usage) {
    public UsageQuestion {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(usage, "usage");
    }
}
