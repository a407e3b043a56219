package nl.overheid.recordingpolicy.adapter.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import nl.overheid.recordingpolicy.application.acknowledgement.PrintableForm;

/**
 * The form as an A4 PDF with Apache PDFBox: the title, the rules (wrapped, on as many pages as they take), then the
 * fields as lines to write on. Helvetica, one of the fonts every PDF reader has, so nothing is embedded; it writes
 * WinAnsi (Western European) characters, and a name with another letter is printed with the nearest one it has
 * (ş as s), never refused.
 */
public final class FormPdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float TITLE = 16;
    private static final float HEADING = 12;
    private static final float BODY = 10;
    private static final float LEADING = 1.35f;
    private static final float LABEL_WIDTH = 150;

    private final PDDocument document;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private PDPageContentStream page;
    private float y;

    private FormPdf(PDDocument document) {
        this.document = document;
    }

    public static byte[] render(PrintableForm form) {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(form.title());
            document.getDocumentCatalog().setLanguage(form.language().tag());
            new FormPdf(document).write(form);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(16384);
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the form could not be written as PDF", e);
        }
    }

    private void write(PrintableForm form) throws IOException {
        newPage();
        paragraph(form.title(), bold, TITLE, 8);
        if (form.note().isPresent()) {
            paragraph(form.note().get(), italic, BODY, 6);
        }
        for (PrintableForm.Section section : form.sections()) {
            space(6);
            paragraph(section.heading(), bold, HEADING, 2);
            for (PrintableForm.PrintedRule rule : section.rules()) {
                paragraph(rule.text(), regular, BODY, rule.original().isPresent() ? 1 : 4);
                if (rule.original().isPresent()) {
                    paragraph(rule.original().get(), italic, BODY, 4);
                }
            }
        }
        fields(form);
        page.close();
    }

    private void fields(PrintableForm form) throws IOException {
        float needed = HEADING * LEADING + form.fields().size() * 36 + 40;
        if (y - needed < MARGIN) {
            newPage();
        }
        space(14);
        paragraph(form.fieldsHeading(), bold, HEADING, 6);
        for (PrintableForm.Field field : form.fields()) {
            y -= 28;
            text(field.label(), bold, BODY, MARGIN, y);
            field.value().ifPresent(value -> {
                try {
                    text(value, regular, BODY, MARGIN + LABEL_WIDTH + 4, y + 3);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            page.moveTo(MARGIN + LABEL_WIDTH, y - 2);
            page.lineTo(MARGIN + WIDTH, y - 2);
            page.stroke();
        }
        space(36);
        paragraph(form.footer(), regular, 8, 0);
    }

    /** Wrapped lines of one paragraph, a new page where the page is full, then {@code after} points of space. */
    private void paragraph(String text, PDType1Font font, float size, float after) throws IOException {
        for (String line : lines(printable(text, font), font, size)) {
            if (y - size * LEADING < MARGIN) {
                newPage();
            }
            y -= size * LEADING;
            text(line, font, size, MARGIN, y);
        }
        space(after);
    }

    private void text(String line, PDType1Font font, float size, float x, float atY) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, atY);
        page.showText(printable(line, font));
        page.endText();
    }

    private void space(float points) {
        y -= points;
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Greedy word wrap to the text width; a word longer than the line stands on a line of its own. */
    private static List<String> lines(String text, PDType1Font font, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with every character the font cannot write replaced by its base letter (ş: s), or else by '?'. */
    static String printable(String text, PDType1Font font) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = Character.toString(codePoint);
            if (encodable(character, font)) {
                printable.append(character);
                return;
            }
            String base = Normalizer.normalize(character, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            printable.append(!base.isEmpty() && encodable(base, font) ? base : "?");
        });
        return printable.toString();
    }

    private static boolean encodable(String text, PDType1Font font) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
