package nl.overheid.recordingpolicy.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The NL API Design Rules that a linter can check, enforced on openapi/openapi.json in every build. The checks
 * live in {@link DesignRules}; the first group asserts that the real contract has no violations, the second
 * proves each check catches a violation by running it on a deliberately broken copy of the same document.
 */
class OpenApiDesignRulesTest {

    private static String json;

    @BeforeAll
    static void readContract() {
        json = DesignRules.readContract();
    }

    /** A fresh, mutable model of the contract. */
    private static OpenAPI contract() {
        return DesignRules.parse(json);
    }

    /**
     * The violations a rule reports on the contract after {@code mutation} that it does not report on the contract
     * as it is: so these tests show what the checker catches even while the real document has other defects
     * (which {@link TheContract} reports).
     */
    private static List<String> violations(Consumer<OpenAPI> mutation, Function<DesignRules, List<String>> rule) {
        List<String> before = rule.apply(new DesignRules(contract()));
        OpenAPI api = contract();
        mutation.accept(api);
        return rule.apply(new DesignRules(api)).stream().filter(violation -> !before.contains(violation)).toList();
    }

    private static void assertNoViolations(List<String> violations) {
        assertTrue(violations.isEmpty(),
                () -> violations.size() + " violation(s) of the design rules in " + DesignRules.OPENAPI_FILE + ":\n  "
                        + String.join("\n  ", violations));
    }

    /** The mutated document breaks the rule exactly once, and the message names what broke it. */
    private static void assertSingleViolationNaming(List<String> violations, String... fragments) {
        assertEquals(1, violations.size(), () -> "expected exactly one violation, got " + violations);
        for (String fragment : fragments) {
            assertTrue(violations.get(0).contains(fragment),
                    () -> "violation '" + violations.get(0) + "' does not name '" + fragment + "'");
        }
    }

    private static Operation operation(OpenAPI api, String path, PathItem.HttpMethod method) {
        PathItem item = api.getPaths().get(path);
        Operation operation = item == null ? null : item.readOperationsMap().get(method);
        if (operation == null) {
            throw new IllegalStateException("the contract has no " + method + " " + path + "; update this test");
        }
        return operation;
    }

    @Nested
    class TheContract {

        private final DesignRules rules = new DesignRules(contract());

        @Test
        void isValidOpenApi3WithoutParserMessages() {
            SwaggerParseResult result = DesignRules.parseResult(json);
            assertEquals(List.of(), result.getMessages(), "swagger-parser reports problems in " + DesignRules.OPENAPI_FILE);
            assertNoViolations(rules.openApiVersion());
        }

        @Test
        void hasSemanticVersionAndFullContact() {
            assertNoViolations(rules.info());
        }

        @Test
        void putsTheMajorVersionInTheServerUrl() {
            assertNoViolations(rules.majorVersionInServerUrl());
            assertTrue(contract().getServers().stream().allMatch(server -> server.getUrl().endsWith("/v1")),
                    "version 1.x.y of the API is served under /v1");
        }

        @Test
        void declaresApiVersionHeaderOnEverySuccessResponse() {
            assertNoViolations(rules.apiVersionHeaderOnSuccess());
        }

        @Test
        void answersEveryErrorWithProblemDetails() {
            assertNoViolations(rules.problemDetailsOnErrors());
        }

        @Test
        void declares400ForEveryOperationThatTakesInput() {
            assertNoViolations(rules.badRequestWhereInputIsTaken());
        }

        @Test
        void usesKebabCasePathsAndLowerCamelCasePathParameters() {
            assertNoViolations(rules.kebabCasePaths());
        }

        @Test
        void usesLowerCamelCaseQueryParameters() {
            assertNoViolations(rules.lowerCamelCaseQueryParameters());
        }

        @Test
        void declaresEveryDateAsStringWithFormatDate() {
            assertNoViolations(rules.datesAreFormatDate());
        }

        @Test
        void givesEveryOperationAUniqueIdAndASummary() {
            assertNoViolations(rules.operationIdsAndSummaries());
        }

        /** Guards the checks against passing vacuously because they looked at nothing. */
        @Test
        void isWalkedOperationByOperation() {
            assertEquals(List.of("decideConsentRequest", "evaluateAccess", "evaluateAccessBatch",
                            "evaluateRecording", "evaluateUsage", "findAcknowledgements", "findConsentRequests",
                            "getAcknowledgement", "getAcknowledgementForm", "getAdlRecord",
                            "getAuthzenConfiguration", "getConsentRequest", "getDecisionRecord",
                            "getFilledAcknowledgementForm", "getLeadTimeStatus", "getOpenApiDocument",
                            "getPolicyVersion", "listPolicies", "listPoliciesOfAuthority", "recordConsentContact",
                            "registerAcknowledgement",
                            "submitConsentRequest",
                            "withdrawConsentRequest"),
                    rules.operations().stream().map(op -> op.operation().getOperationId()).sorted().toList(),
                    "operationIds found by the checker");
        }
    }

    @Nested
    class TheCheckerReports {

        @Test
        void parserMessagesForAnInvalidDocument() {
            String withoutDescription = json.replaceFirst("\"description\": \"The rules of the policy version in force.\",", "");
            assertFalse(withoutDescription.equals(json), "the mutation must apply");
            List<String> before = DesignRules.parseResult(json).getMessages();
            List<String> messages = DesignRules.parseResult(withoutDescription).getMessages().stream()
                    .filter(message -> !before.contains(message)).toList();
            assertEquals(1, messages.size(), () -> "messages: " + messages);
            assertTrue(messages.get(0).contains("description"), messages.get(0));
        }

        @Test
        void aNonOpenApi3Version() {
            assertSingleViolationNaming(violations(api -> api.setOpenapi("2.0"), DesignRules::openApiVersion), "'2.0'");
        }

        @ParameterizedTest(name = "info.version \"{0}\"")
        @ValueSource(strings = {"1.0", "1", "v1.0.0", "1.0.0-SNAPSHOT", "01.0.0"})
        void aVersionThatIsNotSemantic(String version) {
            assertSingleViolationNaming(violations(api -> api.getInfo().setVersion(version), DesignRules::info),
                    "info.version", version);
        }

        @ParameterizedTest(name = "without info.contact.{0}")
        @ValueSource(strings = {"name", "email", "url"})
        void anIncompleteContact(String field) {
            assertSingleViolationNaming(violations(api -> {
                switch (field) {
                    case "name" -> api.getInfo().getContact().setName(null);
                    case "email" -> api.getInfo().getContact().setEmail(" ");
                    default -> api.getInfo().getContact().setUrl(null);
                }
            }, DesignRules::info), "info.contact." + field);
        }

        @ParameterizedTest(name = "server url \"{0}\" with info.version {1}")
        @CsvSource({
            "/api,        1.0.0",
            "/api/v1/,    1.0.0",
            "/api/v1,     2.0.0",
            "/api/v10,    1.0.0",
        })
        void aServerUrlWithoutTheMajorVersion(String url, String version) {
            assertSingleViolationNaming(violations(api -> {
                api.getInfo().setVersion(version);
                api.setServers(List.of(new Server().url(url)));
                api.getPaths().values().forEach(item -> item.setServers(null)); // the document's servers only
            }, DesignRules::majorVersionInServerUrl), "'" + url + "'");
        }

        @Test
        void aPathsOwnServerWithoutTheMajorVersion() {
            assertSingleViolationNaming(violations(
                    api -> api.getPaths().get("/evaluation").setServers(List.of(new Server().url("/access"))),
                    DesignRules::majorVersionInServerUrl), "path '/evaluation'", "'/access'", "'/v1'");
        }

        @Test
        void aWellKnownPathIsWhereRfc8615PutsItWithoutAVersionOrKebabCase() {
            assertEquals(List.of(), violations(api -> api.getPaths().addPathItem("/.well-known/openid-configuration",
                            new PathItem().servers(List.of(new Server().url("/")))), DesignRules::majorVersionInServerUrl));
            assertEquals(List.of(), violations(api -> api.getPaths().addPathItem("/.well-known/openid-configuration",
                    new PathItem()), DesignRules::kebabCasePaths));
            assertSingleViolationNaming(violations(api -> api.getPaths().addPathItem("/rules/.well-known",
                    new PathItem()), DesignRules::kebabCasePaths), "segment '.well-known'");
        }

        @Test
        void aSuccessResponseWithoutApiVersionHeader() {
            assertSingleViolationNaming(violations(
                    api -> operation(api, "/lead-time", PathItem.HttpMethod.GET).getResponses().get("200")
                            .getHeaders().remove(DesignRules.API_VERSION),
                    DesignRules::apiVersionHeaderOnSuccess), "GET /lead-time", "response 200", "API-Version");
        }

        @Test
        void anApiVersionHeaderReferringElsewhere() {
            assertSingleViolationNaming(violations(
                    api -> operation(api, "/policies", PathItem.HttpMethod.GET).getResponses().get("200").getHeaders()
                            .put(DesignRules.API_VERSION, new Header().$ref("#/components/headers/Version")),
                    DesignRules::apiVersionHeaderOnSuccess), "GET /policies (listPolicies)", "#/components/headers/Version");
        }

        @Test
        void aSuccessResponseAddedWithoutHeaders() {
            assertSingleViolationNaming(violations(
                    api -> operation(api, "/recording-decisions", PathItem.HttpMethod.POST).getResponses()
                            .addApiResponse("201", new ApiResponse().description("Created")),
                    DesignRules::apiVersionHeaderOnSuccess), "POST /recording-decisions", "response 201");
        }

        @Test
        void anErrorResponseThatIsNotProblemJson() {
            List<String> found = violations(api -> {
                var content = api.getComponents().getResponses().get("UnsupportedMediaType").getContent();
                content.put("application/json", content.remove(DesignRules.PROBLEM_JSON));
            }, DesignRules::problemDetailsOnErrors);
            assertEquals(List.of(
                    "POST /recording-decisions (evaluateRecording) response 415: has no application/problem+json content (has [application/json])",
                    "POST /usage-decisions (evaluateUsage) response 415: has no application/problem+json content (has [application/json])",
                    "POST /consent-requests (submitConsentRequest) response 415: has no application/problem+json content (has [application/json])",
                    "POST /consent-requests/{reference}/decision (decideConsentRequest) response 415: has no application/problem+json content (has [application/json])",
                    "POST /consent-requests/{reference}/withdrawal (withdrawConsentRequest) response 415: has no application/problem+json content (has [application/json])",
                    "POST /consent-requests/{reference}/contacts (recordConsentContact) response 415: has no application/problem+json content (has [application/json])",
                    "POST /acknowledgements (registerAcknowledgement) response 415: has no application/problem+json content (has [application/json])"),
                    found);
        }

        @ParameterizedTest(name = "Problem without required \"{0}\"")
        @ValueSource(strings = {"status", "title", "detail"})
        void aProblemSchemaThatDoesNotRequireAField(String field) {
            List<String> found = violations(api -> api.getComponents().getSchemas().get("Problem").getRequired().remove(field),
                    DesignRules::problemDetailsOnErrors);
            // every 4xx/5xx response of the contract refers to Problem: 105 in REST 1.4.0; AuthZEN's three operations
            // add 11 and the ADL record and a policy version add one each of 400, 401, 403, 404, 500 and 503
            assertEquals(128, found.size(), () -> "violations: " + found);
            assertTrue(found.stream().allMatch(v -> v.endsWith("does not require '" + field + "'")), () -> "violations: " + found);
            assertTrue(found.contains("GET /lead-time (getLeadTimeStatus) response 400: application/problem+json schema does not require '"
                    + field + "'"), () -> "violations: " + found);
        }

        @Test
        void anErrorResponseRefThatDoesNotResolve() {
            assertSingleViolationNaming(violations(
                    api -> operation(api, "/openapi.json", PathItem.HttpMethod.GET).getResponses()
                            .put("504", new ApiResponse().$ref("#/components/responses/GatewayTimeout")),
                    DesignRules::problemDetailsOnErrors), "GET /openapi.json", "response 504", "GatewayTimeout");
        }

        @ParameterizedTest(name = "{0} {1} without 400")
        @CsvSource({
            "POST, /recording-decisions, request body",
            "POST, /usage-decisions,     request body",
            "GET,  /lead-time,           query authority",
            "GET,  /policies/{authority}, path authority",
        })
        void anOperationTakingInputWithout400(PathItem.HttpMethod method, String path, String input) {
            assertSingleViolationNaming(violations(api -> operation(api, path, method).getResponses().remove("400"),
                    DesignRules::badRequestWhereInputIsTaken), method + " " + path, input, "no 400");
        }

        @Test
        void onlyAnOperationThatTakesInputNeeds400() {
            Function<Parameter[], Consumer<OpenAPI>> addRulesOperation = parameters -> api -> {
                Operation operation = new Operation().operationId("listRules").summary("Rules.")
                        .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));
                for (Parameter parameter : parameters) {
                    operation.addParametersItem(parameter);
                }
                api.getPaths().addPathItem("/rules", new PathItem().get(operation));
            };
            assertEquals(List.of(), violations(addRulesOperation.apply(new Parameter[0]),
                    DesignRules::badRequestWhereInputIsTaken), "no input, no 400 needed");
            assertSingleViolationNaming(violations(
                    addRulesOperation.apply(new Parameter[] {new Parameter().in("query").name("authority")}),
                    DesignRules::badRequestWhereInputIsTaken), "GET /rules (listRules)", "query authority", "no 400");
        }

        @ParameterizedTest(name = "path \"{0}\"")
        @CsvSource(delimiter = '|', value = {
            "/leadTime                 | segment 'leadTime'",
            "/lead_time                | segment 'lead_time'",
            "/Policies                 | segment 'Policies'",
            "/lead--time               | segment 'lead--time'",
            "/policies/{Authority}     | parameter '{Authority}'",
            "/policies/{authority_id}  | parameter '{authority_id}'",
            "/policies/                | empty segment",
            "/docs/openapi.json        | segment 'openapi.json'",
            "/openapi.json/rules       | segment 'openapi.json'",
        })
        void aPathThatIsNotKebabCase(String path, String expected) {
            assertSingleViolationNaming(violations(api -> api.getPaths().addPathItem(path, new PathItem()),
                    DesignRules::kebabCasePaths), "'" + path + "'", expected);
        }

        @Test
        void aRenamedPathThatIsCamelCase() {
            assertSingleViolationNaming(violations(api -> api.getPaths().put("/leadTime", api.getPaths().remove("/lead-time")),
                    DesignRules::kebabCasePaths), "path '/leadTime'", "not kebab-case");
        }

        @ParameterizedTest(name = "query parameter \"{0}\"")
        @ValueSource(strings = {"conversation_date", "ConversationDate", "conversation-date", "1date"})
        void aQueryParameterThatIsNotLowerCamelCase(String name) {
            assertSingleViolationNaming(violations(
                    api -> operation(api, "/lead-time", PathItem.HttpMethod.GET).getParameters().get(2).setName(name),
                    DesignRules::lowerCamelCaseQueryParameters), "GET /lead-time", "'" + name + "'");
        }

        @ParameterizedTest(name = "LeadTime.{0} as type {1}, format {2}")
        @CsvSource({
            "deadline,    string, date-time",
            "requestDate, string, ",
            "deadline,    integer, ",
        })
        void aDatePropertyThatIsNotFormatDate(String property, String type, String format) {
            assertSingleViolationNaming(violations(api -> {
                Schema<?> schema = (Schema<?>) api.getComponents().getSchemas().get("LeadTime").getProperties().get(property);
                schema.setType(type);
                schema.setFormat(format);
            }, DesignRules::datesAreFormatDate), "#/components/schemas/LeadTime/properties/" + property, "format '" + format + "'");
        }

        @Test
        void aDateQueryParameterThatIsNotFormatDate() {
            assertSingleViolationNaming(violations(
                    api -> operation(api, "/lead-time", PathItem.HttpMethod.GET).getParameters().stream()
                            .filter(p -> p.getName().equals("requestDate")).findFirst().orElseThrow()
                            .getSchema().setFormat(null),
                    DesignRules::datesAreFormatDate), "GET /lead-time", "query parameter 'requestDate'");
        }

        @Test
        void aNewDatePropertyWithoutFormat() {
            assertSingleViolationNaming(violations(
                    api -> api.getComponents().getSchemas().get("PolicyVersion")
                            .addProperty("retiredDate", new Schema<>().type("string")),
                    DesignRules::datesAreFormatDate), "PolicyVersion/properties/retiredDate");
        }

        @Test
        void anInlineDateParameterAddedToAnOperation() {
            assertSingleViolationNaming(violations(
                    api -> operation(api, "/policies", PathItem.HttpMethod.GET).addParametersItem(new Parameter()
                            .in("query").name("effectiveFrom").schema(new Schema<>().type("string"))),
                    DesignRules::datesAreFormatDate), "GET /policies", "'effectiveFrom'");
        }

        @Test
        void anOperationWithoutOperationId() {
            assertSingleViolationNaming(violations(
                    api -> operation(api, "/usage-decisions", PathItem.HttpMethod.POST).setOperationId(null),
                    DesignRules::operationIdsAndSummaries), "POST /usage-decisions", "no operationId");
        }

        @Test
        void aDuplicateOperationId() {
            assertSingleViolationNaming(violations(
                    api -> operation(api, "/policies/{authority}", PathItem.HttpMethod.GET).setOperationId("listPolicies"),
                    DesignRules::operationIdsAndSummaries), "GET /policies/{authority}", "'listPolicies'", "GET /policies (listPolicies)");
        }

        @Test
        void anOperationWithoutSummary() {
            assertSingleViolationNaming(violations(
                    api -> operation(api, "/lead-time", PathItem.HttpMethod.GET).setSummary(""),
                    DesignRules::operationIdsAndSummaries), "GET /lead-time (getLeadTimeStatus)", "no summary");
        }
    }
}
