package nl.overheid.recordingpolicy.adapter.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of decision_log. Written once, never updated. */
@Entity
@Table(name = "decision_log")
public class DecisionLogEntity {

    @Id
    @Column(name = "decision_id")
    String decisionId;
    @Column(name = "trace_id", nullable = false)
    String traceId;
    @Column(name = "span_id", nullable = false)
    String spanId;
    @Column(name = "parent_span_id")
    String parentSpanId;
    @Column(name = "event_name", nullable = false)
    String eventName;
    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;
    @Column(name = "status", nullable = false)
    String status;
    @Column(name = "caller", nullable = false)
    String caller;
    @Column(name = "request_body", nullable = false)
    String requestBody;
    @Column(name = "response_body", nullable = false)
    String responseBody;
    @Column(name = "rule_ids", nullable = false)
    String ruleIds;
    @Column(name = "policy_version", nullable = false)
    String policyVersion;
    @Column(name = "consent_reference")
    String consentReference;
}
