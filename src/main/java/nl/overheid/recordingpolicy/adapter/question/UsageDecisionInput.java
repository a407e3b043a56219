package nl.overheid.recordingpolicy.adapter.question;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import nl.overheid.recordingpolicy.adapter.question.validation.KnownAuthority;
import nl.overheid.recordingpolicy.adapter.question.validation.OneOf;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.Platform;
import nl.overheid.recordingpolicy.domain.policy.Usage;

/**
 * "May the recording be used this way?" as either protocol received it, with the consent requests the citizen
 * relies on: the one to make the recording (an image recording at UWV) and the one for this use; and, for a use
 * that makes the recording public, where.
 */
public record UsageDecisionInput(
        @NotNull(message = "{gateway.required}") @KnownAuthority String authority,
        @NotNull(message = "{gateway.required}") @OneOf(Medium.class) String medium,
        @NotNull(message = "{gateway.required}") @OneOf(Usage.class) String usage,
        @OneOf(Platform.class) String platform,
        @Pattern(regexp = ConsentInputs.REFERENCE_PATTERN,
                message = "{gateway.consentReference}")
        String recordingConsentRequestReference,
        @Pattern(regexp = ConsentInputs.REFERENCE_PATTERN,
                message = "{gateway.consentReference}")
        String publicationConsentRequestReference) {

    /** A question that names no consent request. */
    public UsageDecisionInput(String authority, String medium, String usage) {
        this(authority, medium, usage, null, null, null);
    }
}
