package nl.overheid.recordingpolicy.domain.policy;

import java.time.LocalDate;
import java.util.Map;

/**
 * A conversation date in the past is still answered: the answer then says what the rules meant for that
 * conversation, and the explanation says so.
 */
final class PastConversation {

    private PastConversation() {
    }

    static BilingualText note(GatewayTexts texts, LocalDate conversationDate) {
        return texts.fill(GatewayText.PAST_CONVERSATION, Map.of("conversationDate", DateText.of(conversationDate)));
    }
}
