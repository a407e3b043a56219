package nl.overheid.recordingpolicy.adapter.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.overheid.recordingpolicy.application.audit.DecisionRecord;
import nl.overheid.recordingpolicy.application.audit.TraceContext;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;
import nl.overheid.recordingpolicy.domain.policy.PolicyVersion;

/**
 * The one mapping between a {@link DecisionRecord} and a row of table decision_log, used by every path that writes
 * or reads the log: the group-commit writer of recording and usage decisions, and the log of consent status changes
 * written in the transaction of the change. Plain JDBC rather than a JPA entity, because the group commit inserts
 * batches of records outside any entity manager, and a record is written once and never updated.
 */
final class DecisionLogTable {

    static final String INSERT = "INSERT INTO decision_log (decision_id, trace_id, span_id, parent_span_id, "
            + "event_name, occurred_at, status, caller, request_body, response_body, rule_ids, policy_version, "
            + "consent_reference, policy_version_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String SELECT_BY_ID = "SELECT decision_id, trace_id, span_id, parent_span_id, event_name, "
            + "occurred_at, status, caller, request_body, response_body, rule_ids, policy_version, consent_reference, "
            + "policy_version_id "
            + "FROM decision_log WHERE decision_id = ?";

    private DecisionLogTable() {
    }

    /** Sets the parameters of {@link #INSERT} to this record. */
    static void bind(PreparedStatement insert, DecisionRecord record) throws SQLException {
        insert.setString(1, record.decisionId());
        insert.setString(2, record.trace().traceId());
        insert.setString(3, record.trace().spanId());
        insert.setString(4, record.trace().parentSpanId().orElse(null));
        insert.setString(5, record.event());
        insert.setObject(6, record.timestamp().atOffset(ZoneOffset.UTC)); // TIMESTAMP WITH TIME ZONE, in UTC
        insert.setString(7, record.status());
        insert.setString(8, record.caller());
        insert.setString(9, record.requestJson());
        insert.setString(10, record.responseJson());
        insert.setString(11, String.join(",", record.ruleIds()));
        insert.setString(12, record.policyVersion().version());
        insert.setString(13, record.consentReference().orElse(null));
        insert.setString(14, record.policyContentId().orElse(null));
    }

    /** The record in the current row of a result of {@link #SELECT_BY_ID}. */
    static DecisionRecord read(ResultSet row) throws SQLException {
        String ruleIds = row.getString("rule_ids");
        return new DecisionRecord(
                row.getString("decision_id"),
                new TraceContext(row.getString("trace_id"), row.getString("span_id"),
                        Optional.ofNullable(row.getString("parent_span_id"))),
                row.getString("event_name"),
                row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getString("status"),
                row.getString("caller"),
                row.getString("request_body"),
                row.getString("response_body"),
                ruleIds.isEmpty() ? List.of() : Arrays.asList(ruleIds.split(",")),
                version(row.getString("policy_version")),
                Optional.ofNullable(row.getString("consent_reference")),
                Optional.ofNullable(row.getString("policy_version_id")));
    }

    /**
     * Version labels are named by the policy set that produced them; today there is one. The exact content is named by
     * policy_version_id (the archive of policy versions, table policy_version).
     */
    private static PolicyVersion version(String name) {
        PolicyVersion current = PolicySet.CURRENT_VERSION;
        if (!current.version().equals(name)) {
            throw new IllegalStateException("decision log names unknown policy version " + name);
        }
        return current;
    }
}
