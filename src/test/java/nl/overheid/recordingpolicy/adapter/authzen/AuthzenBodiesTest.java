package nl.overheid.recordingpolicy.adapter.authzen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What is not an AuthZEN request body at all: a 400 (413 when too large) that says what, never a parse trace. */
class AuthzenBodiesTest {

    private static AuthzenProblem refused(String contentType, String body) {
        return assertThrows(AuthzenProblem.class, () -> AuthzenBodies.read(contentType,
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), 200));
    }

    @Test
    void aJsonObjectIsRead() throws Exception {
        assertEquals(Json.object("{'a':1}"), AuthzenBodies.read("application/json; charset=UTF-8",
                new ByteArrayInputStream("{\"a\":1}".getBytes(StandardCharsets.UTF_8)), 200));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "text/plain       | {}                  | Content-Type application/json",
        "                 | {}                  | Content-Type application/json",
        "application/json | ''                  | empty",
        "application/json | '   '               | empty",
        "application/json | {\"a\":             | not valid JSON (line 1",
        "application/json | [1,2]               | not a JSON object",
        "application/json | \"text\"            | not a JSON object",
        "application/json | {\"a\":1,\"a\":2}   | not valid JSON",
    })
    void whatIsNotAJsonObjectIsA400(String contentType, String body, String says) {
        AuthzenProblem problem = refused(contentType, body);
        assertEquals(400, problem.status());
        assertTrue(problem.getMessage().contains(says), problem.getMessage());
    }

    @Test
    void aBodyOverTheLimitIsA413() {
        assertEquals(413, refused("application/json", "{\"a\":\"" + "x".repeat(300) + "\"}").status());
    }

    @Test
    void aBodyThatIsNotUtf8IsA400() {
        AuthzenProblem problem = assertThrows(AuthzenProblem.class, () -> AuthzenBodies.read("application/json",
                new ByteArrayInputStream(new byte[] {'{', '"', (byte) 0xC3, '"', '}'}), 200));
        assertEquals(400, problem.status());
    }

    @ParameterizedTest(name = "{0} levels")
    @CsvSource({"65", "1001", "10000"})
    void aBodyNestedDeeperThanAnAuthzenRequestIsA400NamingTheBody(int depth) {
        AuthzenProblem problem = assertThrows(AuthzenProblem.class, () -> AuthzenBodies.read("application/json",
                new ByteArrayInputStream(("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8)),
                100_000));
        assertEquals(400, problem.status());
        assertEquals("body", problem.invalidParams().get(0).name());
        assertTrue(problem.getMessage().contains("nested more than 64 levels"), problem.getMessage());
    }

    @Test
    void sixtyFourLevelsAreReadAndBracketsInStringsDoNotCount() throws Exception {
        String deep = "{\"a\":" + "[".repeat(63) + "\"[[[[{{{{\"" + "]".repeat(63) + "}";
        assertTrue(AuthzenBodies.read("application/json",
                new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8)), 100_000).containsKey("a"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"action\":{\"name\":1e9999999999}}                                      | action.name",
        "{\"action\":{\"properties\":{\"soft\":true,\"x\":-1e9999999999}}}     | action.properties.x",
        "{\"evaluations\":[{\"a\":1},{\"b\":[1,2.5e9999999999]}]}                | evaluations.1.b.1",
        "{\"a\":[[1],[2,3]],\"c\":1E+9999999999}                                   | c",
    })
    void aNumberWhoseExponentIsOutOfRangeIsA400NamingItsPart(String body, String part) {
        AuthzenProblem problem = refused("application/json", body);
        assertEquals(400, problem.status());
        assertEquals(part, problem.invalidParams().get(0).name(), problem.getMessage());
    }
}
