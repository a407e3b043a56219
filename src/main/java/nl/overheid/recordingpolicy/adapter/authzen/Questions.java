package nl.overheid.recordingpolicy.adapter.authzen;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import nl.overheid.recordingpolicy.adapter.question.EnvelopeReason;
import nl.overheid.recordingpolicy.adapter.question.RecordingDecisionInput;
import nl.overheid.recordingpolicy.adapter.question.UsageDecisionInput;
import nl.overheid.recordingpolicy.application.failure.InvalidInputException;
import nl.overheid.recordingpolicy.application.failure.InvalidParam;
import nl.overheid.recordingpolicy.domain.Reason;

/**
 * The gateway's two questions in AuthZEN's shape (docs/authzen.md, binding for the decision log's AuthZEN view too):
 * a recording question is action {@code record} on resource type {@code conversation}, a usage question action
 * {@code use} on resource type {@code recording}; the authority is the resource id. The values reach the edge
 * parser (adapter.question) as the text sent, like REST's, so it names the same problems; this class names them back
 * by their AuthZEN paths. The subject's id is read by nothing here: it never reaches the questions, and so never the
 * decision log.
 */
final class Questions {

    static final String CONVERSATION = "conversation";
    static final String RECORDING = "recording";
    static final String RECORD = "record";
    static final String USE = "use";
    private static final Set<String> SUBJECT_TYPES = Set.of("citizen", "system");

    /** The application's field names (as REST and SOAP name them) and where AuthZEN carries each. */
    static final Map<String, String> FIELDS = Map.of(
            "authority", "resource.id",
            "medium", "action.properties.medium",
            "participant", "subject.properties.participant",
            "conversationDate", "context.conversation_date",
            "consentRequestReference", "context.consent_request_reference",
            "usage", "action.properties.usage",
            "platform", "action.properties.platform",
            "recordingConsentRequestReference", "context.recording_consent_request_reference",
            "publicationConsentRequestReference", "context.publication_consent_request_reference");

    private Questions() {
    }

    static boolean isRecordingQuestion(Evaluation evaluation) {
        return CONVERSATION.equals(evaluation.resourceType());
    }

    static boolean isUsageQuestion(Evaluation evaluation) {
        return RECORDING.equals(evaluation.resourceType());
    }

    static RecordingDecisionInput recording(Evaluation evaluation) {
        checkShape(evaluation, RECORD, EnvelopeReason.ACTION_RECORD);
        JsonObject context = evaluation.context();
        return new RecordingDecisionInput(
                evaluation.resourceId(),
                text(evaluation.actionProperties().get("medium")),
                text(evaluation.subjectProperties().get("participant")),
                text(context.get("conversation_date")),
                text(context.get("consent_request_reference")));
    }

    static UsageDecisionInput usage(Evaluation evaluation) {
        checkShape(evaluation, USE, EnvelopeReason.ACTION_USE);
        JsonObject action = evaluation.actionProperties();
        JsonObject context = evaluation.context();
        return new UsageDecisionInput(
                evaluation.resourceId(),
                text(action.get("medium")),
                text(action.get("usage")),
                text(action.get("platform")),
                text(context.get("recording_consent_request_reference")),
                text(context.get("publication_consent_request_reference")));
    }

    /** The application's refusal with each field named by its AuthZEN path. */
    static AuthzenProblem renamed(InvalidInputException refusal) {
        return AuthzenProblem.badRequest(refusal.invalidParams().stream()
                .map(param -> new InvalidParam(FIELDS.getOrDefault(param.name(), param.name()), param.reason()))
                .toList());
    }

    /** The caller's W3C traceparent: the evaluation's context (NL GOV profile) before the HTTP header. */
    static String traceparent(Evaluation evaluation, String header) {
        return evaluation.context().get("traceparent") instanceof JsonString text ? text.getString() : header;
    }

    /** What the question's kind fixes: the action, who may ask (a citizen, or a system on its behalf), the time's form. */
    private static void checkShape(Evaluation evaluation, String action, Reason otherAction) {
        List<InvalidParam> invalid = new ArrayList<>();
        if (!action.equals(evaluation.actionName())) {
            invalid.add(Evaluation.refused("action.name", otherAction));
        }
        if (!SUBJECT_TYPES.contains(evaluation.subjectType())) {
            invalid.add(Evaluation.refused("subject.type", EnvelopeReason.SUBJECT_TYPE));
        }
        JsonValue time = evaluation.context().get("time");
        if (time != null && time.getValueType() != JsonValue.ValueType.NULL && !isDateTime(time)) {
            invalid.add(Evaluation.refused("context.time", EnvelopeReason.DATE_TIME));
        }
        if (!invalid.isEmpty()) {
            throw AuthzenProblem.badRequest(invalid);
        }
    }

    private static boolean isDateTime(JsonValue time) {
        if (!(time instanceof JsonString text)) {
            return false;
        }
        try {
            OffsetDateTime.parse(text.getString());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * A property as the text it was sent as: a string as it is, true/false/a number as written, anything else as its
     * JSON (which no field accepts, so the application names it as invalid); absent or null as null.
     */
    static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
