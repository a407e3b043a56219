package nl.overheid.recordingpolicy.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SOAP contract (wsdl/recording-policy-v1.xsd) and the REST contract (openapi/openapi.json) describe the
 * same questions and answers with the same field names, the same required fields, corresponding types and the
 * same enumeration values in the same order; and those values are exactly the constants of the domain enums.
 */
class ContractParityTest {

    private static final String DOMAIN_PACKAGE = "nl.overheid.recordingpolicy.domain.policy.";

    /** The enumeration simpleTypes of the XSD; each has a same-named OpenAPI schema and domain enum. */
    private static final List<String> ENUMERATIONS = List.of(
            "Authority", "Medium", "Usage", "Outcome", "ConsentGrantor", "ObligationCode", "AdviceCode", "ConsequenceCode");

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
     * complexType), {@code schema:X} (OpenAPI components schema) or {@code query:METHOD /path} (its parameters).
     */
    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("element:EvaluateRecording", "schema:RecordingDecisionRequest"),
                Arguments.of("element:EvaluateUsage", "schema:UsageDecisionRequest"),
                Arguments.of("element:GetLeadTimeStatus", "query:get /lead-time"),
                Arguments.of("type:Decision", "schema:Decision"),
                Arguments.of("type:LeadTime", "schema:LeadTime"),
                Arguments.of("type:LeadTimeStatus", "schema:LeadTimeStatus"),
                Arguments.of("type:Rule", "schema:Rule"),
                Arguments.of("type:RuleSource", "schema:RuleSource"),
                Arguments.of("type:PolicySet", "schema:PolicySet"),
                Arguments.of("type:PolicyVersion", "schema:PolicyVersion"),
                Arguments.of("type:Explanation", "schema:Explanation"),
                Arguments.of("type:Obligation", "schema:Obligation"),
                Arguments.of("type:Advice", "schema:Advice"),
                Arguments.of("type:Consequence", "schema:Consequence"),
                Arguments.of("type:InvalidParam", "schema:InvalidParam"));
    }

    /** An OpenAPI field: a schema property or a query parameter. */
    record ApiField(String name, boolean required, JsonObject schema) {
    }

    private static Map<String, XsdModel.Field> xsdFields(String side) {
        String name = side.substring(side.indexOf(':') + 1);
        return side.startsWith("element:") ? xsd.elementFields(name) : xsd.complexTypeFields(name);
    }

    private static Map<String, ApiField> apiFields(String side) {
        Map<String, ApiField> fields = new LinkedHashMap<>();
        if (side.startsWith("schema:")) {
            JsonObject schema = componentSchema(side.substring("schema:".length()));
            Set<String> required = strings(schema, "required");
            schema.getJsonObject("properties").forEach((name, property) ->
                    fields.put(name, new ApiField(name, required.contains(name), property.asJsonObject())));
        } else {
            String[] operation = side.substring("query:".length()).split(" ", 2);
            JsonObject op = openApi.getJsonObject("paths").getJsonObject(operation[1]).getJsonObject(operation[0]);
            for (JsonValue value : op.getJsonArray("parameters")) {
                JsonObject parameter = value.asJsonObject();
                if (parameter.getString("in").equals("query")) {
                    fields.put(parameter.getString("name"), new ApiField(parameter.getString("name"),
                            parameter.getBoolean("required", false), parameter.getJsonObject("schema")));
                }
            }
        }
        return fields;
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
     * xs:string is a string, xs:date a string with format date, xs:boolean a boolean, xs:int an int32 integer,
     * a type of the XSD a $ref to the same-named OpenAPI schema; a repeated element is an array of those.
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

    /** The fields typed xs:date are exactly the fields with format date. */
    @ParameterizedTest(name = "{0} and {1} have the same date fields")
    @MethodSource("pairs")
    void sameDateFields(String xsdSide, String apiSide) {
        Set<String> soap = xsdFields(xsdSide).values().stream().filter(field -> xsd.builtInBase(field.type()).equals("xs:date"))
                .map(XsdModel.Field::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> rest = apiFields(apiSide).values().stream()
                .filter(field -> "date".equals(resolve(field.schema()).getString("format", null)))
                .map(ApiField::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(soap, rest, () -> xsdSide + " (XSD) vs " + apiSide + " (OpenAPI): xs:date fields "
                + soap + " vs format: date fields " + rest);
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
            return "$ref " + refName(schema.getString("$ref"));
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

    private static JsonObject resolve(JsonObject schema) {
        return schema.containsKey("$ref") ? componentSchema(refName(schema.getString("$ref"))) : schema;
    }

    private static String refName(String ref) {
        String prefix = "#/components/schemas/";
        if (!ref.startsWith(prefix)) {
            throw new IllegalArgumentException("unexpected $ref " + ref);
        }
        return ref.substring(prefix.length());
    }

    // ------------------------------------------------------------------------------------------------ enumerations

    @Test
    void theSameEnumerationsExistInBothContracts() {
        assertEquals(ENUMERATIONS, xsd.enumerationTypeNames(),
                "enumeration simpleTypes of " + XsdModel.XSD_FILE + " (in document order)");
        List<String> openApiEnums = new ArrayList<>();
        openApi.getJsonObject("components").getJsonObject("schemas").forEach((name, schema) -> {
            if (schema.asJsonObject().containsKey("enum")) {
                openApiEnums.add(name);
            }
        });
        assertEquals(ENUMERATIONS, openApiEnums, "enum schemas of " + DesignRules.OPENAPI_FILE + " (in document order)");
    }

    @ParameterizedTest(name = "{0}: XSD, OpenAPI and Java enum have the same values in the same order")
    @ValueSource(strings = {
        "Authority", "Medium", "Usage", "Outcome", "ConsentGrantor", "ObligationCode", "AdviceCode", "ConsequenceCode"})
    void enumerationValuesAreIdenticalAndInTheSameOrder(String name) throws ClassNotFoundException {
        List<String> soap = xsd.enumeration(name);
        JsonObject schema = componentSchema(name);
        assertEquals("string", schema.getString("type", null), () -> "OpenAPI schema " + name + " must be type string");
        List<String> rest = schema.getJsonArray("enum").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        Object[] constants = Class.forName(DOMAIN_PACKAGE + name).getEnumConstants();
        assertTrue(constants != null, () -> DOMAIN_PACKAGE + name + " is not an enum");
        List<String> java = Arrays.stream(constants).map(constant -> ((Enum<?>) constant).name()).toList();

        assertEquals(soap, rest, () -> name + ": XSD simpleType (expected) vs OpenAPI schema enum (actual)");
        assertEquals(soap, java, () -> name + ": XSD simpleType (expected) vs Java enum " + DOMAIN_PACKAGE + name + " (actual)");
    }

    @Test
    void ruleIdPatternIsTheSameInBothContracts() {
        // XSD patterns are implicitly anchored; an OpenAPI (ECMA 262) pattern is not, so it carries ^...$.
        assertEquals("^" + xsd.pattern("RuleId") + "$", componentSchema("RuleId").getString("pattern"),
                "RuleId pattern: XSD (anchored, expected) vs OpenAPI (actual)");
    }

    private static List<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }
}
