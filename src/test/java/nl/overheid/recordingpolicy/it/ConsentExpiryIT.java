package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.overheid.recordingpolicy.testing.KnownWorkingDays;
import nl.overheid.recordingpolicy.domain.consent.ConsentReferences;

/**
 * The scheduled expiry: a recording request still SUBMITTED after its conversation becomes EXPIRED, by SYSTEM,
 * with a decision record of its own, exactly once. Such a request cannot be made through the API (its
 * conversation would have to lie in the past while it was asked in time), so it is put straight into the
 * database, as a request submitted 20 days ago would have been stored. Beside it, requests that are not due (a
 * conversation today, a publication request) must stay as they are.
 *
 * <p>Runs in the PostgreSQL run of the ITs only, where the test can reach the server's database; the server there
 * runs the expiry every 2 seconds ({@code -Dgateway.consent.expiry-interval=PT2S}).
 */
class ConsentExpiryIT extends DeployedGateway {

    private static final Duration EXPIRY_WAIT = Duration.ofSeconds(30);
    /** A few expiry intervals: long enough for a second run that must change nothing. */
    private static final Duration IDEMPOTENCE_WAIT = Duration.ofSeconds(7);

    ConsentRest consent;
    Http http;

    @BeforeEach
    void onlyWithPostgresql() {
        Assumptions.assumeTrue("postgresql".equals(System.getProperty("it.database")),
                "needs direct access to the server's PostgreSQL database (it.database=" + System.getProperty("it.database") + ")");
        http = new Http(base);
        consent = new ConsentRest(http);
    }

    @Test
    void aLateRecordingRequestStillUndecidedAfterItsConversationExpiresToo() throws Exception {
        LocalDate today = ConsentRest.today();
        Row late = Row.lateRecording(ConsentRest.newCaseReference(), today.minusDays(1), today.minusDays(2));
        try (Connection db = connect()) {
            late.insert(db);
        }

        JsonObject expired = awaitStatus(late.reference, "EXPIRED");

        assertEquals(List.of("->LATE by REQUESTER", "LATE>EXPIRED by SYSTEM"), ConsentRest.steps(expired));
    }

    @Test
    void aRecordingRequestStillSubmittedAfterItsConversationExpiresOnceAndOnlyIt() throws Exception {
        LocalDate today = ConsentRest.today();
        String caseReference = ConsentRest.newCaseReference();
        Row overdue = Row.recording(caseReference, today.minusDays(3), today.minusDays(20));
        Row conversationToday = Row.recording(caseReference, today, today.minusDays(20));
        Row publication = Row.publication(caseReference, today.minusDays(3), today.minusDays(2));
        try (Connection db = connect()) {
            for (Row row : List.of(overdue, conversationToday, publication)) {
                row.insert(db);
            }
        }

        JsonObject expired = awaitStatus(overdue.reference, "EXPIRED");

        assertEquals(List.of("->SUBMITTED by REQUESTER", "SUBMITTED>EXPIRED by SYSTEM"), ConsentRest.steps(expired));
        List<JsonObject> history = expired.getJsonArray("history").getValuesAs(JsonObject.class);
        assertEquals(overdue.submissionDecisionId, history.get(0).getString("decisionId"),
                "the stored decision_id of the submission is what the history links to");
        JsonObject record = consent.record(history.get(1).getString("decisionId"));
        assertEquals("consent_expired", record.getString("event"));
        assertEquals("EXPIRED", record.getString("status"));
        assertEquals(overdue.reference, record.getString("consentRequestReference"));
        assertFalse(record.getString("caller").isBlank());
        assertTrue(record.getString("traceId").matches("[0-9a-f]{32}"));

        HttpResponse<String> decide = consent.decide(overdue.reference, "GRANTED", null);
        assertEquals(409, decide.statusCode(), decide.body());
        assertEquals("EXPIRED", Http.json(decide).getString("currentStatus"));
        HttpResponse<String> withdraw = consent.withdrawWithoutBody(overdue.reference);
        assertEquals(409, withdraw.statusCode(), withdraw.body());
        assertEquals("EXPIRED", Http.json(withdraw).getString("currentStatus"));
        HttpResponse<String> recording = http.postJson("/api/v1/recording-decisions",
                "{\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"participant\":true,\"conversationDate\":\""
                        + overdue.conversationDate + "\",\"consentRequestReference\":\"" + overdue.reference + "\"}");
        assertEquals(200, recording.statusCode(), recording.body());
        assertEquals("NOT_PERMITTED", Http.json(recording).getString("outcome"), "an expired request is no consent");
        assertEquals("EXPIRED", Http.json(recording).getJsonObject("consentRequest").getString("status"));

        Thread.sleep(IDEMPOTENCE_WAIT.toMillis());
        assertEquals(expired.getJsonArray("history"), consent.current(overdue.reference).getJsonArray("history"),
                "later runs of the expiry change nothing");
        if (ConsentRest.today().equals(today)) { // past midnight, "today" would be overdue as well
            assertEquals("SUBMITTED", consent.current(conversationToday.reference).getString("status"),
                    "a request can still be decided on the day of the conversation");
        }
        assertEquals("SUBMITTED", consent.current(publication.reference).getString("status"),
                "a publication request does not expire");
        assertEquals(1, consent.current(publication.reference).getJsonArray("history").size());
    }

    private JsonObject awaitStatus(String reference, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(EXPIRY_WAIT);
        JsonObject current = consent.current(reference);
        while (!status.equals(current.getString("status")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            current = consent.current(reference);
        }
        if (!status.equals(current.getString("status"))) {
            fail(reference + " is still " + current.getString("status") + " after " + EXPIRY_WAIT
                    + "; is the server started with -Dgateway.consent.expiry-interval=PT2S? " + current);
        }
        return current;
    }

    private static Connection connect() {
        String url = System.getProperty("it.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test");
        try {
            return DriverManager.getConnection(url, System.getProperty("it.postgresql.user", "postgres"),
                    System.getProperty("it.postgresql.password", "unused"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + url + " (is org.postgresql:postgresql on the test "
                    + "classpath, and PostgreSQL running?): " + e.getMessage(), e);
        }
    }

    /** One consent_request row and its first consent_status_change row, as the gateway stores a submission. */
    private record Row(String reference, String kind, String usage, String grantor, LocalDate conversationDate,
                       LocalDate requestDate, LocalDate deadline, String caseReference, String submissionDecisionId,
                       String status) {

        static Row recording(String caseReference, LocalDate conversation, LocalDate asked) {
            LocalDate deadline = KnownWorkingDays.workingDaysBefore(conversation, 5);
            assertFalse(asked.isAfter(deadline), "the fixture must be a request made in time");
            return new Row(ConsentReferences.newReference(), "RECORDING", null, "EMPLOYEE", conversation, asked, deadline,
                    caseReference, UUID.randomUUID().toString(), "SUBMITTED");
        }

        /** A recording request asked after its deadline: stored as LATE, still open. */
        static Row lateRecording(String caseReference, LocalDate conversation, LocalDate asked) {
            LocalDate deadline = KnownWorkingDays.workingDaysBefore(conversation, 5);
            assertTrue(asked.isAfter(deadline), "the fixture must be a request made after the deadline");
            return new Row(ConsentReferences.newReference(), "RECORDING", null, "EMPLOYEE", conversation, asked, deadline,
                    caseReference, UUID.randomUUID().toString(), "LATE");
        }

        static Row publication(String caseReference, LocalDate conversation, LocalDate asked) {
            return new Row(ConsentReferences.newReference(), "PUBLICATION", "PUBLISH", "UWV", conversation, asked, null,
                    caseReference, UUID.randomUUID().toString(), "SUBMITTED");
        }

        void insert(Connection db) throws SQLException {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement request = db.prepareStatement("INSERT INTO consent_request (reference, kind, authority, "
                    + "medium, intended_usage, conversation_date, channel, case_reference, request_date, consent_grantor, "
                    + "deadline, on_time, status, created_at, updated_at, version, submitted_by) "
                    + "VALUES (?, ?, 'UWV', 'VIDEO', ?, ?, 'MIJN_UWV', ?, ?, ?, ?, ?, ?, ?, ?, 0, 'case-system')")) {
                request.setString(1, reference);
                request.setString(2, kind);
                if (usage == null) {
                    request.setNull(3, Types.VARCHAR);
                } else {
                    request.setString(3, usage);
                }
                request.setObject(4, conversationDate);
                request.setString(5, caseReference);
                request.setObject(6, requestDate);
                request.setString(7, grantor);
                if (deadline == null) {
                    request.setNull(8, Types.DATE);
                    request.setNull(9, Types.BOOLEAN);
                } else {
                    request.setObject(8, deadline);
                    request.setBoolean(9, !"LATE".equals(status));
                }
                request.setString(10, status);
                request.setObject(11, now);
                request.setObject(12, now);
                assertEquals(1, request.executeUpdate());
            }
            try (PreparedStatement change = db.prepareStatement("INSERT INTO consent_status_change (reference, seq, "
                    + "from_status, to_status, actor, reason, changed_at, decision_id, acted_by) "
                    + "VALUES (?, 0, NULL, ?, 'REQUESTER', NULL, ?, ?, 'case-system')")) {
                change.setString(1, reference);
                change.setString(2, status);
                change.setObject(3, now);
                change.setString(4, submissionDecisionId);
                assertEquals(1, change.executeUpdate());
            }
        }
    }
}
