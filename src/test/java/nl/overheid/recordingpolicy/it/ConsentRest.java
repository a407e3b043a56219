package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The consent-request endpoints over REST, as a case system would call them: building bodies, sending them, and
 * reading the answers. Each test works in a case reference of its own ({@link #newCaseReference()}), so runs on a
 * shared database never see each other's requests.
 */
final class ConsentRest {

    static final String PATH = "/api/v1/consent-requests";
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** ^CR-[0-7][0-9A-HJKMNP-TV-Z]{25}$, as in both contracts. */
    static final String REFERENCE_PATTERN = "CR-[0-7][0-9A-HJKMNP-TV-Z]{25}";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Http http;
    private final ItIdentities identities;
    /** Who submitted each request through this helper, and to which authority: who may withdraw it, who decides. */
    private final Map<String, String> submitters = new ConcurrentHashMap<>();
    private final Map<String, String> authorities = new ConcurrentHashMap<>();

    /** Against the Arquillian server, logging in with the identities the build gave it. */
    ConsentRest(Http http) {
        this(http, ItIdentities.arquillian());
    }

    ConsentRest(Http http, ItIdentities identities) {
        this.http = http;
        this.identities = identities;
    }

    /** The same endpoints, as {@code identity}. */
    Http as(String identity) {
        return http.as(identities, identity);
    }

    /** The case system bound to the authority a submission names (the UWV one where the body names none). */
    static String caseSystemFor(String body) {
        return body.contains("\"authority\":\"MUNICIPALITY\"") ? "case-system-gemeente" : "case-system";
    }

    static String officerOf(String authority) {
        return "MUNICIPALITY".equals(authority) ? "consent-officer-gemeente" : "consent-officer";
    }

    /** The case system that submitted the request (through this helper), else the auditor, who sees every request. */
    String reader(String reference) {
        return submitters.getOrDefault(reference, "auditor");
    }

    /** The consent officer of the request's authority, as the auditor reads it where this helper did not submit it. */
    String grantor(String reference) {
        String authority = authorities.computeIfAbsent(reference, unknown -> {
            HttpResponse<String> response = as("auditor").get(PATH + "/" + unknown);
            return response.statusCode() == 200 ? Http.json(response).getString("authority") : "UWV";
        });
        return officerOf(authority);
    }

    /** The case system that submitted it (through this helper; else the UWV case system). */
    String requester(String reference) {
        return submitters.getOrDefault(reference, "case-system");
    }

    static LocalDate today() {
        return LocalDate.now(AMSTERDAM);
    }

    /** A conversation far enough ahead that a recording request made today is on time. */
    static LocalDate onTimeConversation() {
        return today().plusDays(30);
    }

    static String newCaseReference() {
        return "IT-" + UUID.randomUUID();
    }

    static String newIdempotencyKey() {
        return "it-key-" + UUID.randomUUID();
    }

    /** A W3C traceparent header of a caller's own span: 00-trace-id-parent-id-01. */
    static String[] newTraceparent() {
        String traceId = hex(16);
        String parentId = hex(8);
        return new String[] {"00-" + traceId + "-" + parentId + "-01", traceId, parentId};
    }

    private static String hex(int bytes) {
        byte[] id = new byte[bytes];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    /** A JSON object of string fields given as name, value, ...; a null value leaves the field out. */
    static String body(String... namesAndValues) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                body.add(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return body.build().toString();
    }

    static String recording(String medium, LocalDate conversation, String caseReference) {
        return body("kind", "RECORDING", "authority", "UWV", "medium", medium, "conversationDate", conversation.toString(),
                "channel", "MIJN_UWV", "caseReference", caseReference);
    }

    static String publication(String authority, String medium, String usage, LocalDate conversation, String caseReference) {
        return body("kind", "PUBLICATION", "authority", authority, "medium", medium, "usage", usage,
                "conversationDate", conversation.toString(), "channel", listedChannel(authority),
                "caseReference", caseReference);
    }

    /** A channel the authority's policy file lists for consent requests: Mijn UWV at UWV, the counter elsewhere. */
    static String listedChannel(String authority) {
        return "UWV".equals(authority) ? "MIJN_UWV" : "COUNTER";
    }

    HttpResponse<String> submit(String body, String... headers) {
        String caseSystem = caseSystemFor(body);
        HttpResponse<String> response = as(caseSystem).postJson(PATH, body, headers);
        if (response.statusCode() == 201) {
            JsonObject request = Http.json(response);
            submitters.put(request.getString("reference"), caseSystem);
            authorities.put(request.getString("reference"), request.getString("authority"));
        }
        return response;
    }

    /** Submits and expects 201: the consent request as answered. */
    JsonObject submitted(String body, String... headers) {
        HttpResponse<String> response = submit(body, headers);
        assertEquals(201, response.statusCode(), response.body());
        return Http.json(response);
    }

    /** A fresh video recording request at UWV, on time, in a case of its own: its reference. */
    String newOnTimeRecording() {
        return newOnTimeRecordingOn(onTimeConversation());
    }

    /** A fresh video recording request at UWV for a conversation on that (far enough) date: its reference. */
    String newOnTimeRecordingOn(LocalDate conversation) {
        JsonObject request = submitted(recording("VIDEO", conversation, newCaseReference()));
        assertEquals("SUBMITTED", request.getString("status"), request.toString());
        return request.getString("reference");
    }

    HttpResponse<String> get(String reference) {
        return as(reader(reference)).get(PATH + "/" + reference);
    }

    JsonObject current(String reference) {
        HttpResponse<String> response = get(reference);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    HttpResponse<String> decide(String reference, String decision, String reason, String... headers) {
        return as(grantor(reference)).postJson(PATH + "/" + reference + "/decision",
                body("decision", decision, "reason", reason), headers);
    }

    HttpResponse<String> withdraw(String reference, String reason, String... headers) {
        return as(requester(reference)).postJson(PATH + "/" + reference + "/withdrawal", body("reason", reason), headers);
    }

    HttpResponse<String> withdrawWithoutBody(String reference, String... headers) {
        return as(requester(reference)).postWithoutBody(PATH + "/" + reference + "/withdrawal", headers);
    }

    /**
     * GET /consent-requests?caseReference=...[&page=...][&pageSize=...] as the auditor, who sees every request of the
     * case; a null leaves the parameter out.
     */
    HttpResponse<String> page(String caseReference, Integer page, Integer pageSize) {
        StringBuilder query = new StringBuilder("?caseReference=").append(URLEncoder.encode(caseReference, StandardCharsets.UTF_8));
        if (page != null) {
            query.append("&page=").append(page);
        }
        if (pageSize != null) {
            query.append("&pageSize=").append(pageSize);
        }
        return as("auditor").get(PATH + query);
    }

    /** How many consent requests the registry holds for a case, by its listing. */
    int totalElements(String caseReference) {
        HttpResponse<String> response = page(caseReference, null, null);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response).getJsonObject("page").getInt("totalElements");
    }

    HttpResponse<String> decisionRecord(String decisionId) {
        return as("auditor").get("/api/v1/decisions/" + decisionId);
    }

    JsonObject record(String decisionId) {
        HttpResponse<String> response = decisionRecord(decisionId);
        assertEquals(200, response.statusCode(), "GET /decisions/" + decisionId + ": " + response.body());
        return Http.json(response);
    }

    /** The statuses a request's history went through, as "from>to by actor" ("-" for the submission's from). */
    static List<String> steps(JsonObject consentRequest) {
        return consentRequest.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(change -> change.getString("from", "-") + ">" + change.getString("to") + " by " + change.getString("actor"))
                .toList();
    }
}
