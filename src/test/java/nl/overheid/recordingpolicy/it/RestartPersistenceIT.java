package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * the same directory; and, in the default configuration, a process killed right after its answers, or in the middle
 * of a burst of submissions, keeps every one it acknowledged. Not an Arquillian test: it runs the jar exactly as an
 * operator would, on its own ports (offset 300 by default, HTTP 8380, management 10290; -Dit.restart.port.offset=N
 * moves them), beside the server the other ITs use.
 *
 * <p>Only in the embedded-database run of the ITs; the PostgreSQL run keeps its data in the database server.
 */
class RestartPersistenceIT {

    private static final String BASE_PROPERTY = "it.restart.port.offset";

    private BootableGateway gateway;
    private String base;

    @BeforeEach
    void prepare() throws IOException {
        Assumptions.assumeTrue("embedded".equals(System.getProperty("it.database")),
                "restart persistence is tested on the embedded database only (it.database=" + System.getProperty("it.database") + ")");
        gateway = new BootableGateway(BASE_PROPERTY, 300, "gateway-restart-it");
        base = gateway.base();
    }

    @AfterEach
    void cleanUp() throws IOException {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void consentRequestsDecisionsAndIdempotencyRecordsSurviveARestart() throws Exception {
        gateway.start("first");
        ConsentRest consent = new ConsentRest(new Http(new URL(base)), ItIdentities.of(gateway.workDir()));
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
        gateway.stop();

        assertTrue(Files.isRegularFile(gateway.workDir().resolve("data").resolve("gateway.mv.db")),
                "the embedded database is a file under the working directory's data/: " + listing());

        gateway.start("second");
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
        gateway.stop();
    }

    /**
     * A policy version stays retrievable after the gateway restarts with another: the first start loads a further
     * municipality's file (GATEWAY_POLICIES_DIR), decides for that municipality and stops; the second starts without
     * it, so with another policy version. The first decision's ADL record still names the first version, which still
     * resolves to the same files (the municipality's among them) and still gives the rule its sentence.
     */
    @Test
    void aPolicyVersionStoredEarlierIsStillRetrievableAfterARestartWithAnotherPolicy() throws Exception {
        Path policies = Files.createDirectories(gateway.workDir().resolve("extra-policies"));
        Files.copy(Path.of("src/test/resources/it-policies/GM9998.xml"), policies.resolve("GM9998.xml"));
        gateway.start("first", java.util.Map.of("GATEWAY_POLICIES_DIR", policies.toString()));
        Http http = new Http(new URL(base));
        Http auditor = http.as(ItIdentities.of(gateway.workDir()), "auditor");
        HttpResponse<String> decided = http.postJson("/api/v1/recording-decisions", "{\"authority\":\"GM9998\","
                + "\"medium\":\"VIDEO\",\"participant\":true,\"conversationDate\":\"" + ConsentRest.onTimeConversation() + "\"}");
        assertEquals(200, decided.statusCode(), decided.body());
        String decisionId = Http.json(decided).getString("decisionId");
        JsonObject before = adlRecord(auditor, decisionId);
        JsonObject reference = before.getJsonObject("attributes").getJsonObject("adl.core.policies")
                .getJsonObject("recording-policy");
        JsonObject firstVersion = Http.json(http.get(reference.getString("href")));
        gateway.stop();

        gateway.start("second");
        HttpResponse<String> other = http.postJson("/api/v1/recording-decisions",
                "{\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"participant\":true}");
        assertEquals(200, other.statusCode(), other.body());
        JsonObject otherReference = adlRecord(auditor, Http.json(other).getString("decisionId"))
                .getJsonObject("attributes").getJsonObject("adl.core.policies").getJsonObject("recording-policy");
        assertTrue(!otherReference.getString("id").equals(reference.getString("id")),
                "without the municipality's file the gateway runs another policy version");
        assertEquals(before, adlRecord(auditor, decisionId), "the earlier record reads the same, policy sentences too");
        HttpResponse<String> retrieved = http.get(reference.getString("href"));
        assertEquals(200, retrieved.statusCode(), "the earlier version is still retrievable: " + retrieved.body());
        assertEquals(firstVersion, Http.json(retrieved));
        assertEquals(List.of("UWV.xml", "GM0000.xml", "GM9998.xml"), firstVersion.getJsonArray("files")
                .getValuesAs(JsonObject.class).stream().map(file -> file.getString("name")).toList());
        assertEquals(reference.getString("id"), DecisionLogAdlIT.recomputedId(Http.json(retrieved)));
        assertTrue(before.getJsonObject("body").getJsonObject("adl.core.response").getJsonObject("context")
                .getJsonArray("rules").getValuesAs(JsonObject.class).stream()
                .anyMatch(rule -> rule.getString("id").startsWith("GM9998-") && !rule.getString("source").isBlank()),
                "the municipality's rule has its sentence from the archived version: " + before);
        gateway.stop();
    }

    private static JsonObject adlRecord(Http auditor, String decisionId) {
        HttpResponse<String> response = auditor.get("/api/v1/decisions/" + decisionId + "/adl-record");
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    /**
     * The default configuration keeps what it acknowledged when the process is killed: consent requests and
     * recording decisions answered successfully, the process then killed at once (SIGKILL, no shutdown of any kind),
     * all of them there after the restart. No database URL is given, so this is the shipped default (the embedded
     * database under ./data of the working directory, written on every commit). With H2's own WRITE_DELAY of
     * 500 ms, 6 of 20 such consent requests were gone (README).
     */
    @Test
    void inTheDefaultConfigurationNothingAcknowledgedIsLostWhenTheProcessIsKilled() throws Exception {
        gateway.start("first");
        Http http = new Http(new URL(base));
        ConsentRest consent = new ConsentRest(http, ItIdentities.of(gateway.workDir()));
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
        gateway.kill();

        gateway.start("second");
        assertEquals(references.size(), consent.totalElements(caseReference), "every acknowledged consent request is there");
        for (String reference : references) {
            assertEquals("SUBMITTED", consent.current(reference).getString("status"));
        }
        for (String decisionId : decisionIds) {
            assertEquals(decisionId, consent.record(decisionId).getString("decisionId"),
                    "the record of every decision that was answered is there");
        }
        assertTrue(Files.isRegularFile(gateway.workDir().resolve("data").resolve("gateway.mv.db")),
                "the default database is the file under the working directory's data/: " + listing());
        gateway.stop();
    }

    /**
     * A SIGKILL in the middle of a burst: 8 callers submit consent requests as fast as they are answered, the process
     * is killed while they are still at it, and every request that was answered 201 before the kill is there after
     * the restart (requests cut off by the kill may or may not be: their callers got no answer and will retry).
     */
    @Test
    void everyConsentRequestAnswered201BeforeAKillInTheMiddleOfABurstIsThere() throws Exception {
        gateway.start("first");
        ConsentRest consent = new ConsentRest(new Http(new URL(base)), ItIdentities.of(gateway.workDir()));
        String caseReference = ConsentRest.newCaseReference();
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean killed = new AtomicBoolean();
        int callers = 8;
        CountDownLatch enoughAcknowledged = new CountDownLatch(80);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        for (int i = 0; i < callers; i++) {
            pool.submit(() -> {
                while (!killed.get()) {
                    try {
                        HttpResponse<String> answer = consent.submit(
                                ConsentRest.recording("VIDEO", ConsentRest.onTimeConversation(), caseReference));
                        if (answer.statusCode() == 201 && !killed.get()) {
                            acknowledged.add(Http.json(answer).getString("reference"));
                            enoughAcknowledged.countDown();
                        }
                    } catch (UncheckedIOException e) {
                        return; // the process is gone: this request was never answered
                    }
                }
            });
        }
        assertTrue(enoughAcknowledged.await(60, TimeUnit.SECONDS), "80 submissions answered 201 within 60 s");
        List<String> beforeTheKill;
        synchronized (acknowledged) {
            killed.set(true); // an answer that arrives from here on is not counted: it may have raced the kill
            beforeTheKill = List.copyOf(acknowledged);
            gateway.kill();
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS), "the callers ended");

        gateway.start("second");
        for (String reference : beforeTheKill) {
            HttpResponse<String> found = consent.get(reference);
            assertEquals(200, found.statusCode(), "acknowledged before the kill, so stored: " + reference + " " + found.body());
        }
        assertTrue(consent.totalElements(caseReference) >= beforeTheKill.size(),
                "the case lists at least every acknowledged request");
        gateway.stop();
    }

    /**
     * The default configuration's file grows with its data, not with its commits: writing every commit before the
     * answer made H2 add a chunk of about 27 KB per write and never compact it (docs/operations.md); the gateway now
     * compacts it. After a warm-up, 4 callers send 800 consent submissions and 800 recording decisions; the file may
     * grow by at most 12 KB per write (about 4 KB measured, H2's 500 ms default about 3.5 KB).
     */
    @Test
    void inTheDefaultConfigurationTheDatabaseFileGrowsWithItsDataNotWithItsCommits() throws Exception {
        gateway.start("first");
        Http http = new Http(new URL(base));
        ConsentRest consent = new ConsentRest(http, ItIdentities.of(gateway.workDir()));
        String caseReference = ConsentRest.newCaseReference();
        String question = "{\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"participant\":true,\"conversationDate\":\""
                + ConsentRest.onTimeConversation() + "\"}";
        Runnable write = () -> {
            assertEquals(201, consent.submit(ConsentRest.recording("VIDEO", ConsentRest.onTimeConversation(), caseReference))
                    .statusCode());
            assertEquals(200, http.postJson("/api/v1/recording-decisions", question).statusCode());
        };
        Path file = gateway.workDir().resolve("data").resolve("gateway.mv.db");
        inParallel(100, write);
        long before = Files.size(file);
        int pairs = 800;
        inParallel(pairs, write);
        Thread.sleep(1_000); // the last compaction steps
        long perWrite = (Files.size(file) - before) / (2L * pairs);
        assertTrue(perWrite < 12_000, "the file grew by " + perWrite + " bytes per write (" + before + " -> "
                + Files.size(file) + " bytes)");
        gateway.stop();
    }

    private static void inParallel(int times, Runnable task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                done.add(pool.submit(task));
            }
            for (Future<?> each : done) {
                each.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Everything but the explanation, which speaks of "today" and so may change at midnight. */
    private static void assertSameRequest(JsonObject before, JsonObject after) {
        assertEquals(jakarta.json.Json.createObjectBuilder(before).remove("explanation").build(),
                jakarta.json.Json.createObjectBuilder(after).remove("explanation").build(),
                "the request after the restart, as before");
    }

    private String listing() {
        try (Stream<Path> files = Files.walk(gateway.workDir(), 3)) {
            return files.map(gateway.workDir()::relativize).map(Path::toString).sorted().toList().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
