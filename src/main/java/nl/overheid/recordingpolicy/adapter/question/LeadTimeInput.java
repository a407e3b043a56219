package nl.overheid.recordingpolicy.adapter.question;

import jakarta.validation.constraints.NotNull;

import nl.overheid.recordingpolicy.adapter.question.validation.ConversationDateWhereLeadTimeApplies;
import nl.overheid.recordingpolicy.adapter.question.validation.IsoDate;
import nl.overheid.recordingpolicy.adapter.question.validation.LeadTimeQuestion;
import nl.overheid.recordingpolicy.adapter.question.validation.KnownAuthority;
import nl.overheid.recordingpolicy.adapter.question.validation.OneOf;
import nl.overheid.recordingpolicy.domain.policy.Medium;

/** "By when must consent be asked?"; {@code requestDate} left out means today. */
@ConversationDateWhereLeadTimeApplies
public record LeadTimeInput(
        @NotNull(message = "{gateway.required}") @KnownAuthority String authority,
        @NotNull(message = "{gateway.required}") @OneOf(Medium.class) String medium,
        @IsoDate String conversationDate,
        @IsoDate String requestDate) implements LeadTimeQuestion {
}
