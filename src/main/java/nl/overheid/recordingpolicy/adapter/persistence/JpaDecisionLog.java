package nl.overheid.recordingpolicy.adapter.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.overheid.recordingpolicy.application.audit.DecisionLog;
import nl.overheid.recordingpolicy.application.audit.DecisionRecord;
import nl.overheid.recordingpolicy.application.audit.TraceContext;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;
import nl.overheid.recordingpolicy.domain.policy.PolicyVersion;

/** The decision log in table decision_log, written in the transaction of the decision it records. */
@ApplicationScoped
public class JpaDecisionLog implements DecisionLog {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    @Override
    public void append(DecisionRecord record) {
        DecisionLogEntity row = new DecisionLogEntity();
        row.decisionId = record.decisionId();
        row.traceId = record.trace().traceId();
        row.spanId = record.trace().spanId();
        row.parentSpanId = record.trace().parentSpanId().orElse(null);
        row.eventName = record.event();
        row.occurredAt = record.timestamp();
        row.status = record.status();
        row.caller = record.caller();
        row.requestBody = record.requestJson();
        row.responseBody = record.responseJson();
        row.ruleIds = String.join(",", record.ruleIds());
        row.policyVersion = record.policyVersion().version();
        row.consentReference = record.consentReference().orElse(null);
        em.persist(row);
        em.flush(); // a record that cannot be written fails the decision now, before it is returned
    }

    @Override
    public Optional<DecisionRecord> find(String decisionId) {
        return Optional.ofNullable(em.find(DecisionLogEntity.class, decisionId)).map(row -> new DecisionRecord(
                row.decisionId,
                new TraceContext(row.traceId, row.spanId, Optional.ofNullable(row.parentSpanId)),
                row.eventName, row.occurredAt, row.status, row.caller, row.requestBody, row.responseBody,
                row.ruleIds.isEmpty() ? List.of() : Arrays.asList(row.ruleIds.split(",")),
                version(row.policyVersion),
                Optional.ofNullable(row.consentReference)));
    }

    /** Versions are named by the policy set that produced them; today there is one. */
    private static PolicyVersion version(String name) {
        PolicyVersion current = PolicySet.CURRENT_VERSION;
        if (!current.version().equals(name)) {
            throw new IllegalStateException("decision log names unknown policy version " + name);
        }
        return current;
    }
}
