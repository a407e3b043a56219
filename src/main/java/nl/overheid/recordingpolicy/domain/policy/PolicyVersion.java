package nl.overheid.recordingpolicy.domain.policy;

import java.time.LocalDate;
import java.util.Objects;

/** The version of the rule set that produced an answer, and the date from which it applies. */
public record PolicyVersion(String version, LocalDate effectiveFrom) {
    public PolicyVersion {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }
}
