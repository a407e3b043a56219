package nl.overheid.recordingpolicy.adapter.question;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import nl.overheid.recordingpolicy.adapter.question.validation.BooleanText;
import nl.overheid.recordingpolicy.adapter.question.validation.ConversationDateWhereLeadTimeApplies;
import nl.overheid.recordingpolicy.adapter.question.validation.IsoDate;
import nl.overheid.recordingpolicy.adapter.question.validation.LeadTimeQuestion;
import nl.overheid.recordingpolicy.adapter.question.validation.KnownAuthority;
import nl.overheid.recordingpolicy.adapter.question.validation.OneOf;
import nl.overheid.recordingpolicy.domain.policy.Medium;

/**
 * "May this recording be made?" as either protocol received it: the field values as text, exactly as sent, so
 * that a missing value and an invalid one get different, field-specific answers.
 */
@ConversationDateWhereLeadTimeApplies
public record RecordingDecisionInput(
        @NotNull(message = "{gateway.required}") @KnownAuthority String authority,
        @NotNull(message = "{gateway.required}") @OneOf(Medium.class) String medium,
        @NotNull(message = "{gateway.required}") @BooleanText String participant,
        @IsoDate String conversationDate,
        @Pattern(regexp = ConsentInputs.REFERENCE_PATTERN,
                message = "{gateway.consentReference}")
        String consentRequestReference) implements LeadTimeQuestion {

    /** A question without a consent request. */
    public RecordingDecisionInput(String authority, String medium, String participant, String conversationDate) {
        this(authority, medium, participant, conversationDate, null);
    }
}
