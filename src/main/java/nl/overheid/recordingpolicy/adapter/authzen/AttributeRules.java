package nl.overheid.recordingpolicy.adapter.authzen;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import nl.overheid.recordingpolicy.application.configuration.GatewayConfiguration;

/**
 * An optional table of attribute rules for resource types other than the gateway's own (conversation, recording):
 * first matching rule wins, no match is a deny. Read from the JSON file {@code gateway.authzen.rules}
 * (GATEWAY_AUTHZEN_RULES) at start; without it such types are unknown. The integration tests load the AuthZEN
 * certification fixture this way (src/test/resources/authzen/certification-rules.json); it is data, not code.
 *
 * <pre>{"rules": [{"id": "…", "description": "…", "when": {"subject.id": "alice", "action.name": "read"},
 *                  "decision": true}, …]}</pre>
 *
 * A malformed file stops the deployment, naming the file and the rule: a table half read would answer wrongly.
 */
@ApplicationScoped
public class AttributeRules {

    public static final String PROPERTY = "gateway.authzen.rules";
    public static final String ENV = "GATEWAY_AUTHZEN_RULES";
    private static final List<String> ROOTS = List.of("subject", "action", "resource", "context");
    private static final Logger LOG = Logger.getLogger(AttributeRules.class.getName());

    private volatile Optional<List<AttributeRule>> rules = Optional.empty();

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        GatewayConfiguration.setting(PROPERTY, ENV).map(Path::of).ifPresent(file -> {
            rules = Optional.of(read(file));
            LOG.info(() -> "AuthZEN attribute rules: " + rules.orElseThrow().size() + " from " + file);
        });
    }

    /** Whether a table is configured (else resource types other than the gateway's own are unknown). */
    boolean configured() {
        return rules.isPresent();
    }

    /** The first rule that matches the evaluation; empty when none does (a deny). */
    Optional<AttributeRule> firstMatch(Evaluation evaluation) {
        JsonObject attributes = evaluation.asObject();
        return rules.orElse(List.of()).stream().filter(rule -> rule.matches(attributes)).findFirst();
    }

    /** For tests: a table given directly. */
    static AttributeRules of(List<AttributeRule> table) {
        AttributeRules rules = new AttributeRules();
        rules.rules = Optional.of(List.copyOf(table));
        return rules;
    }

    static List<AttributeRule> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonReader json = Json.createReader(reader)) {
            return parse(json.readObject(), file.toString());
        } catch (IOException | JsonException | ClassCastException e) {
            throw new IllegalStateException(PROPERTY + ": cannot read the attribute rules in " + file + ": "
                    + e.getMessage(), e);
        }
    }

    static List<AttributeRule> parse(JsonObject table, String source) {
        if (!(table.get("rules") instanceof jakarta.json.JsonArray lines)) {
            throw invalid(source, "has no \"rules\" array");
        }
        List<AttributeRule> parsed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String where = "rule " + (i + 1);
            if (!(lines.get(i) instanceof JsonObject line)) {
                throw invalid(source, where + " is not an object");
            }
            if (!(line.get("id") instanceof JsonString id) || id.getString().isBlank()) {
                throw invalid(source, where + " has no id");
            }
            where = "rule " + id.getString();
            if (!(line.get("when") instanceof JsonObject when)) {
                throw invalid(source, where + " has no \"when\" object");
            }
            JsonValue decision = line.get("decision");
            if (decision != JsonValue.TRUE && decision != JsonValue.FALSE) {
                throw invalid(source, where + " has no boolean \"decision\"");
            }
            Map<String, JsonValue> conditions = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> condition : when.entrySet()) {
                if (!ROOTS.contains(condition.getKey().split("\\.")[0])) {
                    throw invalid(source, where + " names " + condition.getKey()
                            + ", not an attribute of subject, action, resource or context");
                }
                conditions.put(condition.getKey(), condition.getValue());
            }
            String description = line.get("description") instanceof JsonString text ? text.getString() : id.getString();
            parsed.add(new AttributeRule(id.getString(), description, conditions, decision == JsonValue.TRUE));
        }
        return parsed;
    }

    private static IllegalStateException invalid(String source, String what) {
        return new IllegalStateException(PROPERTY + ": the attribute rules in " + source + ": " + what);
    }
}
