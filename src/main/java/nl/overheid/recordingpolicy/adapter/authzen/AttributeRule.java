package nl.overheid.recordingpolicy.adapter.authzen;

import java.util.Map;
import java.util.Objects;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * One line of an attribute rule table: when every named attribute of the evaluation has the given JSON value (an
 * attribute named by its path, {@code subject.id}, {@code action.properties.soft}, {@code resource.type}), the
 * decision is the rule's. An attribute the evaluation lacks matches nothing.
 */
record AttributeRule(String id, String description, Map<String, JsonValue> when, boolean decision) {

    AttributeRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        when = Map.copyOf(when);
    }

    boolean matches(JsonObject evaluation) {
        return when.entrySet().stream().allMatch(condition ->
                condition.getValue().equals(attribute(evaluation, condition.getKey())));
    }

    /** The value at a dotted path, or null where the path leads nowhere. */
    static JsonValue attribute(JsonObject evaluation, String path) {
        JsonValue value = evaluation;
        for (String step : path.split("\\.")) {
            if (!(value instanceof JsonObject object)) {
                return null;
            }
            value = object.get(step);
        }
        return value;
    }
}
