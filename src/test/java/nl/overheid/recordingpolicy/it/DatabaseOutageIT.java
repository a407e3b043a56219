package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The gateway when its database is gone and when it comes back, on PostgreSQL: the bootable jar is started with its
 * datasource pointed at a TCP forwarder in this test ({@link CuttableProxy}) instead of at PostgreSQL itself, and the
 * test cuts and restores the forwarder. While the database is gone, what needs it answers 503 problem+json with
 * Retry-After (SOAP: a soap:Server fault with the typed ServerFault detail) within {@link #ANSWER_BOUND}, what does
 * not need it (lead times, policies) answers as usual, and readiness is DOWN; once it is back, the gateway serves
 * again without a restart, its first requests included (no dead pooled connection is handed out).
 *
 * <p>Only in the PostgreSQL run of the ITs (database from -Dit.postgresql.url, e.g. wt_faults), and skipped when
 * PostgreSQL cannot be reached. Own ports: offset 500 by default (HTTP 8580, management 10490),
 * -Dit.outage.port.offset=N moves them.
 */
class DatabaseOutageIT {

    /**
     * How soon a request that needs the database must be answered while it is gone. A refused connection fails at
     * once; the bound leaves room for the pool's blocking timeout (5 s, gateway-datasource.cli) on a busy machine.
     */
    static final Duration ANSWER_BOUND = Duration.ofSeconds(8);
    private static final String PROBLEM_JSON = "application/problem+json";

    private BootableGateway gateway;
    private CuttableProxy proxy;
    private Http http;
    private ConsentRest consent;

    @BeforeEach
    void start() throws Exception {
        Assumptions.assumeTrue("postgresql".equals(System.getProperty("it.database")),
                "the database outage is tested on PostgreSQL only (it.database=" + System.getProperty("it.database") + ")");
        URI database = URI.create(System.getProperty("it.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test").substring(5));
        int port = database.getPort() == -1 ? 5432 : database.getPort();
        Assumptions.assumeTrue(reachable(database.getHost(), port), "PostgreSQL is not reachable at " + database);
        proxy = new CuttableProxy(database.getHost(), port);
        gateway = new BootableGateway("it.outage.port.offset", 500, "gateway-outage-it");
        gateway.start("through the proxy", "-Dgateway.db.driver=postgresql",
                "-Dgateway.db.url=jdbc:postgresql://127.0.0.1:" + proxy.port() + database.getPath(),
                "-Dgateway.db.user=" + System.getProperty("it.postgresql.user", "postgres"),
                "-Dgateway.db.password=" + System.getProperty("it.postgresql.password", "unused"));
        http = new Http(gateway.url());
        consent = new ConsentRest(http, ItIdentities.of(gateway.workDir()));
    }

    @AfterEach
    void stop() throws IOException {
        try {
            if (gateway != null) {
                gateway.close();
            }
        } finally {
            if (proxy != null) {
                proxy.close();
            }
        }
    }

    @Test
    void whileTheDatabaseIsGoneWhatNeedsItAnswers503AndTheRestWorksAndItRecoversWithoutARestart() throws Exception {
        String stored = consent.newOnTimeRecording();
        assertEquals(200, readiness().statusCode(), "ready while the database is there: " + readiness().body());

        proxy.cut();

        HttpResponse<String> submission = timed("POST /consent-requests", () -> consent.submit(
                ConsentRest.recording("VIDEO", ConsentRest.onTimeConversation(), ConsentRest.newCaseReference())));
        assertUnavailable(submission);
        assertUnavailable(timed("POST /consent-requests with an Idempotency-Key", () -> consent.submit(
                ConsentRest.recording("PHOTO", ConsentRest.onTimeConversation(), ConsentRest.newCaseReference()),
                "Idempotency-Key", ConsentRest.newIdempotencyKey())));
        assertUnavailable(timed("POST /recording-decisions", () -> http.postJson("/api/v1/recording-decisions",
                "{\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"participant\":true,\"conversationDate\":\""
                        + ConsentRest.onTimeConversation() + "\"}")));
        assertUnavailable(timed("GET /consent-requests/{reference}", () -> consent.get(stored)));
        assertUnavailable(timed("POST /consent-requests/{reference}/decision",
                () -> consent.decide(stored, "GRANTED", null)));

        assertEquals(200, http.get("/api/v1/lead-time?authority=UWV&medium=VIDEO&conversationDate="
                + ConsentRest.onTimeConversation()).statusCode(), "lead times need no database");
        assertEquals(200, http.get("/api/v1/policies").statusCode(), "neither do the policies");

        Document fault = timed("SOAP SubmitConsentRequest", () -> soap(SoapWire.envelope("<rp:SubmitConsentRequest>"
                + "<rp:kind>RECORDING</rp:kind><rp:authority>UWV</rp:authority><rp:medium>VIDEO</rp:medium>"
                + "<rp:conversationDate>" + ConsentRest.onTimeConversation() + "</rp:conversationDate>"
                + "<rp:channel>MIJN_UWV</rp:channel><rp:caseReference>" + ConsentRest.newCaseReference()
                + "</rp:caseReference></rp:SubmitConsentRequest>"), 500));
        assertEquals("Server", SoapWire.localPart(fault.getElementsByTagName("faultcode").item(0).getTextContent()));
        assertEquals(1, fault.getElementsByTagNameNS(SoapWire.NS, "ServerFault").getLength());
        assertEquals("0051", fault.getElementsByTagNameNS(SoapWire.NS, "code").item(0).getTextContent());
        assertTrue(fault.getElementsByTagName("faultstring").item(0).getTextContent().contains("retry"),
                "the fault says a retry may succeed");
        assertNoInternals(fault.getDocumentElement().getTextContent());
        Document leadTime = soap(SoapWire.envelope("<rp:GetLeadTimeStatus><rp:authority>UWV</rp:authority>"
                + "<rp:medium>VIDEO</rp:medium><rp:conversationDate>" + ConsentRest.onTimeConversation()
                + "</rp:conversationDate></rp:GetLeadTimeStatus>"), 200);
        assertEquals(1, leadTime.getElementsByTagNameNS(SoapWire.NS, "GetLeadTimeStatusResponse").getLength());
        Document policies = soap(SoapWire.envelope("<rp:ListPolicies/>"), 200);
        assertEquals(1, policies.getElementsByTagNameNS(SoapWire.NS, "ListPoliciesResponse").getLength());

        HttpResponse<String> notReady = timed("GET /health/ready", this::readiness);
        assertEquals(503, notReady.statusCode(), "readiness is DOWN without the database: " + notReady.body());
        assertTrue(notReady.body().contains("gateway-database"), notReady.body());

        proxy.restore();

        awaitReady();
        HttpResponse<String> first = consent.submit(
                ConsentRest.recording("VIDEO", ConsentRest.onTimeConversation(), ConsentRest.newCaseReference()));
        assertEquals(201, first.statusCode(), "the first submission after the database is back: " + first.body());
        assertEquals("SUBMITTED", consent.current(stored).getString("status"), "and what was stored before is there");
    }

    /**
     * The pool holds connections that died with the database (here: cut while idle, restored before any request
     * noticed). Each is validated when borrowed, so the first requests after the return get live connections instead
     * of a 500 from a stale one.
     */
    @Test
    void theFirstRequestsAfterTheDatabaseReturnsAreServedDespiteDeadPooledConnections() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> warm = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                warm.add(callers.submit(consent::newOnTimeRecording)); // several connections in the pool
            }
            for (Future<String> reference : warm) {
                reference.get();
            }
        } finally {
            callers.shutdown();
        }

        proxy.cut();
        proxy.restore();

        for (int i = 0; i < 10; i++) {
            HttpResponse<String> submitted = consent.submit(
                    ConsentRest.recording("VIDEO", ConsentRest.onTimeConversation(), ConsentRest.newCaseReference()));
            assertEquals(201, submitted.statusCode(), "submission " + (i + 1) + " after the return: " + submitted.body());
            JsonObject stored = consent.current(Http.json(submitted).getString("reference"));
            assertEquals("SUBMITTED", stored.getString("status"));
        }
    }

    private static void assertUnavailable(HttpResponse<String> answer) {
        assertEquals(503, answer.statusCode(), answer.body());
        assertEquals(PROBLEM_JSON, answer.headers().firstValue("Content-Type").orElse("").split(";")[0].strip());
        assertEquals("5", answer.headers().firstValue("Retry-After").orElse(null), "Retry-After: " + answer.headers());
        JsonObject problem = Http.json(answer);
        assertEquals(503, problem.getInt("status"));
        assertEquals("Service Unavailable", problem.getString("title"));
        assertTrue(problem.getString("detail").contains("retry"), problem.getString("detail"));
        assertNoInternals(answer.body());
    }

    private static void assertNoInternals(String text) {
        for (String internal : List.of("Exception", "java.", "org.", "jakarta.", "SQL", "IJ0", "at nl.")) {
            assertFalse(text.contains(internal), "no internals (" + internal + ") in the answer: " + text);
        }
    }

    /** Runs a call that must be answered within {@link #ANSWER_BOUND}. */
    private static <T> T timed(String what, Supplier<T> call) {
        Instant started = Instant.now();
        T answer = call.get();
        Duration took = Duration.between(started, Instant.now());
        assertTrue(took.compareTo(ANSWER_BOUND) <= 0, what + " took " + took + ", more than " + ANSWER_BOUND);
        return answer;
    }

    private Document soap(String envelope, int expectedStatus) {
        try {
            return SoapWire.post(http.as(ItIdentities.of(gateway.workDir()), "case-system"), envelope, expectedStatus);
        } catch (Exception e) {
            throw new AssertionError("SOAP call failed", e);
        }
    }

    private HttpResponse<String> readiness() {
        try {
            return new Http(new URL("http://127.0.0.1:" + gateway.managementPort())).get("/health/ready");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        HttpResponse<String> ready = readiness();
        while (ready.statusCode() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            ready = readiness();
        }
        if (ready.statusCode() != 200) {
            fail("readiness not UP within 30 s of the database's return: " + ready.body());
        }
    }

    private static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
