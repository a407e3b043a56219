package nl.overheid.recordingpolicy.application;

import java.util.Objects;
import java.util.Optional;

import nl.overheid.recordingpolicy.domain.policy.Authority;

/** Which rules to list: those of one loaded authority, or all when none is named. */
public record PolicyListingQuestion(Optional<Authority> authority) {

    public static final PolicyListingQuestion ALL = new PolicyListingQuestion(Optional.empty());

    public PolicyListingQuestion {
        Objects.requireNonNull(authority, "authority");
    }
}
