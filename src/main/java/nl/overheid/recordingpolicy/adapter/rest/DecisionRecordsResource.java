package nl.overheid.recordingpolicy.adapter.rest;

import java.io.StringReader;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReaderFactory;
import jakarta.ws.rs.core.Response;

import nl.overheid.recordingpolicy.adapter.adl.AdlRecordRendering;
import nl.overheid.recordingpolicy.adapter.security.ElytronCallers;
import nl.overheid.recordingpolicy.application.adl.AdlRecords;
import nl.overheid.recordingpolicy.application.audit.DecisionRecord;
import nl.overheid.recordingpolicy.application.consent.DecisionRecordLookup;
import nl.overheid.recordingpolicy.contract.rest.v1.api.AuditApi;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;

/**
 * GET /decisions/{decisionId}: the decision-log record of a decision the gateway gave, to those who may read it; GET
 * /decisions/{decisionId}/adl-record: the same record in the Authorization Decision Log shape. A resource of its own
 * rather than content negotiation on the first: both are JSON, and the NL API Design Rules negotiate formats, not two
 * models of one thing under a vendor media type no client of the standard would know. Below /decisions/, so that the
 * container demands a role for it as for the record itself (web.xml), and the same access rules apply.
 */
@ApplicationScoped
public class DecisionRecordsResource implements AuditApi {

    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    @Inject
    DecisionRecordLookup records;

    @Inject
    AdlRecords adlRecords;

    @Inject
    PolicySet policies;

    @Override
    public Response getDecisionRecord(String decisionId) {
        DecisionRecord record = records.find(decisionId, ElytronCallers.current());
        JsonObjectBuilder json = BUILDERS.createObjectBuilder()
                .add("decisionId", record.decisionId())
                .add("traceId", record.trace().traceId())
                .add("spanId", record.trace().spanId());
        record.trace().parentSpanId().ifPresent(parent -> json.add("parentSpanId", parent));
        json.add("event", record.event())
                .add("timestamp", record.timestamp().toString())
                .add("status", record.status())
                .add("caller", record.caller())
                .add("request", object(record.requestJson()))
                .add("response", object(record.responseJson()))
                .add("policies", BUILDERS.createObjectBuilder()
                        .add("ruleIds", BUILDERS.createArrayBuilder(record.ruleIds()))
                        .add("policyVersion", BUILDERS.createObjectBuilder()
                                .add("version", record.policyVersion().version())
                                .add("effectiveFrom", record.policyVersion().effectiveFrom().toString())));
        record.consentReference().ifPresent(reference -> json.add("consentRequestReference", reference));
        return Answers.ok(json.build());
    }

    @Override
    public Response getAdlRecord(String decisionId) {
        return Answers.ok(AdlRecordRendering.render(adlRecords.find(decisionId, ElytronCallers.current()), policies.texts(),
                id -> RestApplication.BASE_PATH + "/policy-versions/" + id));
    }

    private static JsonObject object(String json) {
        try (var reader = READERS.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
