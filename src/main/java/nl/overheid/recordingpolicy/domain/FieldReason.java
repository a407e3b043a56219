package nl.overheid.recordingpolicy.domain;

import java.util.List;

/**
 * The domain's reasons for refusing a field (an acknowledgement form, a contact, a consent request that cannot be made
 * as submitted, a consent request or platform a decision question names), and the ones every layer gives ("is
 * required", "must be at most {max} characters"). Their words are in the catalogue ({@link Reason}).
 */
public enum FieldReason implements Reason {

    REQUIRED("gateway.required"),
    MAX_LENGTH("gateway.maxLength", "max"),
    NOT_IN_THE_FUTURE("gateway.notInTheFuture", "today"),
    WRITTEN_NAME("gateway.writtenName"),
    CONTACT_IN_THE_FUTURE("gateway.contactedAt.inTheFuture"),
    CONTACT_BEFORE_REQUEST("gateway.contactedAt.beforeRequest", "requestDate"),
    ALTERNATIVE_SAME_MEDIUM("gateway.alternativeMedium.same", "medium"),
    ALTERNATIVE_AFTER_CONVERSATION("gateway.alternativeMedium.afterConversation", "conversationDate"),
    NO_CONSENT_TO_RECORD_AT("gateway.consentApplication.noneToRecordAt", "authority"),
    NO_CONSENT_TO_RECORD_AT_A_MUNICIPALITY("gateway.consentApplication.noneToRecordAtAMunicipality"),
    USAGE_OF_A_RECORDING_REQUEST("gateway.consentApplication.usageOfARecordingRequest"),
    USAGE_OF_A_PUBLICATION_REQUEST("gateway.consentApplication.usageOfAPublicationRequest"),
    NO_CONSENT_NEEDED_FOR_USE("gateway.consentApplication.noneNeededForUse", "usage", "authority"),
    NO_CONSENT_LIFTS_THE_BAN("gateway.consentApplication.noneLiftsTheBan", "usage", "authority"),
    NO_CONSENT_FOR_AN_UNWANTED_USE("gateway.consentApplication.noneForAnUnwantedUse", "usage", "authority"),
    CHANNEL_TO_RECORD("gateway.channel.toRecord", "authority", "medium", "channels", "channel"),
    CHANNEL_TO_RECORD_AT_A_MUNICIPALITY("gateway.channel.toRecordAtAMunicipality", "authority", "medium", "channels", "channel"),
    CHANNEL_TO_USE("gateway.channel.toUse", "authority", "usage", "channels", "channel"),
    CHANNEL_TO_USE_AT_A_MUNICIPALITY("gateway.channel.toUseAtAMunicipality", "authority", "usage", "channels", "channel"),
    CONSENT_FOR_OTHER_RECORDING("gateway.consentRequest.otherRecording", "differences"),
    NO_CONSENT_NEEDED_TO_RECORD("gateway.consentRequest.noneNeededToRecord", "medium", "authority"),
    CONSENT_CHANGES_NOTHING("gateway.consentRequest.changesNothing", "usage", "authority", "outcome"),
    PLATFORM_OF_A_PRIVATE_USE("gateway.platform.privateUse", "usage");

    private final String key;
    private final List<String> parameters;

    FieldReason(String key, String... parameters) {
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
