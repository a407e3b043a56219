package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A fixed-seed fuzz test of both protocols: every REST operation in openapi/openapi.json and every operation of the
 * WSDL gets thousands of mutated requests (each field null, of the wrong JSON type, empty, very long, with NUL or
 * emoji, an impossible date, a huge number, an injection string; truncated bodies; nesting thousands deep). No answer
 * may be a 5xx; a REST 4xx is a problem detail, a 400 names a field that was mutated; a SOAP error is a soap:Client
 * fault with a typed detail; no answer shows a stack trace, a class name or SQL. The operations and their fields are
 * read from the contracts, so a new operation or field is fuzzed without a change here (and fails loudly when it
 * has no valid sample value below).
 *
 * <p>401, 403 and 429 answers (authentication on the consent endpoints, the rate limit) are checked for their form
 * but not counted as answers to the mutation.
 */
class FuzzIT extends DeployedGateway {

    private static final long SEED = 20_261_202L;
    /** Random multi-field mutations per operation, on top of every single-field mutation. */
    private static final int RANDOM_REST_CASES = 40;
    private static final int RANDOM_SOAP_CASES = 20;
    private static final int PARALLEL = 4;

    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\bjava\\.|\\bjavax\\.|\\bjakarta\\.|\\bnl\\.overheid\\.|\\borg\\.(apache|jboss|wildfly|h2|postgresql|hibernate|eclipse|glassfish|codehaus)"
                    + "|\\sat [\\w$.]+\\(|\\.java:\\d+");
    private static final Pattern SQL = Pattern.compile(
            "(?i)\\bselect\\b.+\\bfrom\\b|\\binsert into\\b|\\bupdate\\b.+\\bset\\b|\\bdelete from\\b|sqlstate|syntax error|constraint|\\bjdbc\\b");
    private static final String NS = SoapWire.NS;

    Http http;
    final ItIdentities identities = ItIdentities.arquillian();
    String reference;
    /** A request for consent to publish a UWV video: the usage question's publicationConsentRequestReference. */
    String publicationReference;
    String decisionId;
    String policyVersionId;
    /** A municipal acknowledgement, for the acknowledgement operations (registered by case-system-gemeente). */
    String acknowledgement;
    /** Whether the cases being built are for an acknowledgement operation: their authority is a municipality. */
    boolean acknowledgements;
    final String later = ConsentRest.today().plusDays(40).toString();
    final AtomicInteger keys = new AtomicInteger();

    @BeforeEach
    void fixtures() {
        http = new Http(base);
        HttpResponse<String> submitted = send(new Call("POST", ConsentRest.PATH, Map.of(), "application/json",
                "{\"kind\":\"RECORDING\",\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"conversationDate\":\"" + later
                        + "\",\"channel\":\"PHONE\",\"caseReference\":\"FUZZ-" + UUID.randomUUID() + "\"}"));
        assertEquals(201, submitted.statusCode(), submitted.body());
        reference = Http.json(submitted).getString("reference");
        HttpResponse<String> publication = send(new Call("POST", ConsentRest.PATH, Map.of(), "application/json",
                "{\"kind\":\"PUBLICATION\",\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"usage\":\"PUBLISH\","
                        + "\"conversationDate\":\"" + ConsentRest.today().minusDays(1) + "\",\"channel\":\"PHONE\","
                        + "\"caseReference\":\"FUZZ-" + UUID.randomUUID() + "\"}"));
        assertEquals(201, publication.statusCode(), publication.body());
        publicationReference = Http.json(publication).getString("reference");
        HttpResponse<String> decided = send(new Call("POST", "/api/v1/usage-decisions", Map.of(), "application/json",
                "{\"authority\":\"UWV\",\"medium\":\"AUDIO\",\"usage\":\"PUBLISH\"}"));
        assertEquals(200, decided.statusCode(), decided.body());
        decisionId = Http.json(decided).getString("decisionId");
        HttpResponse<String> adl = send(new Call("GET", "/api/v1/decisions/" + decisionId + "/adl-record", Map.of(), null,
                null));
        assertEquals(200, adl.statusCode(), adl.body());
        policyVersionId = Http.json(adl).getJsonObject("attributes").getJsonObject("adl.core.policies")
                .getJsonObject("recording-policy").getString("id");
        HttpResponse<String> registered = send(new Call("POST", "/api/v1/acknowledgements", Map.of(), "application/json",
                AcknowledgementRestIT.registration("MUNICIPALITY", "FUZZ-" + UUID.randomUUID(), "Fuzz Tester")));
        assertEquals(201, registered.statusCode(), registered.body());
        acknowledgement = Http.json(registered).getString("reference");
    }

    /** One HTTP request of the fuzz test. */
    record Call(String method, String path, Map<String, String> headers, String contentType, String body) {
    }

    /** A call and the names a 400 must mention (one of them): the fields that were mutated. */
    record Case(String description, Call call, Set<String> mutated) {
    }

    /**
     * Every request this test sends goes out here, logged in as the identity whose role the operation needs (the
     * public questions do not need one, but answer a logged-in caller alike): the mutations, not the credentials,
     * are under test.
     */
    private HttpResponse<String> send(Call call) {
        Http http = this.http.as(identities, identityFor(call));
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(call.path()));
        call.headers().forEach(request::header);
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        request.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8));
        return http.send(request);
    }

    private static String identityFor(Call call) {
        if (call.path().startsWith("/api/v1/decisions/")) {
            return "auditor";
        }
        if (call.path().contains("/acknowledgement") || call.body() != null && call.body().contains("Acknowledgement")) {
            return "case-system-gemeente";
        }
        if (call.path().endsWith("/decision") || call.path().endsWith("/contacts") || call.body() != null
                && (call.body().contains("DecideConsentRequest") || call.body().contains("RecordConsentContact"))) {
            return "consent-officer";
        }
        return "case-system";
    }

    // ------------------------------------------------------------------------------------------------------ REST

    @Test
    void everyRestOperationAnswersMutatedRequestsWithAProblemNamingTheFieldAndNeverA5xx() throws Exception {
        Random random = new Random(SEED);
        JsonObject contract = Http.json(http.get("/api/v1/openapi.json"));
        List<Case> cases = new ArrayList<>();
        JsonObject paths = contract.getJsonObject("paths");
        for (String path : paths.keySet()) {
            JsonObject operations = paths.getJsonObject(path);
            if (operations.containsKey("servers")) {
                continue; // AuthZEN's endpoints, outside /api/v1, with their own bodies: AuthzenIT feeds them bad input
            }
            for (String method : operations.keySet()) {
                if (!method.equals("parameters")) {
                    cases.addAll(restCases(contract, path, method.toUpperCase(), operations.getJsonObject(method), random));
                }
            }
        }

        Outcome outcome = run(cases, this::checkRest);

        assertTrue(cases.size() >= 1_500, "thousands of REST cases: " + cases.size());
        assertTrue(outcome.counted >= cases.size() * 9 / 10, "answered, not refused by authentication or rate limit: "
                + outcome.counted + " of " + cases.size());
        assertEquals(List.of(), outcome.failures.subList(0, Math.min(20, outcome.failures.size())),
                outcome.failures.size() + " of " + cases.size() + " REST cases failed");
    }

    private List<Case> restCases(JsonObject contract, String path, String method, JsonObject operation, Random random) {
        acknowledgements = path.contains("/acknowledgement");
        List<Parameter> parameters = new ArrayList<>();
        for (JsonValue value : operation.getJsonArray("parameters") == null ? List.<JsonValue>of()
                : operation.getJsonArray("parameters")) {
            JsonObject parameter = resolve(contract, value.asJsonObject());
            parameters.add(new Parameter(parameter.getString("name"), parameter.getString("in"),
                    parameter.getBoolean("required", false)));
        }
        List<String> fields = new ArrayList<>();
        Set<String> baseFields = new LinkedHashSet<>();
        JsonObject requestBody = operation.getJsonObject("requestBody");
        if (requestBody != null) {
            JsonObject schema = resolve(contract, requestBody.getJsonObject("content").getJsonObject("application/json")
                    .getJsonObject("schema"));
            fields.addAll(schema.getJsonObject("properties").keySet());
            if (schema.getJsonArray("required") != null) {
                schema.getJsonArray("required").getValuesAs(JsonString.class).forEach(name -> baseFields.add(name.getString()));
            }
            if (fields.contains("conversationDate")) {
                baseFields.add("conversationDate"); // a lead time applies to the base question (UWV video)
            }
        }
        String label = method + " " + path;
        List<Case> cases = new ArrayList<>();
        Map<String, String> validBody = new LinkedHashMap<>();
        baseFields.forEach(name -> validBody.put(name, jsonSample(name)));

        cases.add(new Case(label + " as valid", restCall(method, path, parameters, Map.of(), validBody, requestBody != null), Set.of()));
        for (Parameter parameter : parameters) {
            for (String bad : mutationsOf(parameter)) {
                cases.add(new Case(label + " " + parameter.name() + "=" + shorten(bad),
                        restCall(method, path, parameters, Map.of(parameter.name(), bad), validBody, requestBody != null),
                        Set.of(parameter.name())));
            }
            if (!parameter.in().equals("path")) {
                cases.add(new Case(label + " without " + parameter.name(),
                        restCall(method, path, parameters, Collections.singletonMap(parameter.name(), null), validBody,
                                requestBody != null), Set.of(parameter.name())));
            }
        }
        if (requestBody == null) {
            for (int i = 0; i < RANDOM_REST_CASES && !parameters.isEmpty(); i++) {
                Map<String, String> mutations = new LinkedHashMap<>();
                for (int n = 1 + random.nextInt(Math.min(3, parameters.size())); n > 0; n--) {
                    Parameter parameter = parameters.get(random.nextInt(parameters.size()));
                    List<String> values = mutationsOf(parameter);
                    mutations.put(parameter.name(), values.get(random.nextInt(values.size())));
                }
                cases.add(new Case(label + " " + mutations.keySet() + " random #" + i,
                        restCall(method, path, parameters, mutations, validBody, false), mutations.keySet()));
            }
            return cases;
        }
        for (String field : fields) {
            for (String bad : JSON_MUTATIONS) {
                Map<String, String> body = new LinkedHashMap<>(validBody);
                body.put(field, bad);
                cases.add(new Case(label + " " + field + "=" + shorten(bad),
                        restCall(method, path, parameters, Map.of(), body, true), Set.of(field)));
            }
            Map<String, String> without = new LinkedHashMap<>(validBody);
            without.remove(field);
            cases.add(new Case(label + " without " + field, restCall(method, path, parameters, Map.of(), without, true), Set.of(field)));
        }
        Map<String, String> deep = new LinkedHashMap<>(validBody);
        deep.put(fields.get(0), "[".repeat(5_000) + "]".repeat(5_000));
        cases.add(new Case(label + " " + fields.get(0) + " nested 5000 deep",
                restCall(method, path, parameters, Map.of(), deep, true), Set.of("body")));
        String valid = json(validBody);
        for (int i = 0; i < 8; i++) {
            int cut = random.nextInt(Math.max(1, valid.length() - 1));
            cases.add(new Case(label + " truncated at " + cut, bodyCall(method, path, parameters, valid.substring(0, cut)), Set.of("body")));
        }
        for (int depth : new int[] {100, 1_001, 10_000}) {
            cases.add(new Case(label + " [ nested " + depth, bodyCall(method, path, parameters, "[".repeat(depth) + "]".repeat(depth)), Set.of("body")));
            cases.add(new Case(label + " { nested " + depth, bodyCall(method, path, parameters, "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)), Set.of("body")));
        }
        for (String whole : List.of("", " ", "null", "true", "1e308", "\"text\"", "[1,2]", "{", "}", "{\"a\":1,}", "\u0000",
                "{\"colour\":\"red\"}", "\uFEFF{}", valid + valid, valid.replace("{", "{\"x\":1,"))) {
            cases.add(new Case(label + " body " + shorten(whole), bodyCall(method, path, parameters, whole), Set.of("body", "x", "colour")));
        }
        for (int i = 0; i < RANDOM_REST_CASES; i++) {
            Map<String, String> body = new LinkedHashMap<>(validBody);
            Set<String> mutated = new LinkedHashSet<>();
            for (int n = 1 + random.nextInt(Math.min(3, fields.size())); n > 0; n--) {
                String field = fields.get(random.nextInt(fields.size()));
                body.put(field, JSON_MUTATIONS.get(random.nextInt(JSON_MUTATIONS.size())));
                mutated.add(field);
            }
            cases.add(new Case(label + " " + mutated + " random #" + i, restCall(method, path, parameters, Map.of(), body, true), mutated));
        }
        return cases;
    }

    record Parameter(String name, String in, boolean required) {
    }

    /** An empty path parameter is another resource (/consent-requests/ is the collection), not a bad value. */
    private static List<String> mutationsOf(Parameter parameter) {
        return parameter.in().equals("path") ? TEXT_MUTATIONS.subList(1, TEXT_MUTATIONS.size()) : TEXT_MUTATIONS;
    }

    /** Values for query, path and header parameters (already text; URL-encoded when sent). */
    private static final List<String> TEXT_MUTATIONS = List.of(
            "", " ", "null", "A".repeat(5_000), "\u0000", "UWV\u0000", "\uD83D\uDE00", "\uD83D\uDCF7\uD83D\uDCF7",
            "2026-02-30", "0000-01-01", "99999-01-01", "-2026-01-01", "2026-13-45", "1e308", "-1", "0", "2147483648",
            "abc", "' OR '1'='1", "1; DROP TABLE consent_request; --", "../../etc/passwd", "..%2F..%2F", "<script>alert(1)</script>",
            "${jndi:ldap://x/a}", "%00", "\\", "uwv", "CR-00000000000000000000000000", "CR-7ZZZZZZZZZZZZZZZZZZZZZZZZZ");

    /** JSON texts to put where a field's value goes. */
    private static final List<String> JSON_MUTATIONS = List.of(
            "null", "0", "-1", "1e308", "-1e308", "1e9999999999", "123456789012345678901234567890", "true", "false",
            "[]", "{}", "[[[\"UWV\"]]]", "{\"a\":{\"b\":1}}", "\"\"", "\" \"", "\"" + "A".repeat(5_000) + "\"",
            "\"\\u0000\"", "\"UWV\\u0000\"", "\"\uD83D\uDE00\"", "\"\\ud800\"",
            "\"2026-02-30\"", "\"0000-01-01\"", "\"99999-01-01\"", "\"2026-13-45\"",
            "\"' OR '1'='1\"", "\"'; DROP TABLE consent_request; --\"", "\"../../etc/passwd\"",
            "\"<script>alert(1)</script>\"", "\"uwv\"", "\"UWV \"", "\"true\"", "\"CR-00000000000000000000000000\"");

    private String jsonSample(String field) {
        return switch (field) {
            case "participant", "signedByClient", "signedByEmployee" -> "true";
            default -> "\"" + textSample(field) + "\"";
        };
    }

    /** A valid value for each field and parameter name of both contracts. */
    private String textSample(String field) {
        return switch (field) {
            case "authority" -> acknowledgements ? "MUNICIPALITY" : "UWV";
            case "medium" -> "VIDEO";
            case "participant" -> "true";
            case "conversationDate" -> later;
            case "requestDate" -> ConsentRest.today().toString();
            case "usage" -> "PUBLISH";
            case "platform" -> "MESSAGING";
            case "contactedAt" -> java.time.OffsetDateTime.now(ConsentRest.AMSTERDAM).minusMinutes(1)
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
            case "note" -> "fuzz";
            case "alternativeMedium" -> "AUDIO";
            case "alternativeDescription" -> "fuzz";
            case "kind" -> "RECORDING";
            case "channel" -> "PHONE";
            case "caseReference" -> "FUZZ-CASE-1";
            case "decision" -> "GRANTED";
            case "reason" -> "fuzz";
            case "reference" -> acknowledgements ? acknowledgement : reference;
            case "consentRequestReference", "recordingConsentRequestReference" -> reference;
            case "publicationConsentRequestReference" -> publicationReference;
            case "date" -> ConsentRest.today().toString();
            case "clientName", "employeeName" -> "Fuzz Tester";
            case "signedByClient", "signedByEmployee" -> "true";
            case "lang" -> "nl";
            case "decisionId" -> decisionId;
            case "policyVersionId" -> policyVersionId;
            case "page" -> "1";
            case "pageSize" -> "10";
            case "Idempotency-Key", "requestId" -> "fuzz-" + keys.incrementAndGet();
            case "traceparent" -> "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
            default -> throw new IllegalStateException("no valid sample value for " + field + ": add one to FuzzIT");
        };
    }

    private Call restCall(String method, String path, List<Parameter> parameters, Map<String, String> mutations,
                          Map<String, String> body, boolean hasBody) {
        return build(method, path, parameters, mutations, hasBody ? json(body) : null);
    }

    private Call bodyCall(String method, String path, List<Parameter> parameters, String body) {
        return build(method, path, parameters, Map.of(), body);
    }

    private Call build(String method, String path, List<Parameter> parameters, Map<String, String> mutations, String body) {
        String resolved = "/api/v1" + path;
        StringBuilder query = new StringBuilder();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            String value = mutations.containsKey(parameter.name()) ? mutations.get(parameter.name()) : textSample(parameter.name());
            switch (parameter.in()) {
                case "path" -> resolved = resolved.replace("{" + parameter.name() + "}", encode(value).replace("+", "%20"));
                case "query" -> {
                    if (value != null) {
                        query.append(query.length() == 0 ? "?" : "&").append(parameter.name()).append('=').append(encode(value));
                    }
                }
                case "header" -> {
                    // java.net.http refuses control characters and non-ASCII in header values, as any HTTP client should
                    if (value != null && value.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
                        headers.put(parameter.name(), value);
                    }
                }
                default -> throw new IllegalStateException(parameter.in());
            }
        }
        return new Call(method, resolved + query, headers, body == null ? null : "application/json", body);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String json(Map<String, String> body) {
        StringBuilder json = new StringBuilder("{");
        body.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(name).append("\":").append(value);
        });
        return json.append('}').toString();
    }

    private static JsonObject resolve(JsonObject contract, JsonObject maybeReference) {
        if (!maybeReference.containsKey("$ref")) {
            return maybeReference;
        }
        JsonValue target = contract;
        for (String step : maybeReference.getString("$ref").substring(2).split("/")) {
            target = target.asJsonObject().get(step);
        }
        return resolve(contract, target.asJsonObject());
    }

    /** @return null when the answer is fine, else what is wrong with it */
    private String checkRest(Case fuzz, HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        if (status >= 500) {
            return status + " " + shorten(body);
        }
        String leak = leak(body, status);
        if (leak != null) {
            return leak;
        }
        if (status < 400) {
            return null;
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return status + " is not a problem detail: " + response.headers().firstValue("Content-Type").orElse("none");
        }
        JsonObject problem = Http.json(response);
        if (problem.getInt("status", -1) != status) {
            return "problem status " + problem.get("status") + " on a " + status;
        }
        if (status == 400 && !fuzz.mutated().isEmpty()) {
            if (problem.getJsonArray("invalidParams") == null) {
                return "400 without invalidParams: " + shorten(body);
            }
            Set<String> named = new LinkedHashSet<>();
            problem.getJsonArray("invalidParams").getValuesAs(JsonObject.class).forEach(p -> named.add(p.getString("name")));
            if (Collections.disjoint(named, fuzz.mutated())) {
                return "400 names " + named + ", not the mutated " + fuzz.mutated();
            }
        }
        return null;
    }

    // --------------------------------------------------------------------------------------------------- AuthZEN

    /**
     * The AuthZEN operations (outside /api/v1, nested bodies): every leaf of a valid request of each kind replaced by
     * each JSON mutation or left out, the bodies cut short, nested deep or replaced whole. The same checks as for the
     * REST operations; a 400 names the mutated part or one of the parts that hold it (AuthZEN names parts by path).
     * A failing item of a batch is answered in its own context with a 200, which the checks accept.
     */
    @Test
    void everyAuthzenOperationAnswersMutatedRequestsWithAProblemNamingThePartAndNeverA5xx() throws Exception {
        Random random = new Random(SEED);
        String record = "{\"subject\":{\"type\":\"citizen\",\"id\":\"fuzz\",\"properties\":{\"participant\":true}},"
                + "\"action\":{\"name\":\"record\",\"properties\":{\"medium\":\"VIDEO\"}},"
                + "\"resource\":{\"type\":\"conversation\",\"id\":\"UWV\"},"
                + "\"context\":{\"conversation_date\":\"" + later + "\",\"consent_request_reference\":\"" + reference + "\"}}";
        String use = "{\"subject\":{\"type\":\"citizen\",\"id\":\"fuzz\"},"
                + "\"action\":{\"name\":\"use\",\"properties\":{\"medium\":\"AUDIO\",\"usage\":\"PUBLISH\",\"platform\":\"MESSAGING\"}},"
                + "\"resource\":{\"type\":\"recording\",\"id\":\"MUNICIPALITY\"}}";
        String batch = "{\"subject\":{\"type\":\"citizen\",\"id\":\"fuzz\"},\"options\":{\"evaluations_semantic\":\"execute_all\"},"
                + "\"evaluations\":[" + use.replace("\"subject\":{\"type\":\"citizen\",\"id\":\"fuzz\"},", "") + "]}";
        List<Case> cases = new ArrayList<>();
        cases.addAll(authzenCases("/access/v1/evaluation", "record", record, random));
        cases.addAll(authzenCases("/access/v1/evaluation", "use", use, random));
        cases.addAll(authzenCases("/access/v1/evaluations", "batch", batch, random));

        Outcome outcome = run(cases, this::checkRest);

        assertTrue(cases.size() >= 1_000, "a thousand and more AuthZEN cases: " + cases.size());
        assertTrue(outcome.counted >= cases.size() * 9 / 10, "answered, not refused by authentication or rate limit: "
                + outcome.counted + " of " + cases.size());
        assertEquals(List.of(), outcome.failures.subList(0, Math.min(20, outcome.failures.size())),
                outcome.failures.size() + " of " + cases.size() + " AuthZEN cases failed");
    }

    private List<Case> authzenCases(String path, String kind, String valid, Random random) {
        JsonValue base;
        try (var reader = Json.createReader(new StringReader(valid))) {
            base = reader.readValue();
        }
        List<List<String>> leaves = new ArrayList<>();
        leavesOf(base, new ArrayList<>(), leaves);
        String label = "POST " + path + " (" + kind + ")";
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(label + " as valid", authzenCall(path, valid), Set.of()));
        for (List<String> leaf : leaves) {
            String name = String.join(".", leaf);
            for (String bad : JSON_MUTATIONS) {
                cases.add(new Case(label + " " + name + "=" + shorten(bad), authzenCall(path, replaced(base, List.of(), Map.of(leaf, bad))),
                        partsHolding(leaf)));
            }
            cases.add(new Case(label + " without " + name, authzenCall(path, replaced(base, List.of(), Collections.singletonMap(leaf, null))), partsHolding(leaf)));
        }
        for (int i = 0; i < RANDOM_REST_CASES; i++) {
            Map<List<String>, String> mutations = new LinkedHashMap<>();
            Set<String> parts = new LinkedHashSet<>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                List<String> leaf = leaves.get(random.nextInt(leaves.size()));
                mutations.put(leaf, JSON_MUTATIONS.get(random.nextInt(JSON_MUTATIONS.size())));
                parts.addAll(partsHolding(leaf));
            }
            cases.add(new Case(label + " " + parts + " random #" + i, authzenCall(path, replaced(base, List.of(), mutations)), parts));
        }
        for (int i = 0; i < 8; i++) {
            int cut = random.nextInt(Math.max(1, valid.length() - 1));
            cases.add(new Case(label + " truncated at " + cut, authzenCall(path, valid.substring(0, cut)), Set.of("body")));
        }
        for (int depth : new int[] {100, 1_001, 10_000}) {
            cases.add(new Case(label + " [ nested " + depth, authzenCall(path, "[".repeat(depth) + "]".repeat(depth)), Set.of("body")));
            cases.add(new Case(label + " context nested " + depth, authzenCall(path,
                    valid.substring(0, valid.length() - 1) + ",\"extra\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "}"),
                    Set.of("body")));
        }
        for (String whole : List.of("", " ", "null", "true", "1e308", "\"text\"", "[1,2]", "{", "}", "{\"a\":1,}", "\u0000",
                "{\"colour\":\"red\"}", "\uFEFF{}", valid + valid)) {
            cases.add(new Case(label + " body " + shorten(whole), authzenCall(path, whole),
                    Set.of("body", "subject", "action", "resource", "evaluations")));
        }
        return cases;
    }

    private static Call authzenCall(String path, String body) {
        return new Call("POST", path, Map.of(), "application/json", body);
    }

    /** The paths of every value that is not an object or an array, as the names of their parts. */
    private static void leavesOf(JsonValue value, List<String> at, List<List<String>> leaves) {
        if (value instanceof JsonObject object) {
            object.forEach((key, member) -> {
                List<String> next = new ArrayList<>(at);
                next.add(key);
                leavesOf(member, next, leaves);
            });
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                List<String> next = new ArrayList<>(at);
                next.add(Integer.toString(i));
                leavesOf(array.get(i), next, leaves);
            }
        } else {
            leaves.add(at);
        }
    }

    /** {@code a.b.c} may be named as itself or as {@code a.b} or {@code a}; an item of a batch by the batch. */
    private static Set<String> partsHolding(List<String> leaf) {
        Set<String> parts = new LinkedHashSet<>();
        for (int n = leaf.size(); n > 0; n--) {
            parts.add(String.join(".", leaf.subList(0, n)));
        }
        return parts;
    }

    /** The JSON text of {@code value} with each value at a path of {@code raw} written as given (left out when null). */
    private static String replaced(JsonValue value, List<String> at, Map<List<String>, String> raw) {
        if (raw.containsKey(at)) {
            return raw.get(at);
        }
        if (value instanceof JsonObject object) {
            StringJoiner json = new StringJoiner(",", "{", "}");
            object.forEach((key, member) -> {
                List<String> next = new ArrayList<>(at);
                next.add(key);
                String text = replaced(member, next, raw);
                if (text != null) {
                    json.add(Json.createValue(key) + ":" + text);
                }
            });
            return json.toString();
        }
        if (value instanceof JsonArray array) {
            StringJoiner json = new StringJoiner(",", "[", "]");
            for (int i = 0; i < array.size(); i++) {
                List<String> next = new ArrayList<>(at);
                next.add(Integer.toString(i));
                String text = replaced(array.get(i), next, raw);
                if (text != null) {
                    json.add(text);
                }
            }
            return json.toString();
        }
        return value.toString();
    }

    // ------------------------------------------------------------------------------------------------------ SOAP

    @Test
    void everySoapOperationAnswersMutatedEnvelopesWithATypedClientFaultAndNeverAServerFault() throws Exception {
        Random random = new Random(SEED);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document wsdl = factory.newDocumentBuilder().parse(Path.of("wsdl/RecordingPolicyService.wsdl").toFile());
        Document xsd = factory.newDocumentBuilder().parse(Path.of("wsdl/recording-policy-v1.xsd").toFile());
        List<Case> cases = new ArrayList<>();
        NodeList operations = wsdl.getElementsByTagNameNS("http://schemas.xmlsoap.org/wsdl/soap/", "operation");
        for (int i = 0; i < operations.getLength(); i++) {
            Element soapOperation = (Element) operations.item(i);
            String name = ((Element) soapOperation.getParentNode()).getAttribute("name");
            cases.addAll(soapCases(name, soapOperation.getAttribute("soapAction"), fields(xsd, name), random));
        }

        Outcome outcome = run(cases, this::checkSoap);

        assertTrue(cases.size() >= 1_000, "a thousand SOAP cases or more: " + cases.size());
        assertTrue(outcome.counted >= cases.size() * 9 / 10, "answered, not refused by authentication or rate limit: "
                + outcome.counted + " of " + cases.size());
        assertEquals(List.of(), outcome.failures.subList(0, Math.min(20, outcome.failures.size())),
                outcome.failures.size() + " of " + cases.size() + " SOAP cases failed");
    }

    record XsdField(String name, boolean required) {
    }

    private static List<XsdField> fields(Document xsd, String operation) {
        NodeList elements = xsd.getDocumentElement().getChildNodes();
        for (int i = 0; i < elements.getLength(); i++) {
            if (elements.item(i) instanceof Element element && element.getLocalName().equals("element")
                    && element.getAttribute("name").equals(operation)) {
                List<XsdField> fields = new ArrayList<>();
                NodeList children = element.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "element");
                for (int c = 0; c < children.getLength(); c++) {
                    Element child = (Element) children.item(c);
                    fields.add(new XsdField(child.getAttribute("name"), !"0".equals(child.getAttribute("minOccurs"))));
                }
                return fields;
            }
        }
        throw new IllegalStateException("no element " + operation + " in the XSD");
    }

    private static final List<String> XML_MUTATIONS = List.of(
            "", " ", "A".repeat(5_000), "&#0;", "UWV&#x1;", "\uD83D\uDE00", "2026-02-30", "0000-01-01", "99999-01-01",
            "2026-13-45", "1e308", "-1", "2147483648", "' OR '1'='1", "'; DROP TABLE consent_request; --",
            "../../etc/passwd", "&lt;script&gt;alert(1)&lt;/script&gt;", "<![CDATA[<script>]]>", "<rp:nested>UWV</rp:nested>",
            "<x:other xmlns:x=\"urn:other\"/>", "uwv", "CR-00000000000000000000000000");

    private List<Case> soapCases(String operation, String action, List<XsdField> fields, Random random) {
        acknowledgements = operation.contains("Acknowledgement");
        Map<String, String> valid = new LinkedHashMap<>();
        for (XsdField field : fields) {
            if (field.required() || field.name().equals("conversationDate")) {
                valid.put(field.name(), xmlSample(operation, field.name()));
            }
        }
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(operation + " as valid", soapCall(action, envelope(operation, valid)), Set.of()));
        for (XsdField field : fields) {
            for (String bad : XML_MUTATIONS) {
                Map<String, String> body = new LinkedHashMap<>(valid);
                body.put(field.name(), bad);
                cases.add(new Case(operation + " " + field.name() + "=" + shorten(bad), soapCall(action, envelope(operation, body)), Set.of(field.name())));
            }
            Map<String, String> without = new LinkedHashMap<>(valid);
            without.remove(field.name());
            cases.add(new Case(operation + " without " + field.name(), soapCall(action, envelope(operation, without)), Set.of(field.name())));
            String element = "<rp:" + field.name() + ">" + xmlSample(operation, field.name()) + "</rp:" + field.name() + ">";
            cases.add(new Case(operation + " " + field.name() + " twice",
                    soapCall(action, envelope(operation, valid).replace("</rp:" + operation + ">", element + element + "</rp:" + operation + ">")),
                    Set.of(field.name())));
            cases.add(new Case(operation + " " + field.name() + " with an attribute",
                    soapCall(action, envelope(operation, valid).replace("<rp:" + field.name() + ">", "<rp:" + field.name() + " rp:colour=\"red\">")),
                    Set.of(field.name())));
        }
        String whole = envelope(operation, valid);
        for (int i = 0; i < 6; i++) {
            int cut = random.nextInt(whole.length() - 1);
            cases.add(new Case(operation + " truncated at " + cut, soapCall(action, whole.substring(0, cut)), Set.of()));
        }
        for (int depth : new int[] {50, 1_000, 5_000}) {
            cases.add(new Case(operation + " nested " + depth, soapCall(action, SoapWire.envelope(
                    "<rp:" + operation + ">" + "<rp:n>".repeat(depth) + "</rp:n>".repeat(depth) + "</rp:" + operation + ">")), Set.of()));
        }
        cases.add(new Case(operation + " 5000 siblings", soapCall(action, SoapWire.envelope(
                "<rp:" + operation + ">" + "<rp:authority>UWV</rp:authority>".repeat(5_000) + "</rp:" + operation + ">")), Set.of()));
        for (int i = 0; i < RANDOM_SOAP_CASES; i++) {
            Map<String, String> body = new LinkedHashMap<>(valid);
            Set<String> mutated = new LinkedHashSet<>();
            for (int n = 1 + random.nextInt(Math.min(3, fields.size())); n > 0; n--) {
                String field = fields.get(random.nextInt(fields.size())).name();
                body.put(field, XML_MUTATIONS.get(random.nextInt(XML_MUTATIONS.size())));
                mutated.add(field);
            }
            cases.add(new Case(operation + " " + mutated + " random #" + i, soapCall(action, envelope(operation, body)), mutated));
        }
        return cases;
    }

    private String xmlSample(String operation, String field) {
        if (operation.equals("EvaluateUsage") && field.equals("medium")) {
            return "AUDIO";
        }
        return textSample(field);
    }

    private static String envelope(String operation, Map<String, String> fields) {
        StringBuilder body = new StringBuilder("<rp:").append(operation).append('>');
        fields.forEach((name, value) -> body.append("<rp:").append(name).append('>').append(value).append("</rp:").append(name).append('>'));
        return SoapWire.envelope(body.append("</rp:").append(operation).append('>').toString());
    }

    private static Call soapCall(String action, String envelope) {
        return new Call("POST", "/" + SoapClient.PATH, Map.of("SOAPAction", "\"" + action + "\""), "text/xml; charset=utf-8", envelope);
    }

    private String checkSoap(Case fuzz, HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        String leak = leak(body, status);
        if (leak != null) {
            return leak;
        }
        if (status == 200) {
            return body.contains("Fault>") ? "a fault with 200" : null;
        }
        if (status != 500 && (status < 400 || status >= 500)) {
            return "HTTP " + status;
        }
        Document fault;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            fault = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            return "HTTP " + status + " without a SOAP fault: " + shorten(body);
        }
        NodeList codes = fault.getElementsByTagName("faultcode");
        if (codes.getLength() != 1 || !SoapWire.localPart(codes.item(0).getTextContent()).equals("Client")) {
            return "not a soap:Client fault: " + shorten(body);
        }
        if (fault.getElementsByTagNameNS(NS, "RequestFault").getLength() + fault.getElementsByTagNameNS(NS, "ConflictFault").getLength() != 1) {
            return "a client fault without a typed detail: " + shorten(body);
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------- common

    /** A stack trace, class name or SQL in an answer; class names are looked for in every answer, SQL in errors. */
    private static String leak(String body, int status) {
        if (LEAK.matcher(body).find()) {
            return "answer " + status + " shows internals: " + shorten(body);
        }
        if (status >= 400 && SQL.matcher(body).find()) {
            return "answer " + status + " shows SQL: " + shorten(body);
        }
        return null;
    }

    static final class Outcome {
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        int counted;
    }

    interface Check {
        String check(Case fuzz, HttpResponse<String> response);
    }

    private Outcome run(List<Case> cases, Check check) throws Exception {
        Outcome outcome = new Outcome();
        AtomicInteger counted = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Case fuzz : cases) {
                done.add(pool.submit(() -> {
                    HttpResponse<String> response = send(fuzz.call());
                    int status = response.statusCode();
                    String problem;
                    if (status == 401 || status == 403 || status == 429) {
                        // refused before the mutation was looked at: its form is checked, the case is not counted
                        problem = leak(response.body(), status);
                    } else {
                        counted.incrementAndGet();
                        problem = check.check(fuzz, response);
                    }
                    if (problem != null) {
                        outcome.failures.add(fuzz.description() + " -> " + problem);
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        outcome.counted = counted.get();
        System.out.printf("FuzzIT: %d cases, %d answered as such, %d failed, %.1f s%n", cases.size(), outcome.counted,
                outcome.failures.size(), (System.nanoTime() - start) / 1e9);
        synchronized (outcome.failures) {
            Collections.sort(outcome.failures);
        }
        return outcome;
    }

    private static String shorten(String text) {
        String single = text == null ? "null" : text.replaceAll("\\s+", " ");
        return single.length() > 160 ? single.substring(0, 160) + "…(" + single.length() + ")" : single;
    }
}
