package nl.overheid.recordingpolicy.adapter.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;

import nl.overheid.recordingpolicy.adapter.json.JsonNesting;
import nl.overheid.recordingpolicy.adapter.question.EnvelopeReason;
import nl.overheid.recordingpolicy.application.failure.InvalidInputException;
import nl.overheid.recordingpolicy.application.failure.InvalidParam;
import nl.overheid.recordingpolicy.application.failure.ReasonTexts;

/**
 * A request body read with JSON-P rather than bound by JSON-B, so that malformed JSON, a field of the wrong
 * type or an unknown field becomes a 400 that names the field instead of a provider's generic error.
 * Values are handed on as text; the application layer validates them the same way for SOAP and REST.
 */
final class JsonRequestBody {

    /** Looking up the JSON-P provider is costly; one factory serves every request. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    /** Request bodies of this API are a few hundred bytes. */
    private static final int FIRST_READ = 512;
    /**
     * Request bodies of this API are flat objects (depth 1; a value of the wrong type may add a level or two). JSON-P
     * refuses more than 1,000 levels with a bare RuntimeException, which would surface as a 500; deeper bodies are
     * refused here first, as the caller's error.
     */
    static final int MAX_NESTING = 32;

    private final Map<String, JsonValue> members;

    private JsonRequestBody(Map<String, JsonValue> members) {
        this.members = members;
    }

    /**
     * @param fields the names the contract allows; any other name is rejected, so a typo such as "medum" is
     *               reported instead of silently ignored.
     * @param maxBytes the largest body read; a larger one is a {@link RequestBodyTooLargeException}
     */
    static JsonRequestBody read(InputStream body, List<String> fields, int maxBytes) {
        return parse(utf8(body, maxBytes), fields);
    }

    /** A body already read with {@link #utf8(InputStream, int)}. */
    static JsonRequestBody parse(String text, List<String> fields) {
        checkNesting(text);
        Map<String, JsonValue> members = new LinkedHashMap<>();
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw notAnObject(text);
            }
            // member by member, so that a value JSON-P cannot represent is reported on its field
            for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
                String name = parser.getString();
                parser.next();
                try {
                    members.put(name, parser.getValue());
                } catch (NumberFormatException e) {
                    // JSON-P makes a BigDecimal of every non-integer number: an exponent beyond int range (1e9999999999)
                    throw InvalidInputException.of(name, EnvelopeReason.EXPONENT_OUT_OF_RANGE);
                }
            }
            if (parser.hasNext()) {
                throw InvalidInputException.of("body", EnvelopeReason.NOT_WELL_FORMED_JSON);
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw InvalidInputException.of("body", EnvelopeReason.NOT_WELL_FORMED_JSON);
        }
        List<InvalidParam> unknown = new ArrayList<>();
        for (String name : members.keySet()) {
            if (!fields.contains(name)) {
                unknown.add(new InvalidParam(name, ReasonTexts.english(EnvelopeReason.NOT_A_FIELD, String.join(", ", fields))));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        return new JsonRequestBody(members);
    }

    /** A body that does not start as an object: well-formed JSON of another kind, or not JSON at all. */
    private static InvalidInputException notAnObject(String text) {
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            reader.readValue();
            return InvalidInputException.of("body", EnvelopeReason.NOT_A_JSON_OBJECT);
        } catch (JsonException | IllegalStateException e) {
            return InvalidInputException.of("body", EnvelopeReason.NOT_WELL_FORMED_JSON);
        } catch (NumberFormatException e) {
            return InvalidInputException.of("body", EnvelopeReason.BODY_EXPONENT_OUT_OF_RANGE);
        }
    }

    /**
     * The body as text. JSON between systems is UTF-8 (RFC 8259, section 8.1); malformed bytes become U+FFFD, as
     * they would in a reader, and then fail as JSON or as a value. Read here with a buffer the size of a request
     * rather than by JSON-P's reader over the stream, which allocates an 8 KB decoder buffer for every request.
     */
    static String utf8(InputStream body, int maxBytes) {
        byte[] buffer = new byte[Math.min(FIRST_READ, maxBytes + 1)];
        int length = 0;
        try {
            for (int read; (read = body.read(buffer, length, buffer.length - length)) > 0; ) {
                length += read;
                if (length > maxBytes) {
                    throw new RequestBodyTooLargeException(maxBytes);
                }
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, maxBytes + 1));
                }
            }
        } catch (IOException e) {
            // the caller broke off while sending: its request, not the gateway, is incomplete
            throw InvalidInputException.of("body", EnvelopeReason.READ_INCOMPLETELY);
        }
        return new String(buffer, 0, length, StandardCharsets.UTF_8);
    }

    private static void checkNesting(String text) {
        if (JsonNesting.deeperThan(text, MAX_NESTING)) {
            throw InvalidInputException.of("body", EnvelopeReason.NESTED_TOO_DEEP, MAX_NESTING);
        }
    }

    /** The field's JSON value; {@code null} when absent. */
    JsonValue value(String name) {
        return members.get(name);
    }

    /**
     * The field as text: a string as its value, true/false as "true"/"false", null or absent as {@code null};
     * a number, object or array as its JSON text, which then fails validation with a field-specific reason.
     */
    String text(String name) {
        JsonValue value = members.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case TRUE -> "true";
            case FALSE -> "false";
            default -> value.toString();
        };
    }

    /**
     * A boolean field as "true"/"false", null or absent as {@code null}. Any other JSON type (also the string
     * "true") is passed on as its JSON text, which the validator rejects: the contract says boolean.
     */
    String booleanText(String name) {
        JsonValue value = members.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return switch (value.getValueType()) {
            case TRUE -> "true";
            case FALSE -> "false";
            default -> "JSON " + value.getValueType().name().toLowerCase(java.util.Locale.ROOT) + " " + value;
        };
    }
}
