package nl.overheid.recordingpolicy.adapter.adl;

import java.io.StringReader;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import nl.overheid.recordingpolicy.application.audit.DecisionEvents;
import nl.overheid.recordingpolicy.domain.policy.BilingualText;
import nl.overheid.recordingpolicy.domain.policy.GatewayText;
import nl.overheid.recordingpolicy.domain.policy.GatewayTexts;
import nl.overheid.recordingpolicy.domain.policy.Rule;

/**
 * A stored recording or usage question and its answer (the contracts' field names, as the decision log keeps them) in
 * AuthZEN form, after the team's AuthZEN mapping: subject the citizen, action {@code record} or {@code use} with the
 * medium (and the use, and the platform), resource the conversation or the recording at the authority, the rest as
 * snake_case context; the answer's {@code decision} true only for PERMITTED, with the outcome and its grounds as
 * context. The citizen's identity is never in the stored question, so the subject has no {@code id}: the record says so
 * ({@link AdlRecordRendering#OMITTED}).
 */
public final class AuthZenRendering {

    /** The obligation type this gateway issues (obligations profile: bilaterally agreed semantics, see docs/authzen.md). */
    public static final String OBLIGATION_TYPE = "custom";

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private AuthZenRendering() {
    }

    /** The question of a {@link #RECORDING} or {@link #USAGE} record. */
    static JsonObject request(String event, String requestJson) {
        JsonObject stored = read(requestJson);
        boolean recording = DecisionEvents.RECORDING.equals(event);
        JsonObjectBuilder subject = JSON.createObjectBuilder().add("type", "citizen");
        JsonObjectBuilder action = JSON.createObjectBuilder().add("name", recording ? "record" : "use");
        JsonObjectBuilder actionProperties = JSON.createObjectBuilder();
        copy(stored, "medium", actionProperties, "medium");
        JsonObjectBuilder context = JSON.createObjectBuilder();
        if (recording) {
            text(stored, "participant").flatMap(AuthZenRendering::xsBoolean).ifPresent(participant ->
                    subject.add("properties", JSON.createObjectBuilder().add("participant", participant)));
            copy(stored, "conversationDate", context, "conversation_date");
            copy(stored, "consentRequestReference", context, "consent_request_reference");
        } else {
            copy(stored, "usage", actionProperties, "usage");
            copy(stored, "platform", actionProperties, "platform");
            copy(stored, "recordingConsentRequestReference", context, "recording_consent_request_reference");
            copy(stored, "publicationConsentRequestReference", context, "publication_consent_request_reference");
        }
        JsonObjectBuilder resource = JSON.createObjectBuilder().add("type", recording ? "conversation" : "recording");
        copy(stored, "authority", resource, "id");
        JsonObjectBuilder request = JSON.createObjectBuilder()
                .add("subject", subject)
                .add("action", action.add("properties", actionProperties))
                .add("resource", resource);
        JsonObject contextObject = context.build();
        if (!contextObject.isEmpty()) {
            request.add("context", contextObject);
        }
        return request.build();
    }

    /**
     * The answer, as the AuthZEN API gives it when the decision is made (adapter.authzen renders its answers here, so
     * that a decision-log record shows exactly what was answered). {@code rules} are those of the policy version that
     * decided, for each cited rule's sentence; a rule not among them (a record from before the archive of policy
     * versions) is given by id alone.
     */
    public static JsonObject response(String responseJson, Map<String, Rule> rules, GatewayTexts texts) {
        JsonObject stored = read(responseJson);
        String outcome = stored.getString("outcome");
        JsonObjectBuilder context = JSON.createObjectBuilder()
                .add("outcome", outcome)
                .add("decision_id", stored.getString("decisionId"));
        text(stored, "consentGrantor").ifPresent(grantor -> context.add("consent_required_from", grantor));
        JsonArray ruleIds = stored.getJsonArray("rules");
        JsonObject version = stored.getJsonObject("policyVersion");
        context.add("reason_user", stored.getJsonObject("explanation"))
                .add("reason_admin", adminReason(texts, outcome, ruleIds, version, stored.getString("decisionId")))
                .add("rules", rules(ruleIds, rules))
                .add("obligations", references("obl", stored.getJsonArray("obligations")))
                .add("advice", references("adv", stored.getJsonArray("advice")))
                .add("consequences", references("csq", stored.getJsonArray("consequences")))
                .add("policy_version", version.getString("version"));
        return JSON.createObjectBuilder()
                .add("decision", "PERMITTED".equals(outcome))
                .add("context", context)
                .build();
    }

    /** For whoever reads the log: the outcome, the rules by id, the policy version and the record to look up. */
    private static JsonObject adminReason(GatewayTexts texts, String outcome, JsonArray ruleIds,
                                          JsonObject policyVersion, String decisionId) {
        String ids = String.join(", ", ruleIds.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
        String version = policyVersion.getString("version") + ", " + policyVersion.getString("effectiveFrom");
        BilingualText reason = texts.fill(GatewayText.ADMIN_REASON, Map.of("outcome", same(outcome),
                "rules", same(ids), "policyVersion", same(version), "decisionId", same(decisionId)));
        return JSON.createObjectBuilder().add("nl", reason.nl()).add("en", reason.en()).build();
    }

    /** A parameter that reads the same in both languages: a code, an id. */
    private static BilingualText same(String text) {
        return new BilingualText(text, text);
    }

    private static JsonArray rules(JsonArray ids, Map<String, Rule> rules) {
        JsonArrayBuilder cited = JSON.createArrayBuilder();
        for (JsonValue id : ids) {
            String ruleId = ((JsonString) id).getString();
            JsonObjectBuilder rule = JSON.createObjectBuilder().add("id", ruleId);
            Optional.ofNullable(rules.get(ruleId)).ifPresent(known -> rule.add("source", known.source().text()));
            cited.add(rule);
        }
        return cited.build();
    }

    /**
     * Obligations, advice, consequences, each {code, ruleId} as {@code {id: "obl-1", type: "custom", properties: {code,
     * rule_id}}} (AuthZEN obligations profile, draft 1), numbered in the policy's order.
     */
    private static JsonArray references(String prefix, JsonArray stored) {
        JsonArrayBuilder references = JSON.createArrayBuilder();
        if (stored != null) {
            int number = 0;
            for (JsonObject reference : stored.getValuesAs(JsonObject.class)) {
                references.add(JSON.createObjectBuilder()
                        .add("id", prefix + "-" + ++number)
                        .add("type", OBLIGATION_TYPE)
                        .add("properties", JSON.createObjectBuilder()
                                .add("code", reference.getString("code"))
                                .add("rule_id", reference.getString("ruleId"))));
            }
        }
        return references.build();
    }

    private static void copy(JsonObject from, String field, JsonObjectBuilder to, String as) {
        text(from, field).ifPresent(value -> to.add(as, value));
    }

    private static Optional<String> text(JsonObject object, String field) {
        JsonValue value = object.get(field);
        return value instanceof JsonString string ? Optional.of(string.getString()) : Optional.empty();
    }

    static JsonObject read(String json) {
        try (var reader = READERS.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /**
     * The stored participant: {@code true} or {@code false}; records written before questions were parsed at the edge
     * hold it as the caller sent it, which xs:boolean also allows as {@code 1} or {@code 0}.
     */
    private static Optional<Boolean> xsBoolean(String text) {
        return switch (text) {
            case "true", "1" -> Optional.of(Boolean.TRUE);
            case "false", "0" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }
}
