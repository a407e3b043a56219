package nl.overheid.recordingpolicy.adapter.authzen;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

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

    private AuthzenBodies() {
    }

    static JsonObject read(String contentType, InputStream body, int maxBytes) throws IOException {
        if (contentType == null || !contentType.split(";")[0].strip().toLowerCase(Locale.ROOT).equals("application/json")) {
            throw AuthzenProblem.badRequest("The request body must be sent as Content-Type application/json.");
        }
        byte[] bytes = body.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new AuthzenProblem(413, "The request body is larger than " + maxBytes + " bytes.", java.util.List.of());
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
        JsonValue value;
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            value = reader.readValue();
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
}
