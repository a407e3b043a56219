package nl.overheid.recordingpolicy.adapter.authzen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import nl.overheid.recordingpolicy.adapter.question.EnvelopeReason;
import nl.overheid.recordingpolicy.application.failure.InvalidParam;

/**
 * A request to {@code /access/v1/evaluations}: the evaluations, the top-level defaults for their subject, action,
 * resource and context, and the semantic. A key an evaluation gives replaces the default whole (the spec's
 * entity-level override: no member-by-member merge, so an evaluation's own context does not inherit the default
 * context's members). Without evaluations, or with an empty array, the request is one evaluation, as the spec's
 * backwards compatibility says.
 */
record EvaluationsRequest(JsonObject defaults, List<JsonValue> items, EvaluationsSemantic semantic) {

    static final String EVALUATIONS = "evaluations";
    private static final List<String> DEFAULTED = List.of(Evaluation.SUBJECT, Evaluation.ACTION, Evaluation.RESOURCE,
            Evaluation.CONTEXT);

    /** The batch in {@code body}; an AuthzenProblem (400) when a part that concerns the whole batch is malformed. */
    static EvaluationsRequest of(JsonObject body) {
        List<InvalidParam> invalid = new ArrayList<>();
        for (String key : DEFAULTED) {
            JsonValue value = body.get(key);
            if (value != null && value.getValueType() != JsonValue.ValueType.OBJECT
                    && value.getValueType() != JsonValue.ValueType.NULL) {
                invalid.add(Evaluation.refused(key, EnvelopeReason.NOT_AN_OBJECT));
            }
        }
        List<JsonValue> items = List.of();
        JsonValue evaluations = body.get(EVALUATIONS);
        if (evaluations instanceof JsonArray array) {
            items = List.copyOf(array);
        } else if (evaluations != null && evaluations.getValueType() != JsonValue.ValueType.NULL) {
            invalid.add(Evaluation.refused(EVALUATIONS, EnvelopeReason.NOT_AN_ARRAY));
        }
        EvaluationsSemantic semantic = semantic(body, invalid);
        if (!invalid.isEmpty()) {
            throw AuthzenProblem.badRequest(invalid);
        }
        return new EvaluationsRequest(body, items, semantic);
    }

    /** Whether this is a single evaluation in the batch endpoint's clothes (no or an empty evaluations array). */
    boolean single() {
        return items.isEmpty();
    }

    /** The i-th evaluation with the defaults filled in, checked; an AuthzenProblem for this evaluation alone. */
    Evaluation evaluation(int i) {
        JsonValue item = items.get(i);
        if (item.getValueType() != JsonValue.ValueType.OBJECT) {
            throw AuthzenProblem.badRequest(List.of(
                    Evaluation.refused(EVALUATIONS + "[" + i + "]", EnvelopeReason.NOT_AN_OBJECT)));
        }
        return Evaluation.of(merged(defaults, item.asJsonObject()));
    }

    /** {@code item} with each of subject, action, resource and context it lacks taken whole from {@code defaults}. */
    static JsonObject merged(JsonObject defaults, JsonObject item) {
        JsonObjectBuilder merged = Json.createObjectBuilder(item);
        for (String key : DEFAULTED) {
            boolean given = item.containsKey(key) && item.get(key).getValueType() != JsonValue.ValueType.NULL;
            if (!given && defaults.get(key) instanceof JsonObject fallback) {
                merged.add(key, fallback);
            }
        }
        return merged.build();
    }

    private static EvaluationsSemantic semantic(JsonObject body, List<InvalidParam> invalid) {
        JsonValue options = body.get("options");
        if (options == null || options.getValueType() == JsonValue.ValueType.NULL) {
            return EvaluationsSemantic.EXECUTE_ALL;
        }
        if (!(options instanceof JsonObject object)) {
            invalid.add(Evaluation.refused("options", EnvelopeReason.NOT_AN_OBJECT));
            return EvaluationsSemantic.EXECUTE_ALL;
        }
        JsonValue value = object.get("evaluations_semantic");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return EvaluationsSemantic.EXECUTE_ALL;
        }
        Optional<EvaluationsSemantic> semantic = value instanceof JsonString text
                ? EvaluationsSemantic.of(text.getString()) : Optional.empty();
        if (semantic.isEmpty()) {
            invalid.add(Evaluation.refused("options.evaluations_semantic", EnvelopeReason.EVALUATIONS_SEMANTIC));
        }
        return semantic.orElse(EvaluationsSemantic.EXECUTE_ALL);
    }
}
