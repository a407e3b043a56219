package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document is the file in openapi/, and every operation it declares answers as declared: the
 * status, the API-Version header, and a body that fits the response schema (no undeclared fields, no missing
 * required ones). A new path in the contract without a request here fails the build.
 */
class OpenApiContractIT extends DeployedGateway {

    /** The keys of an OpenAPI Path Item that are operations (a path may also declare its own servers, parameters). */
    private static final java.util.Set<String> HTTP_METHODS =
            java.util.Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    Http http;
    JsonObject contract;

    @BeforeEach
    void read() {
        http = new Http(base);
        contract = Http.json(http.get("/api/v1/openapi.json"));
    }

    private Map<String, List<Supplier<HttpResponse<String>>>> exercises() {
        String later = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(40).toString();
        Map<String, List<Supplier<HttpResponse<String>>>> calls = new LinkedHashMap<>();
        calls.put("post /recording-decisions", List.of(
                () -> http.postJson("/api/v1/recording-decisions", "{\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"participant\":true,\"conversationDate\":\"" + later + "\"}"),
                () -> http.postJson("/api/v1/recording-decisions", "{\"authority\":\"UWV\",\"medium\":\"PHOTO\",\"participant\":true,\"conversationDate\":\"2026-01-05\"}"),
                () -> http.postJson("/api/v1/recording-decisions", "{\"authority\":\"MUNICIPALITY\",\"medium\":\"AUDIO\",\"participant\":true}"),
                () -> http.postJson("/api/v1/recording-decisions", "{\"authority\":\"UWV\",\"medium\":\"VIDEO\"}"),
                () -> http.post("/api/v1/recording-decisions", "text/plain", "UWV")));
        calls.put("post /usage-decisions", List.of(
                () -> http.postJson("/api/v1/usage-decisions", "{\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"usage\":\"PUBLISH\"}"),
                () -> http.postJson("/api/v1/usage-decisions", "{\"authority\":\"MUNICIPALITY\",\"medium\":\"AUDIO\",\"usage\":\"NAME_EMPLOYEE_ONLINE\"}"),
                () -> http.postJson("/api/v1/usage-decisions", "{\"authority\":\"MUNICIPALITY\"}")));
        calls.put("get /lead-time", List.of(
                () -> http.get("/api/v1/lead-time?authority=UWV&medium=VIDEO&conversationDate=2026-05-18&requestDate=2026-05-07"),
                () -> http.get("/api/v1/lead-time?authority=MUNICIPALITY&medium=VIDEO"),
                () -> http.get("/api/v1/lead-time?authority=UWV&medium=VIDEO")));
        calls.put("get /policies", List.of(() -> http.get("/api/v1/policies")));
        calls.put("get /policies/{authority}", List.of(
                () -> http.get("/api/v1/policies/MUNICIPALITY"),
                () -> http.get("/api/v1/policies/municipality")));
        calls.put("get /openapi.json", List.of(() -> http.get("/api/v1/openapi.json")));

        ItIdentities identities = ItIdentities.arquillian();
        Http caseSystem = http.as(identities, "case-system");
        Http officer = http.as(identities, "consent-officer");
        Http auditor = http.as(identities, "auditor");
        Http wrongPassword = http.withAuthorization(ItIdentities.basic("case-system", "not-the-password"));
        String caseReference = "IT-CONTRACT-" + java.util.UUID.randomUUID();
        String submission = "{\"kind\":\"RECORDING\",\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"conversationDate\":\""
                + later + "\",\"channel\":\"PHONE\",\"caseReference\":\"" + caseReference + "\"}";
        String reference = Http.json(caseSystem.postJson("/api/v1/consent-requests", submission)).getString("reference");
        String withdrawn = Http.json(caseSystem.postJson("/api/v1/consent-requests", submission)).getString("reference");
        String unknown = "CR-0000000000000000000000000A";
        calls.put("post /consent-requests", List.of(
                () -> caseSystem.postJson("/api/v1/consent-requests", submission),
                () -> caseSystem.postJson("/api/v1/consent-requests", "{\"kind\":\"RECORDING\"}"),
                () -> caseSystem.post("/api/v1/consent-requests", "text/plain", "x"),
                () -> http.postJson("/api/v1/consent-requests", submission),
                () -> wrongPassword.postJson("/api/v1/consent-requests", submission),
                () -> auditor.postJson("/api/v1/consent-requests", submission)));
        calls.put("get /consent-requests", List.of(
                () -> caseSystem.get("/api/v1/consent-requests?caseReference=" + caseReference + "&pageSize=1"),
                () -> caseSystem.get("/api/v1/consent-requests?caseReference=" + caseReference + "&page=0"),
                () -> http.get("/api/v1/consent-requests?caseReference=" + caseReference)));
        calls.put("get /consent-requests/{reference}", List.of(
                () -> caseSystem.get("/api/v1/consent-requests/" + reference),
                () -> caseSystem.get("/api/v1/consent-requests/" + unknown),
                () -> caseSystem.get("/api/v1/consent-requests/nope"),
                () -> http.get("/api/v1/consent-requests/" + reference)));
        calls.put("post /consent-requests/{reference}/decision", List.of(
                () -> auditor.postJson("/api/v1/consent-requests/" + reference + "/decision", "{\"decision\":\"GRANTED\"}"),
                () -> officer.postJson("/api/v1/consent-requests/" + reference + "/decision", "{\"decision\":\"GRANTED\"}"),
                () -> officer.postJson("/api/v1/consent-requests/" + reference + "/decision", "{\"decision\":\"DENIED\"}"),
                () -> officer.postJson("/api/v1/consent-requests/" + reference + "/decision", "{\"decision\":\"MAYBE\"}"),
                () -> officer.postJson("/api/v1/consent-requests/" + unknown + "/decision", "{\"decision\":\"DENIED\"}"),
                () -> http.postJson("/api/v1/consent-requests/" + reference + "/decision", "{\"decision\":\"DENIED\"}")));
        String contact = "{\"contactedAt\":\"" + java.time.OffsetDateTime.now(ZoneId.of("Europe/Amsterdam")).minusMinutes(1)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\",\"note\":\"called\",\"alternativeMedium\":\"AUDIO\"}";
        calls.put("post /consent-requests/{reference}/contacts", List.of(
                () -> officer.postJson("/api/v1/consent-requests/" + reference + "/contacts", contact),
                () -> officer.postJson("/api/v1/consent-requests/" + reference + "/contacts", "{\"note\":\"no date\"}"),
                () -> officer.postJson("/api/v1/consent-requests/" + unknown + "/contacts", contact),
                () -> caseSystem.postJson("/api/v1/consent-requests/" + reference + "/contacts", contact),
                () -> http.postJson("/api/v1/consent-requests/" + reference + "/contacts", contact)));
        calls.put("post /consent-requests/{reference}/withdrawal", List.of(
                () -> caseSystem.postJson("/api/v1/consent-requests/" + withdrawn + "/withdrawal", "{\"reason\":\"not needed\"}"),
                () -> caseSystem.postJson("/api/v1/consent-requests/" + withdrawn + "/withdrawal", "{}"),
                () -> http.postWithoutBody("/api/v1/consent-requests/" + withdrawn + "/withdrawal")));
        String decisionId = Http.json(caseSystem.get("/api/v1/consent-requests/" + reference))
                .getJsonArray("history").getJsonObject(0).getString("decisionId");
        calls.put("get /decisions/{decisionId}", List.of(
                () -> auditor.get("/api/v1/decisions/" + decisionId),
                () -> auditor.get("/api/v1/decisions/00000000-0000-0000-0000-000000000000"),
                () -> auditor.get("/api/v1/decisions/not-an-id"),
                () -> http.get("/api/v1/decisions/" + decisionId)));
        String usageDecisionId = Http.json(http.postJson("/api/v1/usage-decisions",
                "{\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"usage\":\"PUBLISH\"}")).getString("decisionId");
        calls.put("get /decisions/{decisionId}/adl-record", List.of(
                () -> auditor.get("/api/v1/decisions/" + usageDecisionId + "/adl-record"),
                () -> auditor.get("/api/v1/decisions/" + decisionId + "/adl-record"),
                () -> auditor.get("/api/v1/decisions/00000000-0000-0000-0000-000000000000/adl-record"),
                () -> auditor.get("/api/v1/decisions/not-an-id/adl-record"),
                () -> http.get("/api/v1/decisions/" + usageDecisionId + "/adl-record")));
        String policyVersionId = Http.json(auditor.get("/api/v1/decisions/" + usageDecisionId + "/adl-record"))
                .getJsonObject("attributes").getJsonObject("adl.core.policies").getJsonObject("recording-policy")
                .getString("id");
        calls.put("get /policy-versions/{policyVersionId}", List.of(
                () -> http.get("/api/v1/policy-versions/" + policyVersionId),
                () -> http.get("/api/v1/policy-versions/" + "0".repeat(64)),
                () -> http.get("/api/v1/policy-versions/2026.1")));
        Http municipalCaseSystem = http.as(identities, "case-system-gemeente");
        String acknowledgementCase = "IT-CONTRACT-" + java.util.UUID.randomUUID();
        String registration = AcknowledgementRestIT.registration("MUNICIPALITY", acknowledgementCase, "J. de Vries");
        String acknowledgement = Http.json(municipalCaseSystem.postJson("/api/v1/acknowledgements", registration))
                .getString("reference");
        String unknownAcknowledgement = "AK-3J8Z0K6D2W9QXN4T7VB1M5R8HC";
        calls.put("post /acknowledgements", List.of(
                () -> municipalCaseSystem.postJson("/api/v1/acknowledgements", registration),
                () -> municipalCaseSystem.postJson("/api/v1/acknowledgements", "{\"authority\":\"UWV\"}"),
                () -> municipalCaseSystem.post("/api/v1/acknowledgements", "text/plain", "x"),
                () -> http.postJson("/api/v1/acknowledgements", registration),
                () -> auditor.postJson("/api/v1/acknowledgements", registration)));
        calls.put("get /acknowledgements", List.of(
                () -> municipalCaseSystem.get("/api/v1/acknowledgements?caseReference=" + acknowledgementCase),
                () -> municipalCaseSystem.get("/api/v1/acknowledgements"),
                () -> http.get("/api/v1/acknowledgements?caseReference=" + acknowledgementCase)));
        calls.put("get /acknowledgements/{reference}", List.of(
                () -> municipalCaseSystem.get("/api/v1/acknowledgements/" + acknowledgement),
                () -> caseSystem.get("/api/v1/acknowledgements/" + acknowledgement),
                () -> municipalCaseSystem.get("/api/v1/acknowledgements/" + unknownAcknowledgement),
                () -> municipalCaseSystem.get("/api/v1/acknowledgements/nope"),
                () -> http.get("/api/v1/acknowledgements/" + acknowledgement)));
        calls.put("get /acknowledgements/{reference}/form", List.of(
                () -> accepting(municipalCaseSystem, "/api/v1/acknowledgements/" + acknowledgement + "/form", "application/pdf"),
                () -> accepting(municipalCaseSystem, "/api/v1/acknowledgements/" + acknowledgement + "/form?lang=en", "text/html"),
                () -> accepting(caseSystem, "/api/v1/acknowledgements/" + acknowledgement + "/form", "application/pdf"),
                () -> accepting(municipalCaseSystem, "/api/v1/acknowledgements/" + acknowledgement + "/form?lang=fr", "application/pdf"),
                () -> municipalCaseSystem.get("/api/v1/acknowledgements/" + acknowledgement + "/form"),
                () -> accepting(http, "/api/v1/acknowledgements/" + acknowledgement + "/form", "application/pdf")));
        calls.put("get /acknowledgement-forms/{authority}", List.of(
                () -> accepting(http, "/api/v1/acknowledgement-forms/MUNICIPALITY", "application/pdf"),
                () -> accepting(http, "/api/v1/acknowledgement-forms/GM0000?lang=en", "text/html"),
                () -> accepting(http, "/api/v1/acknowledgement-forms/UWV", "application/pdf"),
                () -> http.get("/api/v1/acknowledgement-forms/MUNICIPALITY")));
        String record = "{\"subject\":{\"type\":\"citizen\",\"id\":\"c-1\",\"properties\":{\"participant\":true}},"
                + "\"action\":{\"name\":\"record\",\"properties\":{\"medium\":\"VIDEO\"}},"
                + "\"resource\":{\"type\":\"conversation\",\"id\":\"UWV\"},\"context\":{\"conversation_date\":\"" + later + "\"}}";
        String fixture = "{\"subject\":{\"type\":\"user\",\"id\":\"alice\"},\"action\":{\"name\":\"read\"},"
                + "\"resource\":{\"type\":\"record\",\"id\":\"record-1\"}}";
        calls.put("post /evaluation", List.of(
                () -> http.postJson(AuthzenIT.EVALUATION, record),
                () -> http.postJson(AuthzenIT.EVALUATION, fixture),
                () -> http.postJson(AuthzenIT.EVALUATION, fixture.replace("record-1", "record-2").replace("\"record\"", "\"spaceship\"")),
                () -> http.postJson(AuthzenIT.EVALUATION, record.replace("VIDEO", "HOLOGRAM")),
                () -> http.postJson(AuthzenIT.EVALUATION, "{}"),
                () -> wrongPassword.postJson(AuthzenIT.EVALUATION, record)));
        calls.put("post /evaluations", List.of(
                () -> http.postJson(AuthzenIT.EVALUATIONS, "{\"evaluations\":[" + record + "," + fixture + ",{}]}"),
                () -> http.postJson(AuthzenIT.EVALUATIONS, record),
                () -> http.postJson(AuthzenIT.EVALUATIONS, "{\"evaluations\":[],\"options\":{\"evaluations_semantic\":\"some\"}}"),
                () -> wrongPassword.postJson(AuthzenIT.EVALUATIONS, record)));
        calls.put("get /.well-known/authzen-configuration", List.of(() -> http.get(AuthzenIT.METADATA)));
        return calls;
    }

    /** A GET that asks for a form's media type (the error, if any, comes as problem+json). */
    private static HttpResponse<String> accepting(Http client, String path, String mediaType) {
        return client.send(java.net.http.HttpRequest.newBuilder(client.uri(path))
                .header("Accept", mediaType + ", application/problem+json").GET());
    }

    @Test
    void theServedDocumentIsTheFileInTheRepository() throws Exception {
        assertEquals(Files.readString(Path.of("openapi/openapi.json")), http.get("/api/v1/openapi.json").body());
    }

    @Test
    void everyDeclaredOperationIsExercised() {
        TreeSet<String> declared = new TreeSet<>();
        contract.getJsonObject("paths").forEach((path, item) ->
                item.asJsonObject().keySet().stream().filter(HTTP_METHODS::contains)
                        .forEach(method -> declared.add(method + " " + path)));

        assertEquals(declared, new TreeSet<>(exercises().keySet()));
    }

    @Test
    void everyAnswerIsDeclaredWithItsStatusHeaderAndSchema() {
        List<String> violations = new ArrayList<>();
        exercises().forEach((operation, calls) -> {
            String[] methodAndPath = operation.split(" ", 2);
            JsonObject responses = contract.getJsonObject("paths").getJsonObject(methodAndPath[1])
                    .getJsonObject(methodAndPath[0]).getJsonObject("responses");
            for (Supplier<HttpResponse<String>> call : calls) {
                HttpResponse<String> response = call.get();
                String status = Integer.toString(response.statusCode());
                String where = operation + " -> " + status;
                if (!responses.containsKey(status)) {
                    violations.add(where + " is not a declared response");
                    continue;
                }
                JsonObject declared = SchemaCheck.resolve(contract, responses.getJsonObject(status));
                if (declared.containsKey("headers") && declared.getJsonObject("headers").containsKey("API-Version")
                        && response.headers().firstValue("API-Version").isEmpty()) {
                    violations.add(where + " lacks the API-Version header");
                }
                String mediaType = response.headers().firstValue("Content-Type").orElse("").split(";")[0];
                JsonObject content = declared.getJsonObject("content");
                if (content == null || !content.containsKey(mediaType)) {
                    violations.add(where + " answered " + mediaType + ", declared " + (content == null ? "none" : content.keySet()));
                    continue;
                }
                if (!mediaType.endsWith("json")) {
                    continue; // a printable form (PDF, HTML): status, header and media type are what the contract says of it
                }
                SchemaCheck.violations(contract, content.getJsonObject(mediaType).getJsonObject("schema"), Http.json(response))
                        .forEach(violation -> violations.add(where + ": " + violation));
            }
        });

        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void theSchemaCheckFindsAnUndeclaredField() {
        JsonObject decisionSchema = contract.getJsonObject("components").getJsonObject("schemas").getJsonObject("Decision");
        JsonObject answer = Http.json(http.postJson("/api/v1/usage-decisions",
                "{\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"usage\":\"PUBLISH\"}"));
        JsonObject tampered = jakarta.json.Json.createObjectBuilder(answer).add("verdict", "yes").remove("outcome").build();

        List<String> violations = SchemaCheck.violations(contract, decisionSchema, tampered);

        assertTrue(SchemaCheck.violations(contract, decisionSchema, answer).isEmpty());
        assertEquals(List.of("$ lacks required field outcome", "$.verdict is not declared in the contract"), violations);
        assertFalse(violations.isEmpty());
    }
}
