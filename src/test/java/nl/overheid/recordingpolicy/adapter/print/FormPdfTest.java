package nl.overheid.recordingpolicy.adapter.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import nl.overheid.recordingpolicy.adapter.policyfile.PolicyFiles;
import nl.overheid.recordingpolicy.application.acknowledgement.FormLanguage;
import nl.overheid.recordingpolicy.application.acknowledgement.PrintableForm;
import nl.overheid.recordingpolicy.application.acknowledgement.PrintableForms;
import nl.overheid.recordingpolicy.domain.acknowledgement.AcknowledgementDetails;
import nl.overheid.recordingpolicy.domain.acknowledgement.AcknowledgementForm;
import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;
import nl.overheid.recordingpolicy.domain.policy.Rule;

/**
 * The printed form, read back with PDFBox's own text extraction as a reader would see it: every rule's quoted
 * sentence and every field label of the published form are in it, in Dutch, and in English on request.
 */
class FormPdfTest {

    private static final PolicySet POLICIES = PolicyFiles.shipped(WorkingDayCalendar.standard());
    private static final AcknowledgementForm FORM = AcknowledgementForm.of(POLICIES.of(Authority.MUNICIPALITY)).orElseThrow();
    private static final List<String> DUTCH_LABELS = List.of("Datum", "Naam cliënt", "Handtekening cliënt",
            "Naam medewerker", "Handtekening medewerker");

    /** The PDF's text with every run of white space (line breaks of the word wrap included) as one space. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static List<Rule> printedRules() {
        return FORM.sections().stream().flatMap(section -> section.rules().stream()).toList();
    }

    @Test
    void theDutchFormHoldsEveryQuotedRuleAndTheFieldsOfThePublishedForm() throws IOException {
        byte[] pdf = FormPdf.render(PrintableForms.empty(FORM, POLICIES.version(), FormLanguage.NL));
        String text = text(pdf);

        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));
        assertTrue(text.contains("Spelregels opname gesprekken"), text);
        assertEquals(14, printedRules().size(), "the introduction (five rules) and articles 1 to 7, two rules each in 3 and 4");
        for (Rule rule : printedRules()) {
            assertTrue(text.contains(rule.source().text()), () -> rule.id() + " is missing: " + text);
        }
        for (int article = 1; article <= 7; article++) {
            assertTrue(text.contains("Artikel " + article), "Artikel " + article);
        }
        for (String label : DUTCH_LABELS) {
            assertTrue(text.contains(label), label);
        }
        assertFalse(text.contains("Handtekening cliënt"+ " getekend"), "an empty form says nothing about signing");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals("nl", document.getDocumentCatalog().getLanguage());
            assertEquals("Spelregels opname gesprekken", document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void theEnglishFormGivesEachRuleInEnglishWithItsDutchSentence() throws IOException {
        String text = text(FormPdf.render(PrintableForms.empty(FORM, POLICIES.version(), FormLanguage.EN)));

        assertTrue(text.contains("Rules for recording conversations"), text);
        for (Rule rule : printedRules()) {
            assertTrue(text.contains(rule.explanation().en()), () -> rule.id() + " (English) is missing: " + text);
            assertTrue(text.contains(rule.source().text()), () -> rule.id() + " (Dutch) is missing: " + text);
        }
        for (String label : List.of("Date", "Client's name", "Client's signature", "Employee's name", "Employee's signature")) {
            assertTrue(text.contains(label), label);
        }
        assertTrue(text.contains("Article 7"), text);
    }

    @Test
    void theFilledFormCarriesTheRegisteredValuesAndPrintsLettersHelveticaLacks() throws IOException {
        AcknowledgementDetails details = new AcknowledgementDetails(LocalDate.of(2026, 5, 18), "Şükrü Çelik",
                "Łucja Nowak", true, false);

        String text = text(FormPdf.render(PrintableForms.filled(FORM, POLICIES.version(), FormLanguage.NL,
                "AK-3J8Z0K6D2W9QXN4T7VB1M5R8HC", details)));

        assertTrue(text.contains("Datum 18 mei 2026"), text);
        assertTrue(text.contains("Naam cliënt Sükrü Çelik"), text);
        assertTrue(text.contains("Handtekening cliënt getekend"), text);
        assertTrue(text.contains("Handtekening medewerker niet getekend"), text);
        assertTrue(text.contains("AK-3J8Z0K6D2W9QXN4T7VB1M5R8HC"), text);
    }

    @Test
    void aLetterWithoutABaseLetterInTheFontBecomesAQuestionMark() {
        PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

        assertEquals("cliënt Sukru ?", FormPdf.printable("cliënt Şukru 李", helvetica));
    }

    @Test
    void theHtmlPageEscapesWhatACallerTypedAndHoldsTheSameTexts() {
        AcknowledgementDetails details = new AcknowledgementDetails(LocalDate.of(2026, 5, 18), "<script>x</script>",
                "A & B", false, false);

        String html = FormHtml.render(PrintableForms.filled(FORM, POLICIES.version(), FormLanguage.NL, "AK-3J8Z0K6D2W9QXN4T7VB1M5R8HC", details));

        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"nl\">"), html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;x&lt;/script&gt;") && html.contains("A &amp; B"), html);
        for (Rule rule : printedRules()) {
            assertTrue(html.contains(FormHtml.escape(rule.source().text())), rule.id());
        }
        DUTCH_LABELS.forEach(label -> assertTrue(html.contains(label), label));
    }
}
