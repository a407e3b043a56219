package nl.overheid.recordingpolicy.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.overheid.recordingpolicy.application.failure.InvalidInputException;
import nl.overheid.recordingpolicy.application.failure.InvalidParam;

/** What the REST adapter makes of a body before any field is looked at: hostile shapes are the caller's 400 or 413. */
class JsonRequestBodyTest {

    private static final List<String> FIELDS = List.of("authority", "medium");
    private static final int LIMIT = 64 * 1024;

    private static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InvalidParam rejected(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> JsonRequestBody.read(body(text), FIELDS, LIMIT));
        assertEquals(1, e.invalidParams().size(), e.invalidParams().toString());
        return e.invalidParams().get(0);
    }

    @ParameterizedTest
    @ValueSource(ints = {33, 100, 1_000, 1_001, 20_000})
    void arraysNestedDeeperThanTheLimitAreABodyError(int depth) {
        InvalidParam param = rejected("[".repeat(depth) + "]".repeat(depth));

        assertEquals("body", param.name());
        assertEquals("is nested more than 32 levels deep", param.reason());
    }

    @Test
    void objectsNestedInAFieldAndUnclosedArraysAreABodyErrorToo() {
        assertEquals("body", rejected("{\"authority\":" + "{\"a\":".repeat(5_000)).name());
        assertEquals("is nested more than 32 levels deep", rejected("[".repeat(5_000)).reason());
    }

    @Test
    void bracketsInsideStringsDoNotCount() {
        JsonRequestBody json = JsonRequestBody.read(body("{\"authority\":\"" + "[".repeat(100) + "\\\"[\"}"), FIELDS, LIMIT);

        assertEquals("[".repeat(100) + "\"[", json.text("authority"));
    }

    @Test
    void aWrongTypeAFewLevelsDeepIsPassedOnAsItsJsonText() {
        assertEquals("[[[\"UWV\"]]]", JsonRequestBody.read(body("{\"authority\":[[[\"UWV\"]]]}"), FIELDS, LIMIT).text("authority"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1e9999999999                    | contains a number whose exponent is out of range",
            "{\"authority\":\"UWV\"} {}       | is not well-formed JSON",
            "{\"authority\":\"UWV\"         | is not well-formed JSON",
            "''                              | is not well-formed JSON",
            "\"UWV\"                         | must be a JSON object",
    })
    void unreadableBodiesAreABodyError(String text, String reason) {
        InvalidParam param = rejected(text);

        assertEquals("body", param.name());
        assertEquals(reason, param.reason());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"authority\":1e9999999999}                      | authority",
            "{\"authority\":\"UWV\",\"medium\":-1e-9999999999} | medium",
            "{\"medium\":[1,2,{\"a\":[3e9999999999]}]}         | medium",
    })
    void aNumberJsonPCannotRepresentIsReportedOnItsField(String text, String field) {
        InvalidParam param = rejected(text);

        assertEquals(field, param.name());
        assertEquals("is a number whose exponent is out of range", param.reason());
    }

    @Test
    void hugeButRepresentableNumbersAreValuesOfTheWrongType() {
        assertEquals("1E+308", JsonRequestBody.read(body("{\"authority\":1e308}"), FIELDS, LIMIT).text("authority"));
    }

    @Test
    void aBodyOverTheLimitIsTooLargeAndIsNotReadToTheEnd() {
        byte[] large = ("{\"authority\":\"" + "x".repeat(LIMIT) + "\"}").getBytes(StandardCharsets.UTF_8);
        ByteArrayInputStream stream = new ByteArrayInputStream(large);

        RequestBodyTooLargeException e = assertThrows(RequestBodyTooLargeException.class,
                () -> JsonRequestBody.read(stream, FIELDS, LIMIT));

        assertEquals(LIMIT, e.limit());
        assertEquals(large.length - LIMIT - 1, stream.available(), "reads at most one byte past the limit");
    }

    @Test
    void aBodyOfExactlyTheLimitIsRead() {
        String prefix = "{\"authority\":\"";
        String text = prefix + "x".repeat(LIMIT - prefix.length() - 2) + "\"}";
        assertEquals(LIMIT, text.getBytes(StandardCharsets.UTF_8).length);

        assertEquals(LIMIT - prefix.length() - 2, JsonRequestBody.read(body(text), FIELDS, LIMIT).text("authority").length());
    }

    @Test
    void nulAndEmojiInStringsReachTheValidatorAsText() {
        JsonRequestBody json = JsonRequestBody.read(body("{\"authority\":\"U\\u0000W\",\"medium\":\"\uD83D\uDCF7\"}"), FIELDS, LIMIT);

        assertEquals("U\u0000W", json.text("authority"));
        assertEquals("\uD83D\uDCF7", json.text("medium"));
    }
}
