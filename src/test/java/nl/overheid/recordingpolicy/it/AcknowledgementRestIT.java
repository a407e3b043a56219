package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The acknowledgement of the municipal rules over REST, with the identities of it-identities.properties: registered
 * by a municipal case system or consent officer, read back and listed by those who may see it (404 for the rest, as
 * for a reference never issued), logged for the auditor without the names, refused for UWV, and printed as PDF and
 * HTML, in Dutch and in English.
 */
class AcknowledgementRestIT extends DeployedGateway {

    static final String PATH = "/api/v1/acknowledgements";
    static final String FORMS = "/api/v1/acknowledgement-forms/";
    static final String REFERENCE_PATTERN = "AK-[0-7][0-9A-HJKMNP-TV-Z]{25}";
    private static final String LABELS_NL = "Datum|Naam cliënt|Handtekening cliënt|Naam medewerker|Handtekening medewerker";

    ItIdentities identities;
    Http anonymous;

    @BeforeEach
    void clients() {
        identities = ItIdentities.arquillian();
        anonymous = new Http(base);
    }

    private Http as(String identity) {
        return anonymous.as(identities, identity);
    }

    static String registration(String authority, String caseReference, String clientName) {
        return ConsentRest.body("authority", authority, "caseReference", caseReference, "date", ConsentRest.today().toString(),
                "clientName", clientName, "employeeName", "A. Jansen")
                .replaceFirst("}$", ",\"signedByClient\":true,\"signedByEmployee\":false}");
    }

    private JsonObject registered(String identity, String caseReference) {
        HttpResponse<String> response = as(identity).postJson(PATH, registration("MUNICIPALITY", caseReference, "J. de Vries"));
        assertEquals(201, response.statusCode(), response.body());
        return Http.json(response);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertFalse(response.body().contains("Exception"), response.body());
    }

    private static String invalidParams(HttpResponse<String> response) {
        assertProblem(response, 400);
        return Http.json(response).getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream()
                .map(param -> param.getString("name") + ": " + param.getString("reason")).reduce((a, b) -> a + "; " + b)
                .orElse("");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    // ------------------------------------------------------------------------------------------------ register, read, list

    @Test
    void aMunicipalCaseSystemRegistersReadsAndListsAnAcknowledgement() {
        String caseReference = ConsentRest.newCaseReference();
        HttpResponse<String> created = as("case-system-gemeente").postJson(PATH,
                registration("GM0000", caseReference, "J. de Vries"));

        assertEquals(201, created.statusCode(), created.body());
        JsonObject acknowledgement = Http.json(created);
        String reference = acknowledgement.getString("reference");
        assertTrue(reference.matches(REFERENCE_PATTERN), reference);
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith(PATH + "/" + reference));
        assertEquals(List.of("MUNICIPALITY", caseReference, ConsentRest.today().toString(), "J. de Vries", "A. Jansen",
                        "case-system-gemeente", "GEM-ACKNOWLEDGEMENT"),
                List.of(acknowledgement.getString("authority"), acknowledgement.getString("caseReference"),
                        acknowledgement.getString("date"), acknowledgement.getString("clientName"),
                        acknowledgement.getString("employeeName"), acknowledgement.getString("registeredBy"),
                        acknowledgement.getString("ruleId")));
        assertTrue(acknowledgement.getBoolean("signedByClient"));
        assertFalse(acknowledgement.getBoolean("signedByEmployee"));

        assertEquals(acknowledgement, Http.json(as("case-system-gemeente").get(PATH + "/" + reference)));
        assertEquals(List.of(acknowledgement), Http.json(as("case-system-gemeente").get(PATH + "?caseReference=" + caseReference))
                .getJsonArray("acknowledgements").getValuesAs(JsonObject.class));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndRegistersNothingNew() {
        String caseReference = ConsentRest.newCaseReference();
        String key = "ack-" + java.util.UUID.randomUUID();
        HttpResponse<String> first = as("case-system-gemeente").postJson(PATH,
                registration("MUNICIPALITY", caseReference, "J. de Vries"), "Idempotency-Key", key);
        HttpResponse<String> retry = as("case-system-gemeente").postJson(PATH,
                registration("GM0000", caseReference, "J. de Vries"), "Idempotency-Key", key);
        HttpResponse<String> reused = as("case-system-gemeente").postJson(PATH,
                registration("MUNICIPALITY", caseReference, "P. Pietersen"), "Idempotency-Key", key);

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, retry.statusCode(), retry.body());
        assertEquals(Http.json(first).getString("reference"), Http.json(retry).getString("reference"));
        assertProblem(reused, 422);
        HttpResponse<String> listed = as("case-system-gemeente").get(PATH + "?caseReference=" + caseReference);
        assertEquals(1, Http.json(listed).getJsonArray("acknowledgements").size(), listed.body());
    }

    @Test
    void theDecisionLogRecordsTheRegistrationForTheAuditorWithoutTheNames() {
        JsonObject acknowledgement = registered("consent-officer-gemeente", ConsentRest.newCaseReference());

        HttpResponse<String> record = as("auditor").get("/api/v1/decisions/" + acknowledgement.getString("decisionId"));

        assertEquals(200, record.statusCode(), record.body());
        JsonObject logged = Http.json(record);
        assertEquals("acknowledgement_registered", logged.getString("event"));
        assertEquals("REGISTERED", logged.getString("status"));
        assertEquals(acknowledgement.getString("reference"), logged.getJsonObject("response").getString("reference"));
        assertEquals("GEM-ACKNOWLEDGEMENT", logged.getJsonObject("policies").getJsonArray("ruleIds").getString(0));
        assertTrue(logged.getString("caller").contains("consent-officer-gemeente"), logged.getString("caller"));
        assertFalse(record.body().contains("de Vries") || record.body().contains("Jansen"), record.body());
        assertProblem(as("consent-officer-gemeente").get("/api/v1/decisions/" + acknowledgement.getString("decisionId")), 404);
    }

    // ------------------------------------------------------------------------------------------------ access

    @Test
    void whoMayNotSeeItGetsTheAnswerOfAReferenceNeverIssued() {
        String caseReference = ConsentRest.newCaseReference();
        String byCaseSystem = registered("case-system-gemeente", caseReference).getString("reference");
        String byOfficer = registered("consent-officer-gemeente", caseReference).getString("reference");
        String unknown = "AK-3J8Z0K6D2W9QXN4T7VB1M5R8HC";

        assertEquals(200, as("consent-officer-gemeente").get(PATH + "/" + byCaseSystem).statusCode());
        assertEquals(200, as("auditor").get(PATH + "/" + byOfficer).statusCode());
        for (String outsider : List.of("case-system", "consent-officer", "case-system-2")) {
            HttpResponse<String> foreign = as(outsider).get(PATH + "/" + byCaseSystem);
            HttpResponse<String> never = as(outsider).get(PATH + "/" + unknown);
            assertProblem(foreign, 404);
            assertEquals(never.body().replace(unknown, byCaseSystem), foreign.body(), outsider);
            assertEquals(0, Http.json(as(outsider).get(PATH + "?caseReference=" + caseReference))
                    .getJsonArray("acknowledgements").size(), outsider);
            assertEquals(404, as(outsider).getBytes(PATH + "/" + byCaseSystem + "/form", "application/pdf").statusCode(),
                    outsider);
        }
        assertProblem(as("case-system-gemeente").get(PATH + "/" + byOfficer), 404);
        assertEquals(2, Http.json(as("consent-officer-gemeente").get(PATH + "?caseReference=" + caseReference))
                .getJsonArray("acknowledgements").size());
        assertEquals(1, Http.json(as("case-system-gemeente").get(PATH + "?caseReference=" + caseReference))
                .getJsonArray("acknowledgements").size());
        assertEquals(2, Http.json(as("auditor").get(PATH + "?caseReference=" + caseReference))
                .getJsonArray("acknowledgements").size());
    }

    @Test
    void registeringAndReadingNeedCredentialsAndTheRightRole() {
        String caseReference = ConsentRest.newCaseReference();
        String body = registration("MUNICIPALITY", caseReference, "J. de Vries");

        assertProblem(anonymous.postJson(PATH, body), 401);
        assertProblem(anonymous.get(PATH + "?caseReference=" + caseReference), 401);
        assertProblem(anonymous.get(PATH + "/AK-3J8Z0K6D2W9QXN4T7VB1M5R8HC"), 401);
        assertProblem(as("auditor").postJson(PATH, body), 403);
        assertProblem(as("case-system").postJson(PATH, body), 403);
        assertProblem(as("consent-officer").postJson(PATH, body), 403);

        assertEquals(0, Http.json(as("auditor").get(PATH + "?caseReference=" + caseReference))
                .getJsonArray("acknowledgements").size(), "nothing was stored");
    }

    // ------------------------------------------------------------------------------------------------ bad input

    @Test
    void badInputIsA400NamingTheField() {
        Http caseSystem = as("case-system-gemeente");
        String tomorrow = ConsentRest.today().plusDays(1).toString();

        assertEquals("authority: has no acknowledgement form: the rules of UWV do not end with one",
                invalidParams(as("case-system").postJson(PATH, registration("UWV", "ZAAK-1", "J. de Vries"))));
        assertEquals("clientName: is required", invalidParams(caseSystem.postJson(PATH,
                registration("MUNICIPALITY", "ZAAK-1", "   "))));
        assertEquals("date: must not lie in the future (today is " + ConsentRest.today() + ")",
                invalidParams(caseSystem.postJson(PATH, registration("MUNICIPALITY", "ZAAK-1", "J")
                        .replace(ConsentRest.today().toString(), tomorrow))));
        assertEquals("date: must be a date written yyyy-MM-dd, e.g. 2026-05-18",
                invalidParams(caseSystem.postJson(PATH, registration("MUNICIPALITY", "ZAAK-1", "J")
                        .replace(ConsentRest.today().toString(), "18-05-2026"))));
        assertEquals("employeeName: is required; signedByClient: is required; signedByEmployee: is required",
                invalidParams(caseSystem.postJson(PATH, ConsentRest.body("authority", "MUNICIPALITY",
                        "caseReference", "ZAAK-1", "date", "2026-01-05", "clientName", "J"))));
        assertEquals("reference: is not an acknowledgement reference (AK- followed by 26 characters)",
                invalidParams(caseSystem.get(PATH + "/CR-3J8Z0K6D2W9QXN4T7VB1M5R8HC")));
        assertEquals("caseReference: is required", invalidParams(caseSystem.get(PATH)));
    }

    // ------------------------------------------------------------------------------------------------ the printable form

    @Test
    void theEmptyFormIsAPdfWithTheRulesAndTheFieldsInDutch() throws IOException {
        HttpResponse<byte[]> response = anonymous.getBytes(FORMS + "MUNICIPALITY", "application/pdf");

        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("nl", response.headers().firstValue("Content-Language").orElse(""));
        String text = pdfText(response.body());
        for (String quote : List.of("Onder opnamen wordt begrepen: geluids-, video- en foto-opnamen.",
                "Uiteraard mag u de inhoud van het gesprek wel in privékring laten beluisteren.",
                "Het is verboden om te knippen en plakken in een opname, fragmenten van de opname uit hun verband te trekken en hierdoor misleidende informatie op internet te plaatsen.")) {
            assertTrue(text.contains(quote), quote);
        }
        for (String label : LABELS_NL.split("\\|")) {
            assertTrue(text.contains(label), label);
        }
    }

    @Test
    void theFormIsAnHtmlPageOnRequestAndEnglishByLangOrAcceptLanguage() throws IOException {
        HttpResponse<byte[]> html = anonymous.getBytes(FORMS + "GM0000", "text/html");
        HttpResponse<byte[]> englishByLang = anonymous.getBytes(FORMS + "GM0000?lang=en", "application/pdf");
        HttpResponse<byte[]> englishByHeader = anonymous.getBytes(FORMS + "GM0000", "text/html",
                "Accept-Language", "en-GB, nl;q=0.5");

        assertEquals("text/html", html.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        String page = new String(html.body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("<html lang=\"nl\">"), page);
        for (String label : LABELS_NL.split("\\|")) {
            assertTrue(page.contains(label), label);
        }
        assertTrue(pdfText(englishByLang.body()).contains("Client's signature"));
        assertTrue(pdfText(englishByLang.body()).contains("Article 3"));
        String englishPage = new String(englishByHeader.body(), StandardCharsets.UTF_8);
        assertTrue(englishPage.contains("<html lang=\"en\">") && englishPage.contains("Employee's name"), englishPage);
    }

    @Test
    void theFormIsRefusedForUwvForAnUnknownLanguageAndForAMediaTypeItIsNot() {
        assertEquals("authority: has no acknowledgement form: the rules of UWV do not end with one",
                invalidParams(anonymous.send(java.net.http.HttpRequest.newBuilder(anonymous.uri(FORMS + "UWV"))
                        .header("Accept", "application/pdf, application/problem+json").GET())));
        assertEquals("lang: must be one of: nl, en",
                invalidParams(anonymous.send(java.net.http.HttpRequest.newBuilder(anonymous.uri(FORMS + "GM0000?lang=de"))
                        .header("Accept", "text/html, application/problem+json").GET())));
        assertProblem(anonymous.get(FORMS + "GM0000"), 406);
    }

    @Test
    void theFilledFormShowsTheRegisteredNamesToThoseWhoMaySeeIt() throws IOException {
        String reference = registered("case-system-gemeente", ConsentRest.newCaseReference()).getString("reference");

        HttpResponse<byte[]> pdf = as("consent-officer-gemeente").getBytes(PATH + "/" + reference + "/form", "application/pdf");
        HttpResponse<byte[]> html = as("case-system-gemeente").getBytes(PATH + "/" + reference + "/form?lang=en", "text/html");

        assertEquals(200, pdf.statusCode());
        String text = pdfText(pdf.body());
        assertTrue(text.contains("Naam cliënt J. de Vries") && text.contains("Handtekening cliënt getekend")
                && text.contains("Handtekening medewerker niet getekend") && text.contains(reference), text);
        assertTrue(new String(html.body(), StandardCharsets.UTF_8).contains("J. de Vries"));
        assertEquals(404, as("case-system").getBytes(PATH + "/" + reference + "/form", "application/pdf").statusCode());
        assertEquals(401, anonymous.getBytes(PATH + "/" + reference + "/form", "application/pdf").statusCode());
    }
}
