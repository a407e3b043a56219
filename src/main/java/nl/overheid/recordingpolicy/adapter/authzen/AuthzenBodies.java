package nl.overheid.recordingpolicy.adapter.authzen;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;

import nl.overheid.recordingpolicy.adapter.json.JsonNesting;
import nl.overheid.recordingpolicy.adapter.question.EnvelopeReason;
import nl.overheid.recordingpolicy.application.failure.InvalidParam;

/**
 * Reads an AuthZEN request body with JSON-P: an AuthZEN request is mostly free-form objects ({@code properties},
 * {@code context}) whose members the gateway reads by name, which the models generated from openapi/ cannot hold
 * without losing them, and the endpoints live outside the JAX-RS application's {@code /api/v1}. So the servlet reads
 * the body itself: {@code application/json} only (anything else is a 400, as the AuthZEN certification asks),
 * UTF-8, at most the REST body limit, one JSON object, no member named twice (I-JSON, as the spec's security
 * considerations recommend).
 */
final class AuthzenBodies {

    private static final JsonReaderFactory READERS = Json.createReaderFactory(
            Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    /** Levels of arrays and objects a request may have. */
    static final int MAX_NESTING = 64;

    private AuthzenBodies() {
    }

    static JsonObject read(String contentType, InputStream body, int maxBytes) throws IOException {
        if (contentType == null || !contentType.split(";")[0].strip().toLowerCase(Locale.ROOT).equals("application/json")) {
            throw AuthzenProblem.badRequest("The request body must be sent as Content-Type application/json.");
        }
        byte[] bytes = body.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new AuthzenProblem(413, "The request body is larger than " + maxBytes + " bytes.", List.of());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw AuthzenProblem.badRequest("The request body is not UTF-8.");
        }
        if (text.isBlank()) {
            throw AuthzenProblem.badRequest("The request body is empty: send an AuthZEN request as a JSON object.");
        }
        checkNesting(text);
        JsonValue value;
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (NumberFormatException e) {
            // JSON-P makes a BigDecimal of every non-integer number: an exponent beyond int range (1e9999999999)
            String part = numberOutOfRange(text);
            throw AuthzenProblem.badRequest(List.of(Evaluation.refused(part, EnvelopeReason.EXPONENT_OUT_OF_RANGE)));
        } catch (JsonParsingException e) {
            throw AuthzenProblem.badRequest("The request body is not valid JSON (line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber() + ").");
        } catch (JsonException e) {
            throw AuthzenProblem.badRequest("The request body is not valid JSON (or names a member twice).");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw AuthzenProblem.badRequest("The request body is not a JSON object.");
        }
        return value.asJsonObject();
    }

    /** An AuthZEN request is a few levels deep; {@link #MAX_NESTING} leaves room for callers' own properties. */
    private static void checkNesting(String text) {
        if (JsonNesting.deeperThan(text, MAX_NESTING)) {
            throw badRequest("The request body is nested more than " + MAX_NESTING + " levels deep.");
        }
    }

    /**
     * The AuthZEN name of the first number JSON-P cannot hold ({@code action.properties.x}; an array item by its
     * index), or {@code body}: read again event by event, keeping the path.
     */
    static String numberOutOfRange(String text) {
        List<String> path = new ArrayList<>();      // the names of the containers the parser is in, root excluded
        Deque<int[]> next = new ArrayDeque<>();     // per container: the next item's index, or -1 in an object
        String key = null;
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.KEY_NAME) {
                    key = parser.getString();
                    continue;
                }
                if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    next.pop();
                    if (!next.isEmpty()) {
                        path.remove(path.size() - 1);
                    }
                    continue;
                }
                String name = key != null ? key
                        : !next.isEmpty() && next.peek()[0] >= 0 ? Integer.toString(next.peek()[0]++) : null;
                key = null;
                if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                    if (name != null) {
                        path.add(name);
                    }
                    next.push(new int[] {event == JsonParser.Event.START_ARRAY ? 0 : -1});
                } else if (event == JsonParser.Event.VALUE_NUMBER) {
                    try {
                        parser.getBigDecimal();
                    } catch (NumberFormatException e) {
                        List<String> at = new ArrayList<>(path);
                        at.add(name);
                        return name == null ? "body" : String.join(".", at);
                    }
                }
            }
        } catch (RuntimeException e) {
            return "body"; // not well-formed after all: the body as a whole
        }
        return "body";
    }

    private static AuthzenProblem badRequest(String detail) {
        return AuthzenProblem.badRequest(detail);
    }
}
