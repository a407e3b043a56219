package nl.overheid.recordingpolicy.domain.policy;

import java.util.Locale;
import java.util.Set;

import nl.overheid.recordingpolicy.domain.calendar.NonWorkingDayReason;

/**
 * Every sentence and name the gateway says on its own account, belonging to no authority's rules: about dates and the
 * lead time, about a consent request named in a question, and the consent requests' own explanations. The texts are
 * in {@code policies/gateway-texts.xml}; this is only what the code asks for, each key with the parameters it gives.
 */
public enum GatewayText {

    // The lead-time answer and the notes on a conversation date.
    NO_LEAD_TIME,
    REQUEST_ON_TIME("requestDate"),
    /** Late, not void: the lead time says until when handling in time is assured (see UWV-VIDEO-LEAD-TIME). */
    REQUEST_TOO_LATE("requestDate"),
    NOT_A_WORKING_DAY("conversationDate", "reason"),
    PROVISIONAL_DEADLINE("deadline", "years"),
    PAST_CONVERSATION("conversationDate"),

    // A recording consent request named in a recording or usage question.
    CONSENT_GRANTED("reference"),
    CONSENT_DENIED("reference"),
    CONSENT_PENDING("reference"),
    CONSENT_LATE("reference"),
    CONSENT_LAPSED("reference", "status"),
    RECORDING_CONSENT_TO_NAME,
    CONSENT_FOR_OTHER_RECORDING("reference", "differences"),
    CONSENT_FOR_OTHER_USE("reference", "differences"),

    // A publication consent request named in a usage question.
    USE_CONSENT_GRANTED("reference"),
    USE_CONSENT_DENIED("reference"),
    USE_CONSENT_UNDECIDED("reference"),

    // Why a consent request is not taken in.
    CHANNEL_NOT_LISTED("channels"),
    RECORDING_REQUEST_NAMES_NO_USAGE,
    USAGE_TO_NAME,
    NO_CONSENT_NEEDED,
    NO_CONSENT_POSSIBLE,
    NO_CONSENT_WANTED,

    // A consent request's status, for the citizen. {Grantor} is {grantor} beginning a sentence.
    REQUEST_SUBMITTED("purpose", "grantor"),
    REQUEST_MADE_IN_TIME("deadline"),
    REQUEST_GRANTED("Grantor", "purpose"),
    RECORDING_STAYS_PRIVATE,
    KEEP_TO_USAGE_RULES,
    REQUEST_DENIED("Grantor", "purpose"),
    USE_NOT_ALLOWED,
    REQUEST_WITHDRAWN("purpose"),
    REQUEST_EXPIRED("purpose", "conversationDate"),
    REQUEST_LATE("deadline", "workingDays", "conversationDate", "requestDate"),
    LATE_AFTER_CONVERSATION,
    LATE_REQUEST_REMAINS("grantor"),
    NO_IMAGE_RECORDING_WITHOUT_CONSENT,
    /** The grantor's words, quoted as they were given, in whatever language. */
    GRANTOR_NOTE("note"),
    /** The words of whoever refused or withdrew, quoted as they were given. */
    GIVEN_REASON("reason"),
    PURPOSE_PHOTO("conversationDate"),
    PURPOSE_VIDEO("conversationDate"),
    PURPOSE_USAGE("conversationDate", "usage"),

    // What happens next with a consent request.
    NEXT_STEP_DECISION("grantor"),
    NO_NEXT_STEP_GRANTED,
    NO_NEXT_STEP_CLOSED,
    CONTACTED("who", "date"),
    THE_MUNICIPALITY,
    ALTERNATIVE_PROPOSED("alternative"),

    // For whoever reads the decision log: the grounds of an answer, in the AuthZEN answer and the log's record.
    ADMIN_REASON("outcome", "rules", "policyVersion", "decisionId"),

    // Names used as parameters.
    GRANTOR_UWV,
    GRANTOR_EMPLOYEE,
    CHANNEL_MIJN_UWV,
    CHANNEL_CHAT,
    CHANNEL_PHONE,
    CHANNEL_COUNTER,
    CHANNEL_LETTER,
    MEDIUM_AUDIO,
    MEDIUM_VIDEO,
    MEDIUM_PHOTO,
    USAGE_PRIVATE_LISTENING,
    USAGE_SHARE_PRIVATE_CIRCLE,
    USAGE_SHARE_WITH_ADVISER,
    USAGE_SHARE_WITH_PARTICIPANTS,
    USAGE_SHARE_WITH_THIRD_PARTIES,
    USAGE_PUBLISH,
    USAGE_EDIT_AND_PUBLISH_FRAGMENTS,
    USAGE_NAME_EMPLOYEE_ONLINE,

    // Why a day is not a working day (Algemene termijnenwet), as a parameter.
    NOT_WORKING_SATURDAY,
    NOT_WORKING_SUNDAY,
    NOT_WORKING_NEW_YEARS_DAY,
    NOT_WORKING_GOOD_FRIDAY,
    NOT_WORKING_EASTER_MONDAY,
    NOT_WORKING_KINGS_DAY,
    NOT_WORKING_LIBERATION_DAY,
    NOT_WORKING_ASCENSION_DAY,
    NOT_WORKING_WHIT_MONDAY,
    NOT_WORKING_CHRISTMAS_DAY,
    NOT_WORKING_BOXING_DAY,
    NOT_WORKING_EQUATED_BY_DECREE;

    private final String id;
    private final Set<String> parameters;

    GatewayText(String... parameters) {
        this.id = name().toLowerCase(Locale.ROOT).replace('_', '-');
        this.parameters = Set.of(parameters);
    }

    /** The text's id in the file: the name in lower case, words joined by hyphens ({@code no-lead-time}). */
    public String id() {
        return id;
    }

    /** The parameters the code gives when it fills the text; the text may use these and no others. */
    public Set<String> parameters() {
        return parameters;
    }

    /** Why a day is not a working day, as a parameter: "tweede Paasdag" / "Easter Monday". */
    static GatewayText of(NonWorkingDayReason reason) {
        return switch (reason) {
            case SATURDAY -> NOT_WORKING_SATURDAY;
            case SUNDAY -> NOT_WORKING_SUNDAY;
            case NEW_YEARS_DAY -> NOT_WORKING_NEW_YEARS_DAY;
            case GOOD_FRIDAY -> NOT_WORKING_GOOD_FRIDAY;
            case EASTER_MONDAY -> NOT_WORKING_EASTER_MONDAY;
            case KINGS_DAY -> NOT_WORKING_KINGS_DAY;
            case LIBERATION_DAY -> NOT_WORKING_LIBERATION_DAY;
            case ASCENSION_DAY -> NOT_WORKING_ASCENSION_DAY;
            case WHIT_MONDAY -> NOT_WORKING_WHIT_MONDAY;
            case CHRISTMAS_DAY -> NOT_WORKING_CHRISTMAS_DAY;
            case BOXING_DAY -> NOT_WORKING_BOXING_DAY;
            case EQUATED_BY_DECREE -> NOT_WORKING_EQUATED_BY_DECREE;
        };
    }

    /** The name of a grantor, as a parameter. */
    static GatewayText of(ConsentGrantor grantor) {
        return switch (grantor) {
            case UWV -> GRANTOR_UWV;
            case EMPLOYEE -> GRANTOR_EMPLOYEE;
        };
    }

    /** The name of a medium, as a parameter: "een video-opname" / "a video recording". */
    static GatewayText of(Medium medium) {
        return switch (medium) {
            case AUDIO -> MEDIUM_AUDIO;
            case VIDEO -> MEDIUM_VIDEO;
            case PHOTO -> MEDIUM_PHOTO;
        };
    }

    /** What a usage is, as a parameter: "delen met derden" / "sharing it with third parties". */
    static GatewayText of(Usage usage) {
        return switch (usage) {
            case PRIVATE_LISTENING -> USAGE_PRIVATE_LISTENING;
            case SHARE_PRIVATE_CIRCLE -> USAGE_SHARE_PRIVATE_CIRCLE;
            case SHARE_WITH_ADVISER -> USAGE_SHARE_WITH_ADVISER;
            case SHARE_WITH_PARTICIPANTS -> USAGE_SHARE_WITH_PARTICIPANTS;
            case SHARE_WITH_THIRD_PARTIES -> USAGE_SHARE_WITH_THIRD_PARTIES;
            case PUBLISH -> USAGE_PUBLISH;
            case EDIT_AND_PUBLISH_FRAGMENTS -> USAGE_EDIT_AND_PUBLISH_FRAGMENTS;
            case NAME_EMPLOYEE_ONLINE -> USAGE_NAME_EMPLOYEE_ONLINE;
        };
    }
}
