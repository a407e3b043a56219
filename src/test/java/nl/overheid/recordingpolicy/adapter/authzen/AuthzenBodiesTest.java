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
}
