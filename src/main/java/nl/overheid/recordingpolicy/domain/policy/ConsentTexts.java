package nl.overheid.recordingpolicy.domain.policy;

import java.util.List;
import java.util.Map;

/** What a named consent request means for a recording or usage decision, in the gateway's words. */
final class ConsentTexts {

    private ConsentTexts() {
    }

    static BilingualText standing(GatewayTexts texts, RecordingConsent consent) {
        GatewayText text = switch (consent.standing()) {
            case GRANTED -> GatewayText.CONSENT_GRANTED;
            case DENIED -> GatewayText.CONSENT_DENIED;
            case PENDING -> GatewayText.CONSENT_PENDING;
            case LATE -> GatewayText.CONSENT_LATE;
            case LAPSED -> GatewayText.CONSENT_LAPSED;
        };
        return texts.fill(text, about(consent.reference(), consent.status()));
    }

    static BilingualText recordingConsentToName(GatewayTexts texts) {
        return texts.text(GatewayText.RECORDING_CONSENT_TO_NAME);
    }

    static BilingualText otherRecording(GatewayTexts texts, RecordingConsent consent, List<String> differences) {
        return texts.fill(GatewayText.CONSENT_FOR_OTHER_RECORDING, differing(consent.reference(), differences));
    }

    static BilingualText otherUse(GatewayTexts texts, PublicationConsent consent, List<String> differences) {
        return texts.fill(GatewayText.CONSENT_FOR_OTHER_USE, differing(consent.reference(), differences));
    }

    static BilingualText useStanding(GatewayTexts texts, PublicationConsent consent) {
        GatewayText text = switch (consent.standing()) {
            case GRANTED -> GatewayText.USE_CONSENT_GRANTED;
            case DENIED -> GatewayText.USE_CONSENT_DENIED;
            case PENDING, LATE -> GatewayText.USE_CONSENT_UNDECIDED;
            case LAPSED -> GatewayText.CONSENT_LAPSED;
        };
        return texts.fill(text, about(consent.reference(), consent.status()));
    }

    /** The reference and the status are codes, the same in both languages. */
    private static Map<String, BilingualText> about(String reference, String status) {
        return Map.of("reference", same(reference), "status", same(status));
    }

    /** The differences name fields and codes ("medium PHOTO, not VIDEO"), the same in both languages. */
    private static Map<String, BilingualText> differing(String reference, List<String> differences) {
        return Map.of("reference", same(reference), "differences", same(String.join("; ", differences)));
    }

    private static BilingualText same(String text) {
        return new BilingualText(text, text);
    }
}
