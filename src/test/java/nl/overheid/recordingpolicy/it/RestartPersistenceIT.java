package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the registry knows survives a restart of the shipped artifact on its embedded default database: the
 * bootable jar is started as a child process in a directory of its own (so its H2 file lands in that directory's
 * data/), given a consent request, a decision and an idempotent submission, stopped gracefully and started again on
 * the same directory; and, with the embedded database written on every commit, a process killed right after its
 * answers keeps all of them. Not an Arquillian test: it runs the jar exactly as an operator would, on its own ports
 * (offset 300: HTTP 8380, management 10290), beside the server the other ITs use.
 *
 * <p>Only in the embedded-database run of the ITs; the PostgreSQL run keeps its data in the database server.
 */
class RestartPersistenceIT {

    private static final int PORT_OFFSET = 300;
    private static final int HTTP_PORT = 8080 + PORT_OFFSET;
    private static final String BASE = "http://127.0.0.1:" + HTTP_PORT;
    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final Duration SHUTDOWN = Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Path workDir;
    private Path jar;
    private Process server;
    private final List<Path> logs = new ArrayList<>();

    @BeforeEach
    void prepare() throws IOException {
        Assumptions.assumeTrue("embedded".equals(System.getProperty("it.database")),
                "restart persistence is tested on the embedded database only (it.database=" + System.getProperty("it.database") + ")");
        String bootableJar = System.getProperty("gateway.bootable.jar", "target/recording-policy-gateway-bootable.jar");
        jar = Path.of(bootableJar).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "run `mvn package` first: " + jar + " is missing");
        assertPortFree();
        workDir = Files.createTempDirectory("gateway-restart-it");
    }

    @AfterEach
    void cleanUp() throws IOException {
        try {
            stop();
        } finally {
            if (workDir != null) {
                try (Stream<Path> files = Files.walk(workDir)) {
                    files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }

    @Test
    void consentRequestsDecisionsAndIdempotencyRecordsSurviveARestart() throws Exception {
        start("first");
        ConsentRest consent = new ConsentRest(new Http(new URL(BASE)), ItIdentities.of(workDir));
        String caseReference = ConsentRest.newCaseReference();
        String key = ConsentRest.newIdempotencyKey();
        String submission = ConsentRest.recording("VIDEO", ConsentRest.onTimeConversation(), caseReference);
        HttpResponse<String> submitted = consent.submit(submission, "Idempotency-Key", key);
        assertEquals(201, submitted.statusCode(), submitted.body());
        String granted = Http.json(submitted).getString("reference");
        HttpResponse<String> decided = consent.decide(granted, "GRANTED", "tot ziens");
        assertEquals(200, decided.statusCode(), decided.body());
        String open = consent.submitted(ConsentRest.recording("PHOTO", ConsentRest.onTimeConversation(), caseReference))
                .getString("reference");
        JsonObject grantedBefore = consent.current(granted);
        JsonObject openBefore = consent.current(open);
        stop();

        assertTrue(Files.isRegularFile(workDir.resolve("data").resolve("gateway.mv.db")),
                "the embedded database is a file under the working directory's data/: " + listing());

        start("second");
        assertSameRequest(grantedBefore, consent.current(granted));
        assertSameRequest(openBefore, consent.current(open));
        for (String reference : List.of(granted, open)) {
            consent.current(reference).getJsonArray("history").getValuesAs(JsonObject.class)
                    .forEach(change -> consent.record(change.getString("decisionId")));
        }
        assertEquals(2, consent.totalElements(caseReference));

        HttpResponse<String> retried = consent.submit(submission, "Idempotency-Key", key);
        assertEquals(201, retried.statusCode(), "the idempotency record survived too: " + retried.body());
        assertEquals(granted, Http.json(retried).getString("reference"));
        assertEquals(2, consent.totalElements(caseReference), "and no duplicate was stored");

        HttpResponse<String> decidedAgain = consent.decide(open, "DENIED", null);
        assertEquals(200, decidedAgain.statusCode(), "a request stored before the restart can still be decided: "
                + decidedAgain.body());
        stop();
    }

    /**
     * README offers the embedded database with {@code WRITE_DELAY=0} for whoever cannot lose the last half second of
     * acknowledged writes when the process is killed. This proves that offer: consent requests and recording
     * decisions answered successfully, the process then killed at once (SIGKILL, no shutdown of any kind), all of
     * them there after the restart. (With H2's default delay of 500 ms the last of them are gone: checked by hand,
     * see README.)
     */
    @Test
    void withWriteDelayZeroNothingAcknowledgedIsLostWhenTheProcessIsKilled() throws Exception {
        String url = "-Dgateway.db.url=jdbc:h2:file:./data/gateway;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;"
                + "CACHE_SIZE=4096;WRITE_DELAY=0";
        start("first", url);
        Http http = new Http(new URL(BASE));
        ConsentRest consent = new ConsentRest(http, ItIdentities.of(workDir));
        String caseReference = ConsentRest.newCaseReference();
        List<String> references = new ArrayList<>();
        List<String> decisionIds = new ArrayList<>();
        String question = "{\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"participant\":true,\"conversationDate\":\""
                + ConsentRest.onTimeConversation() + "\"}";
        for (int i = 0; i < 20; i++) {
            references.add(consent.submitted(ConsentRest.recording("VIDEO", ConsentRest.onTimeConversation(), caseReference))
                    .getString("reference"));
            HttpResponse<String> decided = http.postJson("/api/v1/recording-decisions", question);
            assertEquals(200, decided.statusCode(), decided.body());
            decisionIds.add(Http.json(decided).getString("decisionId"));
        }
        kill();

        start("second", url);
        assertEquals(references.size(), consent.totalElements(caseReference), "every acknowledged consent request is there");
        for (String reference : references) {
            assertEquals("SUBMITTED", consent.current(reference).getString("status"));
        }
        for (String decisionId : decisionIds) {
            assertEquals(decisionId, consent.record(decisionId).getString("decisionId"),
                    "the record of every decision that was answered is there");
        }
        stop();
    }

    /** Everything but the explanation, which speaks of "today" and so may change at midnight. */
    private static void assertSameRequest(JsonObject before, JsonObject after) {
        assertEquals(jakarta.json.Json.createObjectBuilder(before).remove("explanation").build(),
                jakarta.json.Json.createObjectBuilder(after).remove("explanation").build(),
                "the request after the restart, as before");
    }

    // ------------------------------------------------------------------------------------------------ the process

    private void start(String name, String... serverArguments) throws IOException, InterruptedException {
        Path log = workDir.resolve("server-" + name + ".log");
        logs.add(log);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", jar.toString(),
                "-Djboss.socket.binding.port-offset=" + PORT_OFFSET));
        command.addAll(List.of(serverArguments));
        server = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile()) // drained by the OS: the child can never block on a full pipe
                .start();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                fail("the gateway (" + name + " start) exited with " + server.exitValue() + " before it was ready:\n" + tail(log));
            }
            if (answers200("/api/v1/policies")) {
                return;
            }
            Thread.sleep(500);
        }
        fail("the gateway (" + name + " start) did not answer GET /api/v1/policies with 200 within " + STARTUP + ":\n" + tail(log));
    }

    /** SIGKILL: the process ends at once, nothing of it runs any more (no shutdown hook, no H2 close). */
    private void kill() throws InterruptedException {
        Process process = server;
        server = null;
        process.destroyForcibly();
        assertTrue(process.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS), "the killed gateway did not end");
        waitUntilPortFree();
    }

    /** destroy() asks for a graceful shutdown (SIGTERM); only if that does not end it in time is it killed. */
    private void stop() {
        if (server == null) {
            return;
        }
        Process process = server;
        server = null;
        try {
            process.destroy();
            if (!process.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
                fail("the gateway did not stop within " + SHUTDOWN + " and was killed:\n" + tail(logs.get(logs.size() - 1)));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        waitUntilPortFree();
    }

    private static boolean answers200(String path) {
        try {
            HttpResponse<Void> response = CLIENT.send(HttpRequest.newBuilder(URI.create(BASE + path))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A server already on the port would answer for ours and make this test pass for the wrong reason. */
    private static void assertPortFree() {
        assertTrue(!listening(), "something already listens on 127.0.0.1:" + HTTP_PORT + "; stop it first");
    }

    private static void waitUntilPortFree() {
        Instant deadline = Instant.now().plusSeconds(15);
        while (listening() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", HTTP_PORT), 500);
            return true;
        } catch (IOException e) {
            return false; // refused or timed out: nobody there
        }
    }

    private String listing() {
        try (Stream<Path> files = Files.walk(workDir, 3)) {
            return files.map(workDir::relativize).map(Path::toString).sorted().toList().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path log) {
        try {
            String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8); // lenient: a log is no UTF-8 proof
            return text.length() <= 12_000 ? text : "...\n" + text.substring(text.length() - 12_000);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
