package nl.overheid.recordingpolicy.adapter.question;

import jakarta.validation.constraints.NotNull;

import nl.overheid.recordingpolicy.application.validation.ConversationDateWhereLeadTimeApplies;
import nl.overheid.recordingpolicy.application.validation.IsoDate;
import nl.overheid.recordingpolicy.application.validation.LeadTimeQuestion;
import nl.overheid.recordingpolicy.application.validation.KnownAuthority;
import nl.overheid.recordingpolicy.application.validation.OneOf;
import nl.overheid.recordingpolicy.domain.policy.Medium;

/** "By when must consent be asked?"; {@code requestDate} left out means today. */
@ConversationDateWhereLeadTimeApplies
public record LeadTimeInput(
        @NotNull(message = "{gateway.required}") @KnownAuthority String authority,
        @NotNull(message = "{gateway.required}") @OneOf(Medium.class) String medium,
        @IsoDate String conversationDate,
        @IsoDate String requestDate) implements LeadTimeQuestion {
}
