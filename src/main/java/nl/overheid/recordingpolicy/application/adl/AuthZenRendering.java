package nl.overheid.recordingpolicy.application.adl;

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

import nl.overheid.recordingpolicy.application.validation.BooleanTexts;
import nl.overheid.recordingpolicy.domain.policy.Rule;

/**
 * A stored recording or usage question and its answer (the contracts' field names, as the decision log keeps them) in
 * AuthZEN form, after the team's AuthZEN mapping: subject the citizen, action {@code record} or {@code use} with the
 * medium (and the use, and the platform), resource the conversation or the recording at the authority, the rest as
 * snake_case context; the answer's {@code decision} true only for PERMITTED, with the outcome and its grounds as
 * context. The citizen's identity is never in the stored question, so the subject has no {@code id}: the record says so
 * ({@link AdlRecordRendering#OMITTED}).
 */
final class AuthZenRendering {

    static final String RECORDING = "recording_decision";
    static final String USAGE = "usage_decision";

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private AuthZenRendering() {
    }

    /** The question of a {@link #RECORDING} or {@link #USAGE} record. */
    static JsonObject request(String event, String requestJson) {
        JsonObject stored = read(requestJson);
        boolean recording = RECORDING.equals(event);
        JsonObjectBuilder subject = JSON.createObjectBuilder().add("type", "citizen");
        JsonObjectBuilder action = JSON.createObjectBuilder().add("name", recording ? "record" : "use");
        JsonObjectBuilder actionProperties = JSON.createObjectBuilder();
        copy(stored, "medium", actionProperties, "medium");
        JsonObjectBuilder context = JSON.createObjectBuilder();
        if (recording) {
            text(stored, "participant").map(BooleanTexts::parse).ifPresent(participant ->
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
     * The answer. {@code rules} are those of the policy version that decided, for each cited rule's sentence; a rule
     * not among them (a record from before the archive of policy versions) is given by id alone.
     */
    static JsonObject response(String responseJson, Map<String, Rule> rules) {
        JsonObject stored = read(responseJson);
        String outcome = stored.getString("outcome");
        JsonObjectBuilder context = JSON.createObjectBuilder()
                .add("outcome", outcome)
                .add("decision_id", stored.getString("decisionId"));
        if ("CONSENT_REQUIRED".equals(outcome)) {
            text(stored, "consentGrantor").ifPresent(grantor -> context.add("consent_required_from", grantor));
        }
        JsonArray ruleIds = stored.getJsonArray("rules");
        String version = stored.getJsonObject("policyVersion").getString("version");
        context.add("reason_user", stored.getJsonObject("explanation"))
                .add("reason_admin", adminReason(outcome, ruleIds, version))
                .add("rules", rules(ruleIds, rules))
                .add("obligations", references(stored.getJsonArray("obligations")))
                .add("advice", references(stored.getJsonArray("advice")))
                .add("consequences", references(stored.getJsonArray("consequences")))
                .add("policy_version", version);
        return JSON.createObjectBuilder()
                .add("decision", "PERMITTED".equals(outcome))
                .add("context", context)
                .build();
    }

    /** For whoever administers the policy: which rules of which version gave the outcome. */
    private static JsonObject adminReason(String outcome, JsonArray ruleIds, String version) {
        String ids = String.join(", ", ruleIds.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
        return JSON.createObjectBuilder()
                .add("nl", "Uitkomst " + outcome + " volgens de regels " + ids + " van beleidsversie " + version + ".")
                .add("en", "Outcome " + outcome + " under the rules " + ids + " of policy version " + version + ".")
                .build();
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

    /** Obligations, advice, consequences: {code, ruleId} as {code, rule_id}. */
    private static JsonArray references(JsonArray stored) {
        JsonArrayBuilder references = JSON.createArrayBuilder();
        if (stored != null) {
            for (JsonObject reference : stored.getValuesAs(JsonObject.class)) {
                references.add(JSON.createObjectBuilder()
                        .add("code", reference.getString("code"))
                        .add("rule_id", reference.getString("ruleId")));
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
}
