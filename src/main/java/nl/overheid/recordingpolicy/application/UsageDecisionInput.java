package nl.overheid.recordingpolicy.application;

import jakarta.validation.constraints.NotNull;

import nl.overheid.recordingpolicy.application.validation.KnownAuthority;
import nl.overheid.recordingpolicy.application.validation.OneOf;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.Usage;

/** "May the recording be used this way?" as either protocol received it. */
public record UsageDecisionInput(
        @NotNull(message = "is required") @KnownAuthority String authority,
        @NotNull(message = "is required") @OneOf(Medium.class) String medium,
        @NotNull(message = "is required") @OneOf(Usage.class) String usage) {
}
