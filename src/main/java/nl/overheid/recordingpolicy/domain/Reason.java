package nl.overheid.recordingpolicy.domain;

import java.util.List;

/**
 * Why a field is refused, as a key of the catalogue {@code ValidationMessages*.properties} (English and Dutch) and the
 * names of the values its text takes ({@code {max}}). The code names a reason; the catalogue holds its words, and
 * {@code application.ReasonTexts} looks them up. Why one enum of keys, and here: the domain refuses fields too
 * ({@link RejectedFieldException}) and must stay free of texts, resource bundles and Jakarta, so it can name a
 * reason but not word it; the application and the adapters name theirs from the same list, and one list is what lets
 * a test prove that the catalogue has every key in both languages with exactly these values.
 *
 * <p>A text follows the field's name ("is required", "must be ..."), as the answers list them; a few consent-request
 * refusals are whole clauses ("a municipality needs no consent to record"), as they were when written in the code.
 */
public enum Reason {

    // Any field.
    REQUIRED("gateway.required"),
    MAX_LENGTH("gateway.maxLength", "max"),
    NOT_IN_THE_FUTURE("gateway.notInTheFuture", "today"),

    // The fields of an acknowledgement form and of a contact about a consent request.
    WRITTEN_NAME("gateway.writtenName"),
    CONTACT_IN_THE_FUTURE("gateway.contactedAt.inTheFuture"),
    CONTACT_BEFORE_REQUEST("gateway.contactedAt.beforeRequest", "requestDate"),
    ALTERNATIVE_SAME_MEDIUM("gateway.alternativeMedium.same", "medium"),
    ALTERNATIVE_AFTER_CONVERSATION("gateway.alternativeMedium.afterConversation", "conversationDate"),

    // A consent request that cannot be made as submitted.
    NO_CONSENT_TO_RECORD_AT("gateway.consentApplication.noneToRecordAt", "authority"),
    NO_CONSENT_TO_RECORD_AT_A_MUNICIPALITY("gateway.consentApplication.noneToRecordAtAMunicipality"),
    USAGE_OF_A_RECORDING_REQUEST("gateway.consentApplication.usageOfARecordingRequest"),
    USAGE_OF_A_PUBLICATION_REQUEST("gateway.consentApplication.usageOfAPublicationRequest"),
    NO_CONSENT_NEEDED_FOR_USE("gateway.consentApplication.noneNeededForUse", "usage", "authority"),
    NO_CONSENT_LIFTS_THE_BAN("gateway.consentApplication.noneLiftsTheBan", "usage", "authority"),
    NO_CONSENT_FOR_AN_UNWANTED_USE("gateway.consentApplication.noneForAnUnwantedUse", "usage", "authority"),
    CHANNEL_TO_RECORD("gateway.channel.toRecord", "authority", "medium", "channels", "channel"),
    CHANNEL_TO_RECORD_AT_A_MUNICIPALITY("gateway.channel.toRecordAtAMunicipality", "authority", "medium", "channels",
            "channel"),
    CHANNEL_TO_USE("gateway.channel.toUse", "authority", "usage", "channels", "channel"),
    CHANNEL_TO_USE_AT_A_MUNICIPALITY("gateway.channel.toUseAtAMunicipality", "authority", "usage", "channels", "channel"),

    // A consent request or platform a decision question names that cannot be used as named; the medium to record
    // where no consent is needed is also a consent request that cannot be made.
    UNKNOWN_CONSENT_REQUEST("gateway.consentRequest.unknown"),
    CONSENT_TO_PUBLISH_NOT_TO_RECORD("gateway.consentRequest.toPublishNotToRecord"),
    CONSENT_TO_RECORD_NOT_TO_USE("gateway.consentRequest.toRecordNotToUse", "field"),
    CONSENT_FOR_OTHER_RECORDING("gateway.consentRequest.otherRecording", "differences"),
    NO_CONSENT_NEEDED_TO_RECORD("gateway.consentRequest.noneNeededToRecord", "medium", "authority"),
    CONSENT_CHANGES_NOTHING("gateway.consentRequest.changesNothing", "usage", "authority", "outcome"),
    PLATFORM_OF_A_PRIVATE_USE("gateway.platform.privateUse", "usage"),

    // Identifiers the caller names.
    NO_ACKNOWLEDGEMENT_FORM("gateway.authority.noAcknowledgementForm", "authority"),
    POLICY_VERSION_ID("gateway.policyVersionId"),
    DECISION_ID("gateway.decisionId"),
    IDEMPOTENCY_KEY("gateway.idempotencyKey"),

    // The JSON envelope of an AuthZEN request and what its kind of question fixes.
    NOT_A_STRING("gateway.json.notAString"),
    EMPTY("gateway.json.empty"),
    NOT_AN_OBJECT("gateway.json.notAnObject"),
    NOT_AN_ARRAY("gateway.json.notAnArray"),
    EVALUATIONS_SEMANTIC("gateway.authzen.evaluationsSemantic"),
    ACTION_RECORD("gateway.authzen.actionRecord"),
    ACTION_USE("gateway.authzen.actionUse"),
    SUBJECT_TYPE("gateway.authzen.subjectType"),
    DATE_TIME("gateway.authzen.dateTime"),

    // The body of a REST request, and the elements of a SOAP request the stack refused.
    EXPONENT_OUT_OF_RANGE("gateway.json.exponentOutOfRange"),
    BODY_EXPONENT_OUT_OF_RANGE("gateway.json.bodyExponentOutOfRange"),
    NOT_WELL_FORMED_JSON("gateway.json.notWellFormed"),
    NOT_A_JSON_OBJECT("gateway.json.mustBeAnObject"),
    NOT_A_FIELD("gateway.json.notAField", "fields"),
    NESTED_TOO_DEEP("gateway.json.nestedTooDeep", "levels"),
    READ_INCOMPLETELY("gateway.body.readIncompletely"),
    MAX_BYTES("gateway.body.maxBytes", "max"),
    UNKNOWN_REFERENCE("gateway.reference.unknown"),
    SOAP_ACTION("gateway.soap.action"),
    NOT_AN_ELEMENT_OF_THE_REQUEST("gateway.soap.notInRequest"),
    NOT_ALLOWED_HERE("gateway.soap.notHere"),
    NOT_AN_OPERATION("gateway.soap.notAnOperation");

    private final String key;
    private final List<String> parameters;

    Reason(String key, String... parameters) {
        this.key = key;
        this.parameters = List.of(parameters);
    }

    /** The key in the catalogue. */
    public String key() {
        return key;
    }

    /** The names of the values the text takes ({@code {max}}), in the order they are given. */
    public List<String> parameters() {
        return parameters;
    }
}
