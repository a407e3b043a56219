package nl.overheid.recordingpolicy.application.acknowledgement;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

import nl.overheid.recordingpolicy.domain.acknowledgement.AcknowledgementDetails;
import nl.overheid.recordingpolicy.domain.acknowledgement.AcknowledgementForm;
import nl.overheid.recordingpolicy.domain.policy.PolicyVersion;
import nl.overheid.recordingpolicy.domain.policy.Rule;

/**
 * Lays out an authority's acknowledgement form in one language. The rules' texts come from the policy file; the
 * form's own words (title, field labels) from {@code form.properties} and {@code form_en.properties} next to this
 * class, the Dutch labels exactly as the published form has them.
 */
public final class PrintableForms {

    private static final String BUNDLE = "nl.overheid.recordingpolicy.application.acknowledgement.form";
    private static final String ARTICLE = "Artikel ";

    private PrintableForms() {
    }

    /** The form to print and sign: the fields are empty. */
    public static PrintableForm empty(AcknowledgementForm form, PolicyVersion version, FormLanguage language) {
        ResourceBundle texts = texts(language);
        List<PrintableForm.Field> fields = List.of(
                field(texts, "field.date", Optional.empty()),
                field(texts, "field.clientName", Optional.empty()),
                field(texts, "field.clientSignature", Optional.empty()),
                field(texts, "field.employeeName", Optional.empty()),
                field(texts, "field.employeeSignature", Optional.empty()));
        return layout(form, version, language, texts, fields, "");
    }

    /** The form as registered: the date and names filled in, the signatures as "signed" or "not signed". */
    public static PrintableForm filled(AcknowledgementForm form, PolicyVersion version, FormLanguage language,
                                String reference, AcknowledgementDetails details) {
        ResourceBundle texts = texts(language);
        String date = details.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
        List<PrintableForm.Field> fields = List.of(
                field(texts, "field.date", Optional.of(date)),
                field(texts, "field.clientName", Optional.of(details.clientName())),
                field(texts, "field.clientSignature", Optional.of(signed(texts, details.signedByClient()))),
                field(texts, "field.employeeName", Optional.of(details.employeeName())),
                field(texts, "field.employeeSignature", Optional.of(signed(texts, details.signedByEmployee()))));
        return layout(form, version, language, texts, fields, " · " + texts.getString("footer.reference") + " " + reference);
    }

    private static PrintableForm layout(AcknowledgementForm form, PolicyVersion version, FormLanguage language,
                                        ResourceBundle texts, List<PrintableForm.Field> fields, String footerEnd) {
        List<PrintableForm.Section> sections = form.sections().stream()
                .map(section -> new PrintableForm.Section(heading(section.name(), texts),
                        section.rules().stream().map(rule -> printed(rule, language)).toList()))
                .toList();
        Optional<String> note = texts.containsKey("note") ? Optional.of(texts.getString("note")) : Optional.empty();
        String footer = form.authority().code() + " · " + texts.getString("footer.version") + " " + version.version()
                + " · " + texts.getString("footer.rule") + " " + form.rule().id() + footerEnd;
        return new PrintableForm(language, texts.getString("title"), note, sections, texts.getString("fields"), fields,
                footer);
    }

    private static PrintableForm.PrintedRule printed(Rule rule, FormLanguage language) {
        String quote = rule.source().text();
        return language == FormLanguage.NL
                ? new PrintableForm.PrintedRule(rule.id(), quote, Optional.empty())
                : new PrintableForm.PrintedRule(rule.id(), rule.explanation().en(), Optional.of(quote));
    }

    /** "Artikel 3" is "Article 3" in English; other section names are the published text's own. */
    private static String heading(String section, ResourceBundle texts) {
        return section.startsWith(ARTICLE) ? texts.getString("article") + " " + section.substring(ARTICLE.length()) : section;
    }

    private static PrintableForm.Field field(ResourceBundle texts, String key, Optional<String> value) {
        return new PrintableForm.Field(texts.getString(key), value);
    }

    private static String signed(ResourceBundle texts, boolean signed) {
        return texts.getString(signed ? "signed" : "notSigned");
    }

    /** No fallback to the server's default locale: Dutch is the base bundle, English its only variant. */
    private static ResourceBundle texts(FormLanguage language) {
        return ResourceBundle.getBundle(BUNDLE, language == FormLanguage.NL ? java.util.Locale.ROOT : language.locale(),
                PrintableForms.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
