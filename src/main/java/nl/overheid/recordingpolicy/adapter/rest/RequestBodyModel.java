package nl.overheid.recordingpolicy.adapter.rest;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import nl.overheid.recordingpolicy.domain.calendar.SupportedDates;
import nl.overheid.recordingpolicy.contract.rest.v1.model.RecordingDecisionRequest;

/**
 * How a request model generated from openapi/ is filled from a JSON body: its fields in contract order (the
 * generated {@link JsonbPropertyOrder}), each value converted to the type the model gives it. A value that type
 * cannot hold (an unknown enumeration value, an impossible date, a string where a boolean belongs) is left out of the
 * model and kept as the text the caller sent: the application layer still validates text for SOAP and REST alike,
 * so it names that field with the same reason as every other one, all in one answer.
 */
final class RequestBodyModel<T> {

    private static final String MODEL_PACKAGE = RecordingDecisionRequest.class.getPackageName();

    private static final ClassValue<RequestBodyModel<?>> MODELS = new ClassValue<>() {
        @Override
        protected RequestBodyModel<?> computeValue(Class<?> type) {
            return new RequestBodyModel<>(type);
        }
    };

    private final Class<T> type;
    private final List<Property> properties = new ArrayList<>();
    private final List<String> fieldNames = new ArrayList<>();

    private record Property(String jsonName, Field field) {
    }

    /** The result of binding: the model and, by JSON field name, the text of each value it could not hold. */
    record Bound<T>(T model, Map<String, String> unfit) {
    }

    private RequestBodyModel(Class<T> type) {
        this.type = type;
        JsonbPropertyOrder order = type.getAnnotation(JsonbPropertyOrder.class);
        if (order == null) {
            throw new IllegalStateException(type + " was not generated with its property order");
        }
        for (String name : order.value()) {
            Field field = field(type, name);
            checkSupported(field);
            field.setAccessible(true);
            String jsonName = jsonName(type, field);
            properties.add(new Property(jsonName, field));
            fieldNames.add(jsonName);
        }
    }

    static boolean isModel(Class<?> type) {
        return type.getPackageName().equals(MODEL_PACKAGE) && !type.isEnum();
    }

    @SuppressWarnings("unchecked")
    static <T> RequestBodyModel<T> of(Class<T> type) {
        return (RequestBodyModel<T>) MODELS.get(type);
    }

    /** The JSON names of the model's fields, in contract order: the only ones a body may carry. */
    List<String> fieldNames() {
        return fieldNames;
    }

    Bound<T> bind(JsonRequestBody json) {
        T model = newModel();
        Map<String, String> unfit = new HashMap<>();
        for (Property property : properties) {
            JsonValue value = json.value(property.jsonName());
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            Class<?> fieldType = property.field().getType();
            Object typed = convert(fieldType, value);
            if (typed == null) {
                unfit.put(property.jsonName(), fieldType == Boolean.class
                        ? json.booleanText(property.jsonName())
                        : json.text(property.jsonName()));
            } else {
                set(property.field(), model, typed);
            }
        }
        return new Bound<>(model, unfit);
    }

    /** The value as the field's type, or {@code null} when that type cannot hold it. */
    private static Object convert(Class<?> fieldType, JsonValue value) {
        if (fieldType == Boolean.class) {
            return switch (value.getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                default -> null;
            };
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            return null;
        }
        String text = ((JsonString) value).getString();
        if (fieldType == String.class) {
            return text;
        }
        if (fieldType == LocalDate.class) {
            return SupportedDates.parse(text).orElse(null);
        }
        if (fieldType == OffsetDateTime.class) {
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        // a generated enumeration: its constants print as the contract's values
        return Arrays.stream(fieldType.getEnumConstants()).filter(constant -> constant.toString().equals(text))
                .findFirst().orElse(null);
    }

    /**
     * Request bodies are flat: strings, booleans, dates, date-times and enumerations; anything else is a new case to
     * handle.
     */
    private static void checkSupported(Field field) {
        Class<?> fieldType = field.getType();
        if (fieldType != String.class && fieldType != Boolean.class && fieldType != LocalDate.class
                && fieldType != OffsetDateTime.class && !fieldType.isEnum()) {
            throw new IllegalStateException(field + ": a request field of type " + fieldType.getName()
                    + " is not read yet");
        }
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(type + " has no field " + name, e);
        }
    }

    /** The name the generated getter gives the property in JSON. */
    private static String jsonName(Class<?> type, Field field) {
        for (Method method : type.getMethods()) {
            JsonbProperty property = method.getAnnotation(JsonbProperty.class);
            if (property != null && method.getParameterCount() == 0
                    && method.getName().equalsIgnoreCase("get" + field.getName())) {
                return property.value();
            }
        }
        return field.getName();
    }

    private T newModel() {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " cannot be created", e);
        }
    }

    private static void set(Field field, Object model, Object value) {
        try {
            field.set(model, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(field + " cannot be set", e);
        }
    }
}
