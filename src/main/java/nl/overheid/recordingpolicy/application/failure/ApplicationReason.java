package nl.overheid.recordingpolicy.application.failure;

import java.util.List;

import nl.overheid.recordingpolicy.domain.Reason;

/**
 * The use cases' reasons for refusing a field: what they look up and do not find or cannot use (a consent request of
 * the other kind, an authority without an acknowledgement form), and identifiers that cannot be one. Their words are
 * in the catalogue ({@link Reason}).
 */
public enum ApplicationReason implements Reason {

    UNKNOWN_CONSENT_REQUEST("gateway.consentRequest.unknown"),
    CONSENT_TO_PUBLISH_NOT_TO_RECORD("gateway.consentRequest.toPublishNotToRecord"),
    CONSENT_TO_RECORD_NOT_TO_USE("gateway.consentRequest.toRecordNotToUse", "field"),
    NO_ACKNOWLEDGEMENT_FORM("gateway.authority.noAcknowledgementForm", "authority"),
    POLICY_VERSION_ID("gateway.policyVersionId"),
    DECISION_ID("gateway.decisionId"),
    IDEMPOTENCY_KEY("gateway.idempotencyKey");

    private final String key;
    private final List<String> parameters;

    ApplicationReason(String key, String... parameters) {
        this.key = key;
        this.parameters = List.of(parameters);
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public List<String> parameters() {
        return parameters;
    }
}
