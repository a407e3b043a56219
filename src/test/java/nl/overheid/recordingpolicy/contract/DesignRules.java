package nl.overheid.recordingpolicy.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The rules of the NL API Design Rules (and of this gateway's conventions) that a linter can check, as plain
 * functions over a parsed OpenAPI document. Each rule returns its violations, one readable sentence each that
 * names the path, operation, response or field that breaks it; an empty list means the document complies.
 *
 * <p>The document is parsed without resolving {@code $ref}s, so a rule can tell a header declared in place from
 * one referenced from {@code components}; where a rule needs the target it resolves the reference itself.
 */
final class DesignRules {

    static final Path OPENAPI_FILE = Path.of("openapi/openapi.json");

    static final String API_VERSION = "API-Version";
    static final String API_VERSION_REF = "#/components/headers/API-Version";
    static final String PROBLEM_JSON = "application/problem+json";
    static final List<String> PROBLEM_REQUIRED = List.of("status", "title", "detail");
    /** The one literal path segment that is not kebab-case: the document itself, at {@code /openapi.json}. */
    static final String OPENAPI_DOCUMENT_PATH = "/openapi.json";
    /**
     * RFC 8615's prefix: a well-known URI's location is fixed by its registration (AuthZEN's
     * {@code /.well-known/authzen-configuration}), so neither its first segment nor a version can follow the rules.
     */
    static final String WELL_KNOWN_PREFIX = "/.well-known/";

    private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)");
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LOWER_CAMEL = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^{}]*)}");

    private final OpenAPI api;

    DesignRules(OpenAPI api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    // ------------------------------------------------------------------------------------------------ parsing

    static String readContract() {
        try {
            return Files.readString(OPENAPI_FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OPENAPI_FILE.toAbsolutePath(), e);
        }
    }

    static SwaggerParseResult parseResult(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        return new OpenAPIV3Parser().readContents(json, null, options);
    }

    /** A fresh, mutable model of the document; fails when the parser cannot make one at all. */
    static OpenAPI parse(String json) {
        SwaggerParseResult result = parseResult(json);
        if (result.getOpenAPI() == null) {
            throw new IllegalArgumentException("not an OpenAPI document: " + result.getMessages());
        }
        return result.getOpenAPI();
    }

    // ------------------------------------------------------------------------------------------------ rules

    /** The document declares an OpenAPI 3 version. */
    List<String> openApiVersion() {
        String version = api.getOpenapi();
        return version != null && version.startsWith("3.")
                ? List.of()
                : List.of("openapi: '" + version + "' is not an OpenAPI 3.x version");
    }

    /** info.version is semantic (MAJOR.MINOR.PATCH) and info.contact has a name, an email address and a url. */
    List<String> info() {
        Info info = api.getInfo();
        if (info == null) {
            return List.of("info: missing");
        }
        List<String> violations = new ArrayList<>();
        if (info.getVersion() == null || !SEMVER.matcher(info.getVersion()).matches()) {
            violations.add("info.version: '" + info.getVersion() + "' is not a semantic version MAJOR.MINOR.PATCH");
        }
        Contact contact = info.getContact();
        if (contact == null) {
            violations.add("info.contact: missing");
        } else {
            requireText(violations, "info.contact.name", contact.getName());
            requireText(violations, "info.contact.email", contact.getEmail());
            requireText(violations, "info.contact.url", contact.getUrl());
        }
        return violations;
    }

    /**
     * Every server url ends with the major version of info.version: {@code .../v1} for 1.x.y; the document's servers
     * and those a path declares for itself alike, but for a well-known path's (RFC 8615 fixes where it is).
     */
    List<String> majorVersionInServerUrl() {
        String version = api.getInfo() == null ? null : api.getInfo().getVersion();
        Matcher semver = version == null ? null : SEMVER.matcher(version);
        if (semver == null || !semver.matches()) {
            return List.of("servers: cannot check the major version, info.version '" + version + "' is not semantic");
        }
        String suffix = "/v" + semver.group(1);
        List<Server> servers = api.getServers();
        if (servers == null || servers.isEmpty()) {
            return List.of("servers: none declared, so the major version is not in the URI");
        }
        List<String> violations = new ArrayList<>();
        for (Server server : servers) {
            if (server.getUrl() == null || !server.getUrl().endsWith(suffix)) {
                violations.add("servers: url '" + server.getUrl() + "' does not end with the major version '"
                        + suffix + "'");
            }
        }
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> {
                if (item.getServers() == null || path.startsWith(WELL_KNOWN_PREFIX)) {
                    return;
                }
                for (Server server : item.getServers()) {
                    if (server.getUrl() == null || !server.getUrl().endsWith(suffix)) {
                        violations.add("path '" + path + "' servers: url '" + server.getUrl()
                                + "' does not end with the major version '" + suffix + "'");
                    }
                }
            });
        }
        return violations;
    }

    /** Every 2xx response declares the API-Version header, in place or as $ref to components/headers/API-Version. */
    List<String> apiVersionHeaderOnSuccess() {
        List<String> violations = new ArrayList<>();
        for (Op op : operations()) {
            for (Map.Entry<String, ApiResponse> entry : responses(op).entrySet()) {
                String code = entry.getKey();
                if (!code.startsWith("2")) {
                    continue;
                }
                String where = op + " response " + code;
                ApiResponse response = resolveResponse(entry.getValue(), where, violations);
                if (response == null) {
                    continue;
                }
                Header header = response.getHeaders() == null ? null : response.getHeaders().get(API_VERSION);
                if (header == null) {
                    violations.add(where + ": does not declare the " + API_VERSION + " header");
                } else if (header.get$ref() != null) {
                    if (!API_VERSION_REF.equals(header.get$ref())) {
                        violations.add(where + ": " + API_VERSION + " header refers to '" + header.get$ref()
                                + "' instead of '" + API_VERSION_REF + "'");
                    } else if (component(c -> c.getHeaders(), API_VERSION) == null) {
                        violations.add(where + ": " + API_VERSION + " header refers to '" + API_VERSION_REF
                                + "', which is not declared");
                    }
                } else if (header.getSchema() == null && header.getContent() == null) {
                    violations.add(where + ": " + API_VERSION + " header has no schema");
                }
            }
        }
        return violations;
    }

    /** Every 4xx/5xx response is application/problem+json with a schema that requires status, title and detail. */
    List<String> problemDetailsOnErrors() {
        List<String> violations = new ArrayList<>();
        for (Op op : operations()) {
            for (Map.Entry<String, ApiResponse> entry : responses(op).entrySet()) {
                String code = entry.getKey();
                if (!(code.startsWith("4") || code.startsWith("5"))) {
                    continue;
                }
                String where = op + " response " + code;
                ApiResponse response = resolveResponse(entry.getValue(), where, violations);
                if (response == null) {
                    continue;
                }
                MediaType problem = response.getContent() == null ? null : response.getContent().get(PROBLEM_JSON);
                if (problem == null) {
                    violations.add(where + ": has no " + PROBLEM_JSON + " content (has "
                            + (response.getContent() == null ? "none" : response.getContent().keySet()) + ")");
                    continue;
                }
                Schema<?> schema = resolveSchema(problem.getSchema(), where + " " + PROBLEM_JSON, violations);
                if (schema == null) {
                    continue;
                }
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
                for (String field : PROBLEM_REQUIRED) {
                    if (!required.contains(field)) {
                        violations.add(where + ": " + PROBLEM_JSON + " schema does not require '" + field + "'");
                    } else if (!properties.containsKey(field)) {
                        violations.add(where + ": " + PROBLEM_JSON + " schema requires '" + field
                                + "' but does not define it");
                    }
                }
            }
        }
        return violations;
    }

    /** Every operation that takes input (a parameter or a request body) says how it rejects it: a 400 response. */
    List<String> badRequestWhereInputIsTaken() {
        List<String> violations = new ArrayList<>();
        for (Op op : operations()) {
            boolean takesInput = !op.parameters().isEmpty() || op.operation().getRequestBody() != null;
            if (takesInput && !responses(op).containsKey("400")) {
                violations.add(op + ": takes input (" + inputs(op) + ") but declares no 400 response");
            }
        }
        return violations;
    }

    /**
     * Literal path segments are kebab-case, path parameters {lowerCamelCase}; only /openapi.json and the first
     * segment of a well-known URI ({@code .well-known}, RFC 8615) are exempt.
     */
    List<String> kebabCasePaths() {
        List<String> violations = new ArrayList<>();
        if (api.getPaths() == null) {
            return violations;
        }
        for (String path : api.getPaths().keySet()) {
            if (!path.startsWith("/")) {
                violations.add("path '" + path + "': does not start with '/'");
                continue;
            }
            String[] segments = path.substring(1).split("/", -1);
            for (int i = 0; i < segments.length; i++) {
                String segment = segments[i];
                boolean last = i == segments.length - 1;
                Matcher parameter = PATH_PARAMETER.matcher(segment);
                if (parameter.matches()) {
                    if (!LOWER_CAMEL.matcher(parameter.group(1)).matches()) {
                        violations.add("path '" + path + "': parameter '" + segment + "' is not {lowerCamelCase}");
                    }
                } else if (segment.isEmpty()) {
                    violations.add("path '" + path + "': has an empty segment (trailing or double slash)");
                } else if (!(last && path.equals(OPENAPI_DOCUMENT_PATH))
                        && !(i == 0 && path.startsWith(WELL_KNOWN_PREFIX)) && !KEBAB.matcher(segment).matches()) {
                    violations.add("path '" + path + "': segment '" + segment + "' is not kebab-case");
                }
            }
        }
        return violations;
    }

    /** Query parameter names are lowerCamelCase. */
    List<String> lowerCamelCaseQueryParameters() {
        List<String> violations = new ArrayList<>();
        for (Op op : operations()) {
            for (Parameter parameter : op.parameters()) {
                if ("query".equals(parameter.getIn()) && (parameter.getName() == null
                        || !LOWER_CAMEL.matcher(parameter.getName()).matches())) {
                    violations.add(op + ": query parameter '" + parameter.getName() + "' is not lowerCamelCase");
                }
            }
        }
        return violations;
    }

    /**
     * Every schema property and parameter that holds a date (its name ends with "Date", or is deadline or
     * effectiveFrom) is {@code type: string, format: date}.
     */
    List<String> datesAreFormatDate() {
        List<String> violations = new ArrayList<>();
        Map<String, Schema> schemas = api.getComponents() == null || api.getComponents().getSchemas() == null
                ? Map.of() : api.getComponents().getSchemas();
        schemas.forEach((name, schema) -> dateProperties("#/components/schemas/" + name, schema, violations));
        for (Op op : operations()) {
            for (Parameter parameter : op.parameters()) {
                String where = op + " " + parameter.getIn() + " parameter '" + parameter.getName() + "'";
                if (isDateName(parameter.getName())) {
                    checkDate(where, parameter.getSchema(), violations);
                }
                dateProperties(where, parameter.getSchema(), violations);
            }
            RequestBody body = op.operation().getRequestBody();
            if (body != null && body.getContent() != null) {
                body.getContent().forEach((type, media) ->
                        dateProperties(op + " request body " + type, media.getSchema(), violations));
            }
            for (Map.Entry<String, ApiResponse> response : responses(op).entrySet()) {
                Content content = response.getValue().getContent(); // a $ref'd response is checked in components
                if (content != null) {
                    content.forEach((type, media) -> dateProperties(op + " response " + response.getKey() + " " + type,
                            media.getSchema(), violations));
                }
            }
        }
        if (api.getComponents() != null && api.getComponents().getParameters() != null) {
            api.getComponents().getParameters().forEach((name, parameter) -> {
                if (isDateName(parameter.getName())) {
                    checkDate("#/components/parameters/" + name, parameter.getSchema(), violations);
                }
            });
        }
        return violations;
    }

    /** Every operation has a summary and an operationId, and no two operations share an operationId. */
    List<String> operationIdsAndSummaries() {
        List<String> violations = new ArrayList<>();
        Map<String, Op> seen = new HashMap<>();
        for (Op op : operations()) {
            String id = op.operation().getOperationId();
            if (id == null || id.isBlank()) {
                violations.add(op + ": has no operationId");
            } else {
                Op other = seen.putIfAbsent(id, op);
                if (other != null) {
                    violations.add(op + ": operationId '" + id + "' is also used by " + other);
                }
            }
            if (op.operation().getSummary() == null || op.operation().getSummary().isBlank()) {
                violations.add(op + ": has no summary");
            }
        }
        return violations;
    }

    // ------------------------------------------------------------------------------------------------ model walking

    /** An operation with the parameters that apply to it (those of its path item, then its own, $refs resolved). */
    record Op(String path, PathItem.HttpMethod method, Operation operation, List<Parameter> parameters) {
        @Override
        public String toString() {
            return method + " " + path + (operation.getOperationId() == null ? "" : " (" + operation.getOperationId() + ")");
        }
    }

    List<Op> operations() {
        List<Op> operations = new ArrayList<>();
        if (api.getPaths() == null) {
            return operations;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            List<Parameter> parameters = new ArrayList<>();
            if (item.getParameters() != null) {
                item.getParameters().forEach(p -> parameters.add(resolveParameter(p)));
            }
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> parameters.add(resolveParameter(p)));
            }
            operations.add(new Op(path, method, operation, parameters));
        }));
        return operations;
    }

    private static Map<String, ApiResponse> responses(Op op) {
        return op.operation().getResponses() == null ? Map.of() : new LinkedHashMap<>(op.operation().getResponses());
    }

    private static String inputs(Op op) {
        List<String> inputs = new ArrayList<>();
        op.parameters().forEach(p -> inputs.add(p.getIn() + " " + p.getName()));
        if (op.operation().getRequestBody() != null) {
            inputs.add("request body");
        }
        return String.join(", ", inputs);
    }

    private ApiResponse resolveResponse(ApiResponse response, String where, List<String> violations) {
        if (response.get$ref() == null) {
            return response;
        }
        ApiResponse target = component(c -> c.getResponses(), refName(response.get$ref(), "#/components/responses/"));
        if (target == null) {
            violations.add(where + ": $ref '" + response.get$ref() + "' does not resolve to components/responses");
        }
        return target;
    }

    private Schema<?> resolveSchema(Schema<?> schema, String where, List<String> violations) {
        if (schema == null) {
            violations.add(where + ": has no schema");
            return null;
        }
        if (schema.get$ref() == null) {
            return schema;
        }
        Schema<?> target = component(c -> c.getSchemas(), refName(schema.get$ref(), "#/components/schemas/"));
        if (target == null) {
            violations.add(where + ": $ref '" + schema.get$ref() + "' does not resolve to components/schemas");
        }
        return target;
    }

    private Parameter resolveParameter(Parameter parameter) {
        if (parameter.get$ref() == null) {
            return parameter;
        }
        Parameter target = component(c -> c.getParameters(), refName(parameter.get$ref(), "#/components/parameters/"));
        if (target == null) {
            throw new IllegalArgumentException("parameter $ref '" + parameter.get$ref() + "' does not resolve");
        }
        return target;
    }

    private <T> T component(Function<io.swagger.v3.oas.models.Components, Map<String, T>> section, String name) {
        if (api.getComponents() == null || name == null) {
            return null;
        }
        Map<String, T> map = section.apply(api.getComponents());
        return map == null ? null : map.get(name);
    }

    private static String refName(String ref, String prefix) {
        return ref.startsWith(prefix) ? ref.substring(prefix.length()) : null;
    }

    static boolean isDateName(String name) {
        return name != null && (name.endsWith("Date") || name.equals("deadline") || name.equals("effectiveFrom"));
    }

    /** Checks every date-named property in and below {@code schema}; $refs are not followed (components are walked). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void dateProperties(String where, Schema<?> schema, List<String> violations) {
        if (schema == null || schema.get$ref() != null) {
            return;
        }
        if (schema.getProperties() != null) {
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                String at = where + "/properties/" + property.getKey();
                if (isDateName(property.getKey())) {
                    checkDate(at, property.getValue(), violations);
                }
                dateProperties(at, property.getValue(), violations);
            }
        }
        dateProperties(where + "/items", schema.getItems(), violations);
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            dateProperties(where + "/additionalProperties", additional, violations);
        }
        for (Map.Entry<String, List<Schema>> composition : Map.of(
                "allOf", nullToEmpty(schema.getAllOf()),
                "anyOf", nullToEmpty(schema.getAnyOf()),
                "oneOf", nullToEmpty(schema.getOneOf())).entrySet()) {
            List<Schema> parts = composition.getValue();
            for (int i = 0; i < parts.size(); i++) {
                dateProperties(where + "/" + composition.getKey() + "/" + i, parts.get(i), violations);
            }
        }
    }

    private void checkDate(String where, Schema<?> declared, List<String> violations) {
        List<String> problems = new ArrayList<>();
        Schema<?> schema = resolveSchema(declared, where, problems);
        if (schema != null && !("string".equals(schema.getType()) && "date".equals(schema.getFormat()))) {
            problems.add(where + ": holds a date but is type '" + schema.getType() + "', format '"
                    + schema.getFormat() + "' instead of type 'string', format 'date'");
        }
        violations.addAll(problems);
    }

    @SuppressWarnings("rawtypes")
    private static List<Schema> nullToEmpty(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }

    private static void requireText(List<String> violations, String field, String value) {
        if (value == null || value.isBlank()) {
            violations.add(field + ": missing");
        }
    }
}
