package nl.overheid.recordingpolicy.it;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.xml.bind.annotation.XmlSchemaType;

/**
 * Brings a REST answer (JSON) and a SOAP answer (generated JAXB classes) into one neutral shape (maps, lists,
 * strings, booleans, integers), keyed by the contract's field names, so the two can be compared as a whole.
 * Absent optional fields are absent in both; empty lists are empty lists in both.
 */
final class Shapes {

    private Shapes() {
    }

    static Object of(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new TreeMap<>();
                ((JsonObject) value).forEach((name, child) -> map.put(name, of(child)));
                yield map;
            }
            case ARRAY -> ((JsonArray) value).stream().map(Shapes::of).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> number(((JsonNumber) value).bigDecimalValue());
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    /** A generated message object: its fields are named after the XSD elements, which are the JSON field names. */
    static Object of(Object jaxb) {
        if (jaxb == null || jaxb instanceof String || jaxb instanceof Boolean) {
            return jaxb;
        }
        if (jaxb instanceof Number number) {
            return number(new BigDecimal(number.toString()));
        }
        if (jaxb instanceof List<?> list) {
            List<Object> converted = new ArrayList<>();
            list.forEach(item -> converted.add(of(item)));
            return converted;
        }
        Map<String, Object> map = new TreeMap<>();
        for (Class<?> type = jaxb.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Object value = read(field, jaxb);
                XmlSchemaType schemaType = field.getAnnotation(XmlSchemaType.class);
                if (value instanceof String text && schemaType != null && schemaType.name().equals("boolean")) {
                    value = Boolean.valueOf(text);
                }
                if (value == null && List.class.isAssignableFrom(field.getType())) {
                    value = List.of(); // JAXB creates lists lazily
                }
                if (value != null) {
                    map.put(field.getName(), of(value));
                }
            }
        }
        return map;
    }

    /** The same shape without the fields that differ by design between two calls (e.g. decisionId). */
    @SuppressWarnings("unchecked")
    static Object without(Object shape, String field) {
        if (shape instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
            copy.remove(field);
            return new TreeMap<>(copy);
        }
        return shape;
    }

    private static Object number(BigDecimal number) {
        return number.stripTrailingZeros().scale() <= 0 ? (Object) number.intValueExact() : number;
    }

    private static Object read(Field field, Object target) {
        try {
            field.setAccessible(true);
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
