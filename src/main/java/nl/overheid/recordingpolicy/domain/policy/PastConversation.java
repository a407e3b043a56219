package nl.overheid.recordingpolicy.domain.policy;

import java.time.LocalDate;

/**
 * A conversation date in the past is still answered: the answer then says what the rules meant for that
 * conversation, and the explanation says so.
 */
final class PastConversation {

    private PastConversation() {
    }

    static BilingualText note(LocalDate conversationDate) {
        return new BilingualText(
                "Let op: de gespreksdatum " + DateText.nl(conversationDate) + " ligt in het verleden; dit antwoord zegt "
                        + "wat de regels voor dat gesprek bepalen.",
                "Note: the conversation date " + DateText.en(conversationDate) + " lies in the past; this answer states "
                        + "what the rules say for that conversation.");
    }
}
