package nl.overheid.recordingpolicy.adapter.authzen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import nl.overheid.recordingpolicy.adapter.question.EnvelopeReason;
import nl.overheid.recordingpolicy.application.failure.InvalidParam;
import nl.overheid.recordingpolicy.application.failure.ReasonTexts;
import nl.overheid.recordingpolicy.domain.FieldReason;
import nl.overheid.recordingpolicy.domain.Reason;

/**
 * One access evaluation as the AuthZEN information model has it: subject, action, resource and an optional context,
 * each checked for its required members and their JSON types. Members the model does not name are ignored, as the
 * spec's forward compatibility requires.
 */
record Evaluation(JsonObject subject, JsonObject action, JsonObject resource, JsonObject context) {

    static final String SUBJECT = "subject";
    static final String ACTION = "action";
    static final String RESOURCE = "resource";
    static final String CONTEXT = "context";
    static final String PROPERTIES = "properties";

    /**
     * The evaluation in {@code request}, or an AuthzenProblem (400) naming every part that is missing or of the
     * wrong type.
     */
    static Evaluation of(JsonObject request) {
        List<InvalidParam> invalid = new ArrayList<>();
        JsonObject subject = entity(request, SUBJECT, List.of("type", "id"), invalid);
        JsonObject action = entity(request, ACTION, List.of("name"), invalid);
        JsonObject resource = entity(request, RESOURCE, List.of("type", "id"), invalid);
        JsonObject context = object(request, CONTEXT, false, invalid).orElse(JsonValue.EMPTY_JSON_OBJECT);
        if (!invalid.isEmpty()) {
            throw AuthzenProblem.badRequest(invalid);
        }
        return new Evaluation(subject, action, resource, context);
    }

    String subjectType() {
        return subject.getString("type");
    }

    String actionName() {
        return action.getString("name");
    }

    String resourceType() {
        return resource.getString("type");
    }

    String resourceId() {
        return resource.getString("id");
    }

    JsonObject subjectProperties() {
        return subject.getJsonObject(PROPERTIES) == null ? JsonValue.EMPTY_JSON_OBJECT : subject.getJsonObject(PROPERTIES);
    }

    JsonObject actionProperties() {
        return action.getJsonObject(PROPERTIES) == null ? JsonValue.EMPTY_JSON_OBJECT : action.getJsonObject(PROPERTIES);
    }

    /** The whole evaluation as one object, for rules that name attributes by path ({@code subject.properties.role}). */
    JsonObject asObject() {
        return jakarta.json.Json.createObjectBuilder().add(SUBJECT, subject).add(ACTION, action)
                .add(RESOURCE, resource).add(CONTEXT, context).build();
    }

    private static JsonObject entity(JsonObject request, String name, List<String> requiredStrings,
                                     List<InvalidParam> invalid) {
        Optional<JsonObject> entity = object(request, name, true, invalid);
        if (entity.isEmpty()) {
            return null;
        }
        for (String member : requiredStrings) {
            JsonValue value = entity.get().get(member);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                invalid.add(refused(name + "." + member, FieldReason.REQUIRED));
            } else if (!(value instanceof JsonString text)) {
                invalid.add(refused(name + "." + member, EnvelopeReason.NOT_A_STRING));
            } else if (text.getString().isBlank()) {
                invalid.add(refused(name + "." + member, EnvelopeReason.EMPTY));
            }
        }
        object(entity.get(), PROPERTIES, false, invalid, name + "." + PROPERTIES);
        return entity.get();
    }

    private static Optional<JsonObject> object(JsonObject parent, String name, boolean required,
                                               List<InvalidParam> invalid) {
        return object(parent, name, required, invalid, name);
    }

    private static Optional<JsonObject> object(JsonObject parent, String member, boolean required,
                                               List<InvalidParam> invalid, String path) {
        JsonValue value = parent.get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                invalid.add(refused(path, FieldReason.REQUIRED));
            }
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            invalid.add(refused(path, EnvelopeReason.NOT_AN_OBJECT));
            return Optional.empty();
        }
        return Optional.of(value.asJsonObject());
    }

    /** One part of the envelope and why it is refused, in the catalogue's words. */
    static InvalidParam refused(String path, Reason reason) {
        return new InvalidParam(path, ReasonTexts.english(reason));
    }
}
