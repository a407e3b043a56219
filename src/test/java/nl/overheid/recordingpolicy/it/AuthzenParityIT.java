package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same question over REST and over AuthZEN gets the same answer: outcome, rules, whose consent, explanation,
 * obligations, advice, consequences and policy version; for bad input the same fields (by their AuthZEN paths) with
 * the same reasons. SoapRestParityIT holds SOAP to REST on the same questions, so all three protocols agree.
 */
class AuthzenParityIT extends DeployedGateway {

    /** REST's field names and the AuthZEN paths that carry them (docs/authzen.md). */
    private static final Map<String, String> PATHS = Map.of(
            "authority", "resource.id", "medium", "action.properties.medium",
            "participant", "subject.properties.participant", "conversationDate", "context.conversation_date",
            "usage", "action.properties.usage");

    Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    /** SoapRestParityIT's recording questions but the one without any field: AuthZEN refuses it for its missing resource id. */
    static Stream<Arguments> recordingQuestions() {
        return SoapRestParityIT.recordingQuestions().filter(question -> question.get()[0] != null);
    }

    static Stream<Arguments> usageQuestions() {
        return SoapRestParityIT.usageQuestions();
    }

    @ParameterizedTest
    @MethodSource("recordingQuestions")
    void aRecordingQuestionGetsTheSameAnswerOverRestAndAuthzen(String authority, String medium, String participant,
                                                               String conversationDate) {
        String rest = "{" + String.join(",", Stream.of(
                field("authority", authority), field("medium", medium), literal("participant", participant),
                field("conversationDate", conversationDate)).filter(f -> !f.isEmpty()).toList()) + "}";
        String authzen = "{\"subject\":{\"type\":\"citizen\",\"id\":\"c-1\",\"properties\":{" + literal("participant", participant)
                + "}},\"action\":{\"name\":\"record\",\"properties\":{" + field("medium", medium) + "}},"
                + "\"resource\":{\"type\":\"conversation\",\"id\":\"" + authority + "\"},\"context\":{"
                + field("conversation_date", conversationDate) + "}}";

        assertEquals(restShape(http.postJson("/api/v1/recording-decisions", rest)),
                authzenShape(http.postJson(AuthzenIT.EVALUATION, authzen)), "question " + rest);
    }

    @ParameterizedTest
    @MethodSource("usageQuestions")
    void aUsageQuestionGetsTheSameAnswerOverRestAndAuthzen(String authority, String medium, String usage) {
        String rest = "{" + String.join(",", Stream.of(field("authority", authority), field("medium", medium),
                field("usage", usage)).filter(f -> !f.isEmpty()).toList()) + "}";
        String authzen = "{\"subject\":{\"type\":\"citizen\",\"id\":\"c-1\"},\"action\":{\"name\":\"use\",\"properties\":{"
                + String.join(",", Stream.of(field("medium", medium), field("usage", usage)).filter(f -> !f.isEmpty()).toList())
                + "}},\"resource\":{\"type\":\"recording\",\"id\":\"" + authority + "\"}}";

        assertEquals(restShape(http.postJson("/api/v1/usage-decisions", rest)),
                authzenShape(http.postJson(AuthzenIT.EVALUATION, authzen)), "question " + rest);
    }

    @Test
    void theComparisonSeesADifferenceWhenThereIsOne() {
        Object audio = restShape(http.postJson("/api/v1/recording-decisions",
                "{\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"participant\":true}"));
        Object video = authzenShape(http.postJson(AuthzenIT.EVALUATION, "{\"subject\":{\"type\":\"citizen\",\"id\":\"c\","
                + "\"properties\":{\"participant\":true}},\"action\":{\"name\":\"record\",\"properties\":{\"medium\":\"PHOTO\"}},"
                + "\"resource\":{\"type\":\"conversation\",\"id\":\"MUNICIPALITY\"}}"));
        assertNotEquals(audio, video);
    }

    private static String field(String name, String value) {
        return value == null ? "" : "\"" + name + "\":\"" + value + "\"";
    }

    private static String literal(String name, String value) {
        if (value == null) {
            return "";
        }
        return List.of("true", "false").contains(value) ? "\"" + name + "\":" + value : field(name, value);
    }

    private static Map<String, Object> restShape(HttpResponse<String> response) {
        JsonObject answer = Http.json(response);
        Map<String, Object> shape = new TreeMap<>();
        if (response.statusCode() == 400) {
            shape.put("invalid", answer.getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream()
                    .map(p -> PATHS.getOrDefault(p.getString("name"), p.getString("name")) + ": " + p.getString("reason"))
                    .sorted().toList());
            return shape;
        }
        assertEquals(200, response.statusCode(), response.body());
        shape.put("decision", "PERMITTED".equals(answer.getString("outcome")));
        shape.put("outcome", answer.getString("outcome"));
        shape.put("rules", answer.getJsonArray("rules").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        shape.put("consentGrantor", answer.getString("consentGrantor", null));
        shape.put("explanation", List.of(answer.getJsonObject("explanation").getString("nl"),
                answer.getJsonObject("explanation").getString("en")));
        for (String list : List.of("obligations", "advice", "consequences")) {
            shape.put(list, answer.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                    .map(o -> o.getString("code") + "/" + o.getString("ruleId")).toList());
        }
        shape.put("policyVersion", answer.getJsonObject("policyVersion").getString("version"));
        return shape;
    }

    private static Map<String, Object> authzenShape(HttpResponse<String> response) {
        JsonObject answer = Http.json(response);
        Map<String, Object> shape = new TreeMap<>();
        if (response.statusCode() == 400) {
            shape.put("invalid", answer.getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream()
                    .map(p -> p.getString("name") + ": " + p.getString("reason")).sorted().toList());
            return shape;
        }
        assertEquals(200, response.statusCode(), response.body());
        JsonObject context = answer.getJsonObject("context");
        shape.put("decision", answer.getBoolean("decision"));
        shape.put("outcome", context.getString("outcome"));
        shape.put("rules", context.getJsonArray("rules").getValuesAs(JsonObject.class).stream()
                .map(rule -> rule.getString("id")).toList());
        shape.put("consentGrantor", context.getString("consent_required_from", null));
        shape.put("explanation", List.of(context.getJsonObject("reason_user").getString("nl"),
                context.getJsonObject("reason_user").getString("en")));
        for (String list : List.of("obligations", "advice", "consequences")) {
            shape.put(list, context.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                    .map(o -> o.getJsonObject("properties").getString("code") + "/"
                            + o.getJsonObject("properties").getString("rule_id")).toList());
        }
        shape.put("policyVersion", context.getString("policy_version"));
        return shape;
    }
}
