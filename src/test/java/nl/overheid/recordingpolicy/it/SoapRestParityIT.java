package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
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

import nl.overheid.recordingpolicy.contract.soap.v1.RecordingPolicyPortType;
import nl.overheid.recordingpolicy.contract.soap.v1.RequestFault;
import nl.overheid.recordingpolicy.contract.soap.v1.RequestFault_Exception;

/**
 * The same question over SOAP and over REST gets the same answer: every field of the decision (but its id),
 * and for bad input the same invalid fields with the same reasons. One table of questions, both protocols.
 */
class SoapRestParityIT extends DeployedGateway {

    Http http;
    RecordingPolicyPortType soap;

    @BeforeEach
    void clients() {
        http = new Http(base);
        soap = SoapClient.port(base);
    }

    private static String inDays(int days) {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(days).toString();
    }

    static Stream<Arguments> recordingQuestions() {
        return Stream.of(
                Arguments.of("UWV", "AUDIO", "true", null),
                Arguments.of("UWV", "AUDIO", "true", inDays(-20)),
                Arguments.of("UWV", "VIDEO", "true", inDays(45)),
                Arguments.of("UWV", "PHOTO", "true", inDays(90)),
                Arguments.of("UWV", "VIDEO", "true", inDays(2)),
                Arguments.of("UWV", "VIDEO", "true", inDays(-7)),
                Arguments.of("UWV", "VIDEO", "true", "2027-12-25"),
                Arguments.of("UWV", "VIDEO", "false", inDays(45)),
                Arguments.of("MUNICIPALITY", "VIDEO", "true", null),
                Arguments.of("MUNICIPALITY", "PHOTO", "true", inDays(-3)),
                Arguments.of("MUNICIPALITY", "AUDIO", "false", null),
                // bad input: both protocols name the same fields with the same reasons
                Arguments.of("UWX", "VIDEO", "true", inDays(45)),
                Arguments.of("UWV", "VIDEO", "true", null),
                Arguments.of("UWV", "HOLOGRAM", "maybe", "2026-13-01"),
                Arguments.of(null, null, null, null));
    }

    @ParameterizedTest
    @MethodSource("recordingQuestions")
    void evaluateRecordingAndPostRecordingDecisionsGiveTheSameAnswer(String authority, String medium,
                                                                     String participant, String conversationDate) {
        Map<String, String> body = fields("authority", authority, "medium", medium, "conversationDate", conversationDate);
        String json = json(body, participant);

        Object rest = restAnswer(http.postJson("/api/v1/recording-decisions", json));
        Object soapAnswer = soapAnswer(() -> soap.evaluateRecording(authority, medium, participant, conversationDate, null));

        assertEquals(rest, soapAnswer, "question " + json);
    }

    static Stream<Arguments> usageQuestions() {
        Stream<Arguments> valid = Stream.of("UWV", "MUNICIPALITY").flatMap(authority ->
                Stream.of("PRIVATE_LISTENING", "SHARE_PRIVATE_CIRCLE", "SHARE_WITH_ADVISER", "SHARE_WITH_THIRD_PARTIES",
                                "PUBLISH", "EDIT_AND_PUBLISH_FRAGMENTS", "NAME_EMPLOYEE_ONLINE")
                        .map(usage -> Arguments.of(authority, "VIDEO", usage)));
        return Stream.concat(valid, Stream.of(
                Arguments.of("UWV", "AUDIO", "SELL"),
                Arguments.of("MUNICIPALITY", null, "PUBLISH")));
    }

    @ParameterizedTest
    @MethodSource("usageQuestions")
    void evaluateUsageAndPostUsageDecisionsGiveTheSameAnswer(String authority, String medium, String usage) {
        String json = json(fields("authority", authority, "medium", medium, "usage", usage), null);

        Object rest = restAnswer(http.postJson("/api/v1/usage-decisions", json));
        Object soapAnswer = soapAnswer(() -> soap.evaluateUsage(authority, medium, usage, null, null, null));

        assertEquals(rest, soapAnswer, "question " + json);
    }

    static Stream<Arguments> leadTimeQuestions() {
        return Stream.of(
                Arguments.of("UWV", "VIDEO", "2026-05-18", "2026-05-07"),
                Arguments.of("UWV", "PHOTO", "2026-05-18", "2026-05-08"),
                Arguments.of("UWV", "VIDEO", inDays(30), null),
                Arguments.of("UWV", "VIDEO", "2026-04-27", "2026-04-20"),
                Arguments.of("UWV", "AUDIO", null, null),
                Arguments.of("MUNICIPALITY", "VIDEO", inDays(3), null),
                Arguments.of("UWV", "VIDEO", null, null),
                Arguments.of("UWV", "VIDEO", "2026-05-18", "7 mei"));
    }

    @ParameterizedTest
    @MethodSource("leadTimeQuestions")
    void getLeadTimeStatusAndGetLeadTimeGiveTheSameAnswer(String authority, String medium, String conversationDate,
                                                          String requestDate) {
        String query = query(fields("authority", authority, "medium", medium, "conversationDate", conversationDate,
                "requestDate", requestDate));

        Object rest = restAnswer(http.get("/api/v1/lead-time" + query));
        Object soapAnswer = soapAnswer(() -> soap.getLeadTimeStatus(authority, medium, conversationDate, requestDate));

        assertEquals(rest, soapAnswer, "question " + query);
    }

    @Test
    void listPoliciesAndGetPoliciesGiveTheSameRules() {
        assertEquals(restAnswer(http.get("/api/v1/policies")), soapAnswer(() -> soap.listPolicies(null)));
        assertEquals(restAnswer(http.get("/api/v1/policies/UWV")), soapAnswer(() -> soap.listPolicies("UWV")));
        assertEquals(restAnswer(http.get("/api/v1/policies/MUNICIPALITY")), soapAnswer(() -> soap.listPolicies("MUNICIPALITY")));
        assertEquals(restAnswer(http.get("/api/v1/policies/GGD")), soapAnswer(() -> soap.listPolicies("GGD")));
    }

    @Test
    void theComparisonSeesADifferenceWhenThereIsOne() {
        Object audio = soapAnswer(() -> soap.evaluateRecording("UWV", "AUDIO", "true", null, null));
        Object video = soapAnswer(() -> soap.evaluateRecording("UWV", "VIDEO", "true", inDays(45), null));

        assertNotEquals(audio, video);
        assertTrue(((Map<?, ?>) audio).containsKey("explanation"));
        assertFalse(((Map<?, ?>) audio).containsKey("decisionId"), "ids differ per call and are left out");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** A 200 answer without its decisionId; a 400 as its detail and invalid params (what a fault also carries). */
    private static Object restAnswer(HttpResponse<String> response) {
        JsonObject body = Http.json(response);
        if (response.statusCode() == 400) {
            return errorShape(body.getString("detail"), Shapes.of(body.getJsonArray("invalidParams")));
        }
        assertEquals(200, response.statusCode(), response.body());
        return Shapes.without(Shapes.of(body), "decisionId");
    }

    private static Object soapAnswer(SoapCall call) {
        try {
            return Shapes.without(Shapes.of(call.invoke()), "decisionId");
        } catch (RequestFault_Exception e) {
            RequestFault fault = e.getFaultInfo();
            return errorShape(fault.getDetail(), Shapes.of(fault.getInvalidParams()));
        } catch (Exception e) {
            throw new AssertionError("the SOAP call failed otherwise than with a RequestFault", e);
        }
    }

    private static Map<String, Object> errorShape(String detail, Object invalidParams) {
        Map<String, Object> shape = new TreeMap<>();
        shape.put("error", detail);
        shape.put("invalidParams", invalidParams);
        return shape;
    }

    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                fields.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return fields;
    }

    /** participant goes as a JSON boolean when it is one, otherwise as the string the SOAP caller sends. */
    private static String json(Map<String, String> fields, String participant) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() > 1 ? "," : "")
                .append('"').append(name).append("\":\"").append(value).append('"'));
        if (participant != null) {
            boolean literal = List.of("true", "false").contains(participant);
            json.append(json.length() > 1 ? "," : "").append("\"participant\":")
                    .append(literal ? participant : "\"" + participant + "\"");
        }
        return json.append('}').toString();
    }

    private static String query(Map<String, String> fields) {
        StringBuilder query = new StringBuilder();
        fields.forEach((name, value) -> query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    @FunctionalInterface
    private interface SoapCall {
        Object invoke() throws Exception;
    }
}
