package nl.overheid.recordingpolicy.adapter.print;

import nl.overheid.recordingpolicy.application.acknowledgement.PrintableForm;

/** The form as a self-contained HTML page that prints on A4 (no scripts, no external resources). */
public final class FormHtml {

    private static final String STYLE = "body{font-family:Helvetica,Arial,sans-serif;max-width:44em;margin:2em auto;"
            + "line-height:1.4}h1{font-size:1.5em}h2{font-size:1.1em;margin-top:1.2em}.original{font-style:italic;"
            + "color:#333}.field{display:flex;gap:1em;margin:1.4em 0 0}.label{width:14em;font-weight:bold}"
            + ".value{flex:1;border-bottom:1px solid #000;min-height:1.4em}footer{margin-top:3em;font-size:.8em;"
            + "color:#555}@page{size:A4;margin:2cm}";

    private FormHtml() {
    }

    public static String render(PrintableForm form) {
        StringBuilder html = new StringBuilder(8192)
                .append("<!DOCTYPE html>\n<html lang=\"").append(form.language().tag()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(escape(form.title())).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(escape(form.title())).append("</h1>\n");
        form.note().ifPresent(note -> html.append("<p class=\"note\">").append(escape(note)).append("</p>\n"));
        for (PrintableForm.Section section : form.sections()) {
            html.append("<section>\n<h2>").append(escape(section.heading())).append("</h2>\n");
            for (PrintableForm.PrintedRule rule : section.rules()) {
                html.append("<p id=\"").append(escape(rule.ruleId())).append("\">").append(escape(rule.text()));
                rule.original().ifPresent(original -> html.append("<br>\n<span class=\"original\" lang=\"nl\">")
                        .append(escape(original)).append("</span>"));
                html.append("</p>\n");
            }
            html.append("</section>\n");
        }
        html.append("<section class=\"fields\">\n<h2>").append(escape(form.fieldsHeading())).append("</h2>\n");
        for (PrintableForm.Field field : form.fields()) {
            html.append("<div class=\"field\"><span class=\"label\">").append(escape(field.label()))
                    .append("</span><span class=\"value\">").append(escape(field.value().orElse("")))
                    .append("</span></div>\n");
        }
        return html.append("</section>\n</main>\n<footer>").append(escape(form.footer()))
                .append("</footer>\n</body>\n</html>\n").toString();
    }

    /** Text as HTML content or a double-quoted attribute value: names are what a caller typed. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
