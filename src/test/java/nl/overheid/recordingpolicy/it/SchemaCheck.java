package nl.overheid.recordingpolicy.it;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Checks a JSON answer against a schema of the served OpenAPI document: required fields present, no field the
 * contract does not declare, types, enumerations, patterns and date formats. Enough of JSON Schema to catch an
 * answer drifting from the contract where no generated model stands between them (decisions and consent requests
 * as the application layer writes them, decision records, problems); it follows $ref and allOf, the only
 * combinators the contract uses.
 */
final class SchemaCheck {

    private final JsonObject document;
    private final List<String> violations = new ArrayList<>();

    private SchemaCheck(JsonObject document) {
        this.document = document;
    }

    static List<String> violations(JsonObject openApi, JsonObject schema, JsonValue value) {
        SchemaCheck check = new SchemaCheck(openApi);
        check.check("$", schema, value);
        return check.violations;
    }

    private void check(String at, JsonObject schema, JsonValue value) {
        schema = resolve(schema);
        if (schema.containsKey("allOf")) {
            for (JsonValue part : schema.getJsonArray("allOf")) {
                check(at, part.asJsonObject(), value);
            }
            return;
        }
        String type = schema.getString("type", "");
        switch (type) {
            case "object" -> object(at, schema, value);
            case "array" -> {
                if (expect(at, value, JsonValue.ValueType.ARRAY)) {
                    JsonArray array = value.asJsonArray();
                    for (int i = 0; i < array.size(); i++) {
                        check(at + "[" + i + "]", schema.getJsonObject("items"), array.get(i));
                    }
                }
            }
            case "string" -> string(at, schema, value);
            case "boolean" -> {
                if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                    violations.add(at + " is not a boolean: " + value);
                }
            }
            case "integer" -> expect(at, value, JsonValue.ValueType.NUMBER);
            default -> { /* untyped: anything goes */ }
        }
    }

    private void object(String at, JsonObject schema, JsonValue value) {
        if (!expect(at, value, JsonValue.ValueType.OBJECT)) {
            return;
        }
        JsonObject object = value.asJsonObject();
        JsonObject properties = schema.getJsonObject("properties");
        if (properties == null) {
            return;
        }
        for (JsonValue required : schema.getJsonArray("required") == null ? JsonValue.EMPTY_JSON_ARRAY : schema.getJsonArray("required")) {
            String name = ((JsonString) required).getString();
            if (!object.containsKey(name)) {
                violations.add(at + " lacks required field " + name);
            }
        }
        object.forEach((name, child) -> {
            if (!properties.containsKey(name)) {
                violations.add(at + "." + name + " is not declared in the contract");
            } else {
                check(at + "." + name, properties.getJsonObject(name), child);
            }
        });
    }

    private void string(String at, JsonObject schema, JsonValue value) {
        if (!expect(at, value, JsonValue.ValueType.STRING)) {
            return;
        }
        String text = ((JsonString) value).getString();
        if (schema.containsKey("enum") && schema.getJsonArray("enum").getValuesAs(JsonString.class).stream()
                .noneMatch(allowed -> allowed.getString().equals(text))) {
            violations.add(at + " = " + text + " is not one of " + schema.getJsonArray("enum"));
        }
        if (schema.containsKey("pattern") && !Pattern.compile(schema.getString("pattern")).matcher(text).find()) {
            violations.add(at + " = " + text + " does not match " + schema.getString("pattern"));
        }
        if ("date".equals(schema.getString("format", ""))) {
            try {
                LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                violations.add(at + " = " + text + " is not a date");
            }
        }
    }

    private boolean expect(String at, JsonValue value, JsonValue.ValueType type) {
        if (value.getValueType() != type) {
            violations.add(at + " should be " + type + " but is " + value.getValueType());
            return false;
        }
        return true;
    }

    JsonObject resolve(JsonObject schema) {
        return resolve(document, schema);
    }

    static JsonObject resolve(JsonObject document, JsonObject node) {
        while (node.containsKey("$ref")) {
            JsonValue target = document;
            for (String part : node.getString("$ref").substring(2).split("/")) {
                target = target.asJsonObject().get(part);
            }
            node = target.asJsonObject();
        }
        return node;
    }
}
