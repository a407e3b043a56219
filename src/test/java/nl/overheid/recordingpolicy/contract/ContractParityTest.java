package nl.overheid.recordingpolicy.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.overheid.recordingpolicy.domain.consent.Actor;
import nl.overheid.recordingpolicy.domain.consent.Channel;
import nl.overheid.recordingpolicy.domain.consent.ConsentKind;
import nl.overheid.recordingpolicy.domain.consent.ConsentStatus;
import nl.overheid.recordingpolicy.domain.consent.GrantorDecision;
import nl.overheid.recordingpolicy.domain.policy.AdviceCode;
import nl.overheid.recordingpolicy.domain.policy.ConsentGrantor;
import nl.overheid.recordingpolicy.domain.policy.ConsequenceCode;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.ObligationCode;
import nl.overheid.recordingpolicy.domain.policy.Outcome;
import nl.overheid.recordingpolicy.domain.policy.Platform;
import nl.overheid.recordingpolicy.domain.policy.Usage;

/**
 * The SOAP contract (wsdl/recording-policy-v1.xsd) and the REST contract (openapi/openapi.json) describe the
 * same questions and answers with the same field names, the same required fields, corresponding types, the same
 * facets and the same enumeration values in the same order; and those values are exactly the constants of the
 * domain enums.
 *
 * <p>A SOAP request wrapper carries flat everything the REST request carries, wherever REST puts it: body fields,
 * path and query parameters, and the one header with a meaning of its own ({@code Idempotency-Key}, the SOAP
 * {@code requestId}). What exists on one side only does so by design and is listed below with the reason; a listed
 * exception that no longer holds fails as well, so the lists cannot go stale.
 */
class ContractParityTest {

    /** The keys of an OpenAPI Path Item that are operations (a path may also declare its own servers, parameters). */
    private static final java.util.Set<String> HTTP_METHODS =
            java.util.Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /**
     * The enumerations, in XSD (and OpenAPI) document order: each is an XSD simpleType, a same-named OpenAPI schema
     * and this domain enum. The policy's vocabulary lives in domain.policy, the consent registry's in domain.consent.
     */
    private static final Map<String, Class<? extends Enum<?>>> ENUMERATIONS = enumerations();

    private static Map<String, Class<? extends Enum<?>>> enumerations() {
        Map<String, Class<? extends Enum<?>>> enums = new LinkedHashMap<>();
        enums.put("Medium", Medium.class);
        enums.put("Usage", Usage.class);
        enums.put("Platform", Platform.class);
        enums.put("Outcome", Outcome.class);
        enums.put("ConsentGrantor", ConsentGrantor.class);
        enums.put("ObligationCode", ObligationCode.class);
        enums.put("AdviceCode", AdviceCode.class);
        enums.put("ConsequenceCode", ConsequenceCode.class);
        enums.put("ConsentKind", ConsentKind.class);
        enums.put("Channel", Channel.class);
        enums.put("ConsentStatus", ConsentStatus.class);
        enums.put("GrantorDecision", GrantorDecision.class);
        enums.put("Actor", Actor.class);
        return enums;
    }

    /** REST headers that are a field of the SOAP request wrapper: header name to XSD element name. */
    private static final Map<String, String> HEADER_FIELDS = Map.of(
            "Idempotency-Key", "requestId");

    /**
     * REST headers that belong to HTTP, not to the question: W3C Trace Context travels beside the message (a SOAP
     * caller sends it as an HTTP header of its POST, if at all), so the XSD has no element for it.
     */
    private static final Set<String> TRANSPORT_HEADERS = Set.of("traceparent");

    /** Fields only the REST side has, by design: side, then field, then why. */
    private static final Map<String, Map<String, String>> REST_ONLY_FIELDS = Map.of(
            "schema:ConsentRequestPage", Map.of("_links",
                    "hypermedia: NL API Design Rules pagination links (self, first, prev, next, last); a SOAP caller "
                            + "pages with page and pageSize, and page tells it how many pages there are"));

    /** SOAP operations and the REST operations that answer the same question. */
    private static final Map<String, List<String>> OPERATIONS = operations();

    private static Map<String, List<String>> operations() {
        Map<String, List<String>> operations = new LinkedHashMap<>();
        operations.put("EvaluateRecording", List.of("post /recording-decisions"));
        operations.put("EvaluateUsage", List.of("post /usage-decisions"));
        operations.put("GetLeadTimeStatus", List.of("get /lead-time"));
        // its optional authority chooses between the two paths; see listPoliciesAuthorityIsThePathParameter
        operations.put("ListPolicies", List.of("get /policies", "get /policies/{authority}"));
        operations.put("SubmitConsentRequest", List.of("post /consent-requests"));
        operations.put("GetConsentStatus", List.of("get /consent-requests/{reference}"));
        operations.put("FindConsentRequests", List.of("get /consent-requests"));
        operations.put("DecideConsentRequest", List.of("post /consent-requests/{reference}/decision"));
        operations.put("WithdrawConsentRequest", List.of("post /consent-requests/{reference}/withdrawal"));
        operations.put("RecordConsentContact", List.of("post /consent-requests/{reference}/contacts"));
        // acknowledgements of the municipal rules
        operations.put("RegisterAcknowledgement", List.of("post /acknowledgements"));
        operations.put("GetAcknowledgement", List.of("get /acknowledgements/{reference}"));
        operations.put("FindAcknowledgements", List.of("get /acknowledgements"));
        return operations;
    }

    /** REST operations without a SOAP counterpart, and why. */
    private static final Map<String, String> REST_ONLY_OPERATIONS = Map.of(
            "get /decisions/{decisionId}", "the decision log is read by auditors over REST; SOAP answers carry the decisionId",
            "get /decisions/{decisionId}/adl-record", "the same record in the Authorization Decision Log shape, read by "
                    + "auditors over REST like the record itself",
            "get /policy-versions/{policyVersionId}", "the target of the policy reference in an Authorization Decision "
                    + "Log record, which names it by its REST path; SOAP ListPolicies answers the rules in force",
            "get /openapi.json", "the REST contract itself; SOAP serves its own at ?wsdl",
            "get /acknowledgement-forms/{authority}", "a printable document (PDF or HTML) chosen by content negotiation; "
                    + "SOAP answers data, and a form to print is fetched by a browser or printed from the case system",
            "get /acknowledgements/{reference}/form", "the same printable document, filled in; SOAP callers read the "
                    + "acknowledgement itself with GetAcknowledgement",
            "post /evaluation", "AuthZEN's Access Evaluation: EvaluateRecording's and EvaluateUsage's questions in the "
                    + "AuthZEN shape for policy enforcement points, which speak AuthZEN over HTTPS, not SOAP",
            "post /evaluations", "AuthZEN's Access Evaluations: several of those questions in one request; a SOAP "
                    + "caller asks them one by one",
            "get /.well-known/authzen-configuration", "AuthZEN's PDP metadata, where its endpoints are; SOAP callers "
                    + "find theirs in the WSDL");

    /** The fault details of the WSDL. */
    private static final Set<String> FAULTS = Set.of("RequestFault", "ConflictFault", "ServerFault");

    private static XsdModel xsd;
    private static JsonObject openApi;

    @BeforeAll
    static void readContracts() throws IOException {
        xsd = XsdModel.read();
        try (Reader reader = Files.newBufferedReader(DesignRules.OPENAPI_FILE, StandardCharsets.UTF_8);
             var json = Json.createReader(reader)) {
            openApi = json.readObject();
        }
    }

    // ------------------------------------------------------------------------------------------------ the table

    /**
     * A side of a pair: {@code element:X} (anonymous type of a global XSD element), {@code type:X} (XSD
     * complexType), {@code schema:X} (OpenAPI components schema) or {@code request:METHOD /path} (everything the
     * REST request carries: path, query and mapped header parameters, and the fields of its JSON body).
     */
    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("element:EvaluateRecording", "request:post /recording-decisions"),
                Arguments.of("element:EvaluateUsage", "request:post /usage-decisions"),
                Arguments.of("element:GetLeadTimeStatus", "request:get /lead-time"),
                Arguments.of("element:SubmitConsentRequest", "request:post /consent-requests"),
                Arguments.of("element:GetConsentStatus", "request:get /consent-requests/{reference}"),
                Arguments.of("element:FindConsentRequests", "request:get /consent-requests"),
                Arguments.of("element:DecideConsentRequest", "request:post /consent-requests/{reference}/decision"),
                Arguments.of("element:WithdrawConsentRequest", "request:post /consent-requests/{reference}/withdrawal"),
                Arguments.of("element:RecordConsentContact", "request:post /consent-requests/{reference}/contacts"),
                Arguments.of("element:RegisterAcknowledgement", "request:post /acknowledgements"),
                Arguments.of("element:GetAcknowledgement", "request:get /acknowledgements/{reference}"),
                Arguments.of("element:FindAcknowledgements", "request:get /acknowledgements"),
                Arguments.of("type:Decision", "schema:Decision"),
                Arguments.of("type:LeadTime", "schema:LeadTime"),
                Arguments.of("type:LeadTimeStatus", "schema:LeadTimeStatus"),
                Arguments.of("type:Rule", "schema:Rule"),
                Arguments.of("type:RuleSource", "schema:RuleSource"),
                Arguments.of("type:LoadedAuthority", "schema:LoadedAuthority"),
                Arguments.of("type:PolicySet", "schema:PolicySet"),
                Arguments.of("type:PolicyVersion", "schema:PolicyVersion"),
                Arguments.of("type:Explanation", "schema:Explanation"),
                Arguments.of("type:Obligation", "schema:Obligation"),
                Arguments.of("type:Advice", "schema:Advice"),
                Arguments.of("type:Consequence", "schema:Consequence"),
                Arguments.of("type:InvalidParam", "schema:InvalidParam"),
                Arguments.of("type:ConsentRequestSummary", "schema:ConsentRequestSummary"),
                Arguments.of("type:StatusChange", "schema:StatusChange"),
                Arguments.of("type:ConsentRequest", "schema:ConsentRequest"),
                Arguments.of("type:NextStep", "schema:NextStep"),
                Arguments.of("type:ConsentContact", "schema:ConsentContact"),
                Arguments.of("type:Page", "schema:Page"),
                Arguments.of("type:ConsentRequestPage", "schema:ConsentRequestPage"),
                Arguments.of("type:Acknowledgement", "schema:Acknowledgement"),
                Arguments.of("type:AcknowledgementList", "schema:AcknowledgementList"));
    }

    /** An OpenAPI field: a schema property, a body field or a parameter, under the name the XSD gives it. */
    record ApiField(String name, boolean required, JsonObject schema) {
    }

    private static Map<String, XsdModel.Field> xsdFields(String side) {
        String name = side.substring(side.indexOf(':') + 1);
        return side.startsWith("element:") ? xsd.elementFields(name) : xsd.complexTypeFields(name);
    }

    /** The OpenAPI side's fields, without those listed as REST-only. */
    private static Map<String, ApiField> apiFields(String side) {
        Map<String, ApiField> fields = allApiFields(side);
        REST_ONLY_FIELDS.getOrDefault(side, Map.of()).keySet().forEach(fields::remove);
        return fields;
    }

    private static Map<String, ApiField> allApiFields(String side) {
        Map<String, ApiField> fields = new LinkedHashMap<>();
        if (side.startsWith("schema:")) {
            addProperties(fields, componentSchema(side.substring("schema:".length())), true, side);
            return fields;
        }
        if (!side.startsWith("request:")) {
            throw new IllegalArgumentException("unknown side " + side);
        }
        JsonObject op = operation(side.substring("request:".length()));
        for (JsonValue value : op.getOrDefault("parameters", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
            JsonObject parameter = resolve(value.asJsonObject());
            String name = parameter.getString("name");
            String in = parameter.getString("in");
            if (in.equals("header")) {
                if (TRANSPORT_HEADERS.contains(name)) {
                    continue;
                }
                if (!HEADER_FIELDS.containsKey(name)) {
                    throw new AssertionError(side + ": header " + name + " is neither a field of the SOAP request "
                            + "(HEADER_FIELDS) nor transport (TRANSPORT_HEADERS); say which");
                }
                name = HEADER_FIELDS.get(name);
            } else if (!in.equals("path") && !in.equals("query")) {
                throw new AssertionError(side + ": parameter " + name + " in " + in + " is not understood");
            }
            put(fields, new ApiField(name, parameter.getBoolean("required", false), parameter.getJsonObject("schema")), side);
        }
        if (op.containsKey("requestBody")) {
            JsonObject body = resolve(op.getJsonObject("requestBody"));
            JsonObject schema = body.getJsonObject("content").getJsonObject("application/json").getJsonObject("schema");
            addProperties(fields, resolve(schema), body.getBoolean("required", false), side);
        }
        return fields;
    }

    /** A property is required when its schema requires it and, for a request body, the body itself is required. */
    private static void addProperties(Map<String, ApiField> fields, JsonObject schema, boolean present, String side) {
        Set<String> required = strings(schema, "required");
        schema.getJsonObject("properties").forEach((name, property) ->
                put(fields, new ApiField(name, present && required.contains(name), property.asJsonObject()), side));
    }

    private static void put(Map<String, ApiField> fields, ApiField field, String side) {
        if (fields.put(field.name(), field) != null) {
            throw new AssertionError(side + ": " + field.name() + " occurs twice (path, query, header or body)");
        }
    }

    /** "post /consent-requests" to its operation object. */
    private static JsonObject operation(String methodAndPath) {
        String[] parts = methodAndPath.split(" ", 2);
        JsonObject path = openApi.getJsonObject("paths").getJsonObject(parts[1]);
        if (path == null || !path.containsKey(parts[0])) {
            throw new IllegalArgumentException(DesignRules.OPENAPI_FILE + " has no operation " + methodAndPath);
        }
        return path.getJsonObject(parts[0]);
    }

    private static JsonObject componentSchema(String name) {
        JsonObject schema = openApi.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
        if (schema == null) {
            throw new IllegalArgumentException(DesignRules.OPENAPI_FILE + " has no schema " + name);
        }
        return schema;
    }

    private static Set<String> strings(JsonObject object, String key) {
        return object.containsKey(key)
                ? object.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString)
                        .collect(Collectors.toCollection(TreeSet::new))
                : Set.of();
    }

    // ------------------------------------------------------------------------------------------------ field names

    @ParameterizedTest(name = "{0} has the same fields as {1}")
    @MethodSource("pairs")
    void sameFieldNames(String xsdSide, String apiSide) {
        Set<String> soap = new TreeSet<>(xsdFields(xsdSide).keySet());
        Set<String> rest = new TreeSet<>(apiFields(apiSide).keySet());
        assertEquals(soap, rest, () -> xsdSide + " (XSD) vs " + apiSide + " (OpenAPI): only in XSD "
                + difference(soap, rest) + ", only in OpenAPI " + difference(rest, soap));
    }

    /** An exception in REST_ONLY_FIELDS must still be one: present in OpenAPI, absent from the XSD. */
    @Test
    void theFieldsListedAsRestOnlyAreStillRestOnly() {
        List<String> stale = new ArrayList<>();
        REST_ONLY_FIELDS.forEach((apiSide, fields) -> {
            String xsdSide = pairs().map(Arguments::get).filter(pair -> pair[1].equals(apiSide)).map(pair -> (String) pair[0])
                    .findFirst().orElseThrow(() -> new AssertionError(apiSide + " is not in the parity table"));
            fields.keySet().forEach(field -> {
                if (!allApiFields(apiSide).containsKey(field)) {
                    stale.add(apiSide + "." + field + " is no longer in " + DesignRules.OPENAPI_FILE);
                }
                if (xsdFields(xsdSide).containsKey(field)) {
                    stale.add(xsdSide + "." + field + " is now in " + XsdModel.XSD_FILE);
                }
            });
        });
        assertEquals(List.of(), stale, "REST_ONLY_FIELDS lists an exception that no longer holds");
    }

    /**
     * Single-valued fields: minOccurs absent or >= 1 in the XSD exactly when required in OpenAPI. A repeated
     * element is a JSON array, present even when empty, so its minOccurs says nothing about "required".
     */
    @ParameterizedTest(name = "{0} requires the same fields as {1}")
    @MethodSource("pairs")
    void sameRequiredFields(String xsdSide, String apiSide) {
        Map<String, ApiField> rest = apiFields(apiSide);
        List<String> mismatches = new ArrayList<>();
        xsdFields(xsdSide).values().stream()
                .filter(field -> !field.repeated() && rest.containsKey(field.name()))
                .forEach(field -> {
                    boolean required = rest.get(field.name()).required();
                    if (field.required() != required) {
                        mismatches.add(field.name() + ": XSD " + (field.required() ? "required" : "minOccurs=0")
                                + ", OpenAPI " + (required ? "required" : "optional"));
                    }
                });
        assertEquals(List.of(), mismatches, () -> xsdSide + " (XSD) vs " + apiSide + " (OpenAPI): required differs");
    }

    /** The request wrappers have exactly the required fields the REST requests have (checked as whole lists). */
    @ParameterizedTest(name = "{0} requires the same fields as {1}")
    @MethodSource("requests")
    void requestWrappersRequireTheSameFieldsAsTheRestRequests(String xsdSide, String apiSide) {
        Set<String> soap = xsdFields(xsdSide).values().stream().filter(XsdModel.Field::required)
                .map(XsdModel.Field::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> rest = apiFields(apiSide).values().stream().filter(ApiField::required)
                .map(ApiField::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(soap, rest, () -> xsdSide + " (XSD) vs " + apiSide + " (OpenAPI): required fields differ");
    }

    static Stream<Arguments> requests() {
        return pairs().filter(pair -> ((String) pair.get()[0]).startsWith("element:"));
    }

    // ------------------------------------------------------------------------------------------------ field types

    /**
     * xs:string is a string, xs:date a string with format date, xs:dateTime one with format date-time, xs:boolean
     * a boolean, xs:int an int32 integer, a type of the XSD a $ref to the same-named OpenAPI schema; a repeated
     * element is an array of those.
     */
    @ParameterizedTest(name = "{0} has the same field types as {1}")
    @MethodSource("pairs")
    void correspondingFieldTypes(String xsdSide, String apiSide) {
        Map<String, ApiField> rest = apiFields(apiSide);
        List<String> mismatches = new ArrayList<>();
        for (XsdModel.Field field : xsdFields(xsdSide).values()) {
            if (!rest.containsKey(field.name())) {
                continue; // reported by sameFieldNames
            }
            String expected = expectedOpenApiType(field);
            String actual = describe(rest.get(field.name()).schema());
            if (!expected.equals(actual)) {
                mismatches.add(field.name() + ": XSD " + field.type() + (field.repeated() ? " (repeated)" : "")
                        + " should be " + expected + " in OpenAPI, is " + actual);
            }
        }
        assertEquals(List.of(), mismatches, () -> xsdSide + " (XSD) vs " + apiSide + " (OpenAPI): field types differ");
    }

    /** The fields typed xs:date and xs:dateTime are exactly the fields with format date and date-time. */
    @ParameterizedTest(name = "{0} and {1} have the same date and date-time fields")
    @MethodSource("pairs")
    void sameDateFields(String xsdSide, String apiSide) {
        Map<String, String> soap = new TreeMap<>();
        xsdFields(xsdSide).values().forEach(field -> {
            String base = xsd.builtInBase(field.type());
            if (base.equals("xs:date")) {
                soap.put(field.name(), "date");
            } else if (base.equals("xs:dateTime")) {
                soap.put(field.name(), "date-time");
            }
        });
        Map<String, String> rest = new TreeMap<>();
        apiFields(apiSide).values().forEach(field -> {
            String format = resolve(field.schema()).getString("format", "");
            if (format.equals("date") || format.equals("date-time")) {
                rest.put(field.name(), format);
            }
        });
        assertEquals(soap, rest, () -> xsdSide + " (XSD) vs " + apiSide + " (OpenAPI): xs:date/xs:dateTime fields "
                + soap + " vs format date/date-time fields " + rest);
    }

    /** Catches a contract change that would add a structure to one side only, outside the table above. */
    @Test
    void everyXsdComplexTypeIsComparedWithItsOpenApiSchema() {
        Set<String> compared = pairs().map(pair -> (String) pair.get()[0]).filter(side -> side.startsWith("type:"))
                .map(side -> side.substring("type:".length())).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(xsd.complexTypeNames()), compared,
                "every named complexType of " + XsdModel.XSD_FILE + " must be in the parity table");
        List<String> missing = compared.stream()
                .filter(name -> !openApi.getJsonObject("components").getJsonObject("schemas").containsKey(name)).toList();
        assertEquals(List.of(), missing, "complexTypes without a same-named schema in " + DesignRules.OPENAPI_FILE);
    }

    private String expectedOpenApiType(XsdModel.Field field) {
        String type = schemaNamed(field.type()) ? field.type() : xsd.builtInBase(field.type());
        String single = switch (type) {
            case "xs:string" -> "string";
            case "xs:date" -> "string/date";
            case "xs:dateTime" -> "string/date-time";
            case "xs:boolean" -> "boolean";
            case "xs:int" -> "integer/int32";
            default -> type.startsWith("tns:")
                    ? "$ref " + type.substring(4)
                    : "(no OpenAPI equivalent for " + type + ")";
        };
        return field.repeated() ? "array of " + single : single;
    }

    /** Whether an XSD type of this schema has a same-named OpenAPI schema (enumerations, RuleId, structures). */
    private boolean schemaNamed(String type) {
        return type.startsWith("tns:")
                && openApi.getJsonObject("components").getJsonObject("schemas").containsKey(type.substring(4));
    }

    /** "string", "string/date", "$ref Authority", "array of $ref RuleId"; allOf of one $ref counts as that $ref. */
    private static String describe(JsonObject schema) {
        if (schema.containsKey("$ref")) {
            return "$ref " + refName(schema.getString("$ref"), "schemas");
        }
        if (schema.containsKey("allOf") && schema.getJsonArray("allOf").size() == 1) {
            return describe(schema.getJsonArray("allOf").getJsonObject(0));
        }
        String type = schema.getString("type", "(no type)");
        if (type.equals("array")) {
            return "array of " + describe(schema.getJsonObject("items"));
        }
        return schema.containsKey("format") ? type + "/" + schema.getString("format") : type;
    }

    /** Follows a $ref to a schema, parameter or request body of the components. */
    private static JsonObject resolve(JsonObject node) {
        if (!node.containsKey("$ref")) {
            return node;
        }
        String ref = node.getString("$ref");
        for (String kind : List.of("schemas", "parameters", "requestBodies", "responses")) {
            if (ref.startsWith("#/components/" + kind + "/")) {
                JsonObject target = openApi.getJsonObject("components").getJsonObject(kind)
                        .getJsonObject(refName(ref, kind));
                if (target == null) {
                    throw new IllegalArgumentException("$ref " + ref + " does not resolve");
                }
                return resolve(target);
            }
        }
        throw new IllegalArgumentException("unexpected $ref " + ref);
    }

    private static String refName(String ref, String kind) {
        String prefix = "#/components/" + kind + "/";
        if (!ref.startsWith(prefix)) {
            throw new IllegalArgumentException("unexpected $ref " + ref + ", expected one into " + prefix);
        }
        return ref.substring(prefix.length());
    }

    // ------------------------------------------------------------------------------------------------ operations

    /** Every global element of the XSD is a request or response wrapper of a paired operation, or a fault detail. */
    @Test
    void everyXsdElementBelongsToAPairedOperationOrIsAFault() {
        Set<String> expected = new TreeSet<>(FAULTS);
        OPERATIONS.keySet().forEach(operation -> {
            expected.add(operation);
            expected.add(operation + "Response");
        });
        assertEquals(expected, new TreeSet<>(xsd.elementNames()),
                "global elements of " + XsdModel.XSD_FILE + " vs the SOAP operations of this test and the faults");
        Set<String> paired = requests().map(pair -> ((String) pair.get()[0]).substring("element:".length()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> operations = new TreeSet<>(OPERATIONS.keySet());
        operations.remove("ListPolicies"); // compared by listPoliciesAuthorityIsThePathParameter
        assertEquals(operations, paired, "every SOAP request wrapper is compared field by field");
    }

    /** Every REST operation answers a SOAP operation's question, or is listed as REST-only with a reason. */
    @Test
    void everyRestOperationHasASoapCounterpartOrIsListedAsRestOnly() {
        Set<String> declared = new TreeSet<>();
        openApi.getJsonObject("paths").forEach((path, item) ->
                item.asJsonObject().keySet().stream().filter(HTTP_METHODS::contains)
                        .forEach(method -> declared.add(method + " " + path)));
        Set<String> accounted = new TreeSet<>(REST_ONLY_OPERATIONS.keySet());
        OPERATIONS.values().forEach(accounted::addAll);
        assertEquals(accounted, declared, "operations of " + DesignRules.OPENAPI_FILE);
        pairs().map(pair -> (String) pair.get()[1]).filter(side -> side.startsWith("request:")).forEach(side -> {
            String element = pairs().map(Arguments::get).filter(pair -> pair[1].equals(side))
                    .map(pair -> ((String) pair[0]).substring("element:".length())).findFirst().orElseThrow();
            assertEquals(List.of(side.substring("request:".length())), OPERATIONS.get(element),
                    element + " is paired with another REST operation than OPERATIONS says");
        });
    }

    /**
     * Each response wrapper holds exactly one element, of the type the REST operation answers with on success: the
     * same structure under both protocols (its fields are compared by the table above).
     */
    @Test
    void eachResponseWrapperHoldsTheSchemaTheRestOperationAnswersWith() {
        List<String> mismatches = new ArrayList<>();
        OPERATIONS.forEach((soapOperation, restOperations) -> {
            Map<String, XsdModel.Field> fields = xsd.elementFields(soapOperation + "Response");
            if (fields.size() != 1) {
                mismatches.add(soapOperation + "Response has " + fields.size() + " elements, expected 1");
                return;
            }
            XsdModel.Field answer = fields.values().iterator().next();
            if (!answer.required() || answer.repeated() || !answer.type().startsWith("tns:")) {
                mismatches.add(soapOperation + "Response/" + answer.name() + " is not one required element of a named type");
                return;
            }
            for (String restOperation : restOperations) {
                String schema = successSchema(restOperation);
                if (!schema.equals(answer.type().substring(4))) {
                    mismatches.add(soapOperation + "Response/" + answer.name() + " is " + answer.type() + ", "
                            + restOperation + " answers with " + schema);
                }
            }
        });
        assertEquals(List.of(), mismatches);
    }

    /** The name of the schema of the one 2xx application/json response of a REST operation. */
    private static String successSchema(String restOperation) {
        JsonObject responses = operation(restOperation).getJsonObject("responses");
        List<String> success = responses.keySet().stream().filter(status -> status.startsWith("2")).toList();
        if (success.size() != 1) {
            throw new AssertionError(restOperation + " has " + success + " success responses, expected one");
        }
        JsonObject response = resolve(responses.getJsonObject(success.get(0)));
        return refName(response.getJsonObject("content").getJsonObject("application/json").getJsonObject("schema")
                .getString("$ref"), "schemas");
    }

    /** ListPolicies' optional authority is the path parameter that selects GET /policies/{authority}. */
    @Test
    void listPoliciesAuthorityIsThePathParameter() {
        Map<String, XsdModel.Field> soap = xsd.elementFields("ListPolicies");
        assertEquals(Set.of("authority"), soap.keySet());
        assertFalse(soap.get("authority").required(), "without authority, ListPolicies is GET /policies");
        assertEquals(Map.of(), allApiFields("request:get /policies"), "GET /policies takes nothing");
        Map<String, ApiField> rest = allApiFields("request:get /policies/{authority}");
        assertEquals(Set.of("authority"), rest.keySet());
        assertEquals(expectedOpenApiType(soap.get("authority")), describe(rest.get("authority").schema()));
    }

    /**
     * A fault detail carries the problem-details fields it shares with REST under the same names and types;
     * {@code code} is SOAP's own (the Digikoppeling WUS error code, where REST has the HTTP status).
     */
    @Test
    void faultDetailsShareTheirFieldsWithTheProblemSchema() {
        Map<String, ApiField> problem = apiFields("schema:Problem");
        List<String> mismatches = new ArrayList<>();
        for (String fault : List.of("RequestFault", "ConflictFault")) {
            for (XsdModel.Field field : xsd.elementFields(fault).values()) {
                if (field.name().equals("code")) {
                    continue;
                }
                if (!problem.containsKey(field.name())) {
                    mismatches.add(fault + "." + field.name() + " is not a field of Problem");
                } else if (!expectedOpenApiType(field).equals(describe(problem.get(field.name()).schema()))) {
                    mismatches.add(fault + "." + field.name() + " is " + expectedOpenApiType(field) + ", Problem."
                            + field.name() + " is " + describe(problem.get(field.name()).schema()));
                }
            }
        }
        assertEquals(List.of(), mismatches);
        assertTrue(xsd.elementFields("ConflictFault").containsKey("currentStatus"), "a 409 names the current status");
    }

    // ------------------------------------------------------------------------------------------------ facets

    /**
     * The restrictions of the shared simple types: an XSD pattern is implicitly anchored, an OpenAPI (ECMA 262) one
     * is not, so the latter carries ^...$; lengths are the same numbers; a facet on one side only is a mismatch.
     */
    @ParameterizedTest(name = "{0} has the facets of OpenAPI {1}")
    @MethodSource("simpleTypes")
    void simpleTypesHaveTheSameFacets(String simpleType, String openApiPointer) {
        JsonObject schema = pointer(openApiPointer);
        Map<String, String> soap = new TreeMap<>();
        Map<String, String> rest = new TreeMap<>();
        for (String facet : List.of("pattern", "minLength", "maxLength")) {
            xsd.facet(simpleType, facet).ifPresent(value -> soap.put(facet, facet.equals("pattern") ? "^" + value + "$" : value));
            Optional.ofNullable(schema.get(facet)).ifPresent(value -> rest.put(facet, value instanceof JsonString text
                    ? text.getString() : Integer.toString(((JsonNumber) value).intValueExact())));
        }
        assertFalse(soap.isEmpty(), simpleType + " restricts nothing: remove it from the table or fix the XSD");
        assertEquals(soap, rest, () -> simpleType + ": XSD facets (expected) vs " + openApiPointer + " (actual)");
    }

    static Stream<Arguments> simpleTypes() {
        return Stream.of(
                Arguments.of("Authority", "/components/schemas/Authority"),
                Arguments.of("RuleId", "/components/schemas/RuleId"),
                Arguments.of("ConsentReference", "/components/schemas/ConsentReference"),
                Arguments.of("CaseReference", "/components/schemas/CaseReference"),
                Arguments.of("Reason", "/components/schemas/Reason"),
                Arguments.of("RequestId", "/components/parameters/IdempotencyKey/schema"),
                Arguments.of("AcknowledgementReference", "/components/schemas/AcknowledgementReference"),
                Arguments.of("PersonName", "/components/schemas/PersonName"));
    }

    private static JsonObject pointer(String pointer) {
        JsonValue node = openApi;
        for (String part : pointer.substring(1).split("/")) {
            node = node.asJsonObject().get(part);
            if (node == null) {
                throw new IllegalArgumentException(DesignRules.OPENAPI_FILE + " has nothing at " + pointer);
            }
        }
        return node.asJsonObject();
    }

    // ------------------------------------------------------------------------------------------------ enumerations

    @Test
    void theSameEnumerationsExistInBothContracts() {
        List<String> names = List.copyOf(ENUMERATIONS.keySet());
        assertEquals(names, xsd.enumerationTypeNames(),
                "enumeration simpleTypes of " + XsdModel.XSD_FILE + " (in document order)");
        List<String> openApiEnums = new ArrayList<>();
        openApi.getJsonObject("components").getJsonObject("schemas").forEach((name, schema) -> {
            if (schema.asJsonObject().containsKey("enum")) {
                openApiEnums.add(name);
            }
        });
        assertEquals(names, openApiEnums, "enum schemas of " + DesignRules.OPENAPI_FILE + " (in document order)");
    }

    static Stream<String> enumerationNames() {
        return ENUMERATIONS.keySet().stream();
    }

    @ParameterizedTest(name = "{0}: XSD, OpenAPI and Java enum have the same values in the same order")
    @MethodSource("enumerationNames")
    void enumerationValuesAreIdenticalAndInTheSameOrder(String name) {
        List<String> soap = xsd.enumeration(name);
        JsonObject schema = componentSchema(name);
        assertEquals("string", schema.getString("type", null), () -> "OpenAPI schema " + name + " must be type string");
        List<String> rest = schema.getJsonArray("enum").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        Class<? extends Enum<?>> type = ENUMERATIONS.get(name);
        assertEquals(name, type.getSimpleName(), "the Java enum has the contract's name");
        List<String> java = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();

        assertEquals(soap, rest, () -> name + ": XSD simpleType (expected) vs OpenAPI schema enum (actual)");
        assertEquals(soap, java, () -> name + ": XSD simpleType (expected) vs Java enum " + type.getName() + " (actual)");
    }

    private static List<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }
}
