package nl.overheid.recordingpolicy.application.acknowledgement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The acknowledgement form as a person reads it, in one language, ready for a renderer (HTML, PDF): the title, the
 * rules section by section, the fields (empty, or with what was registered) and a footer that says where the text
 * comes from.
 *
 * @param note a remark above the rules (the English form says the Dutch text is the authentic one), if any
 */
public record PrintableForm(FormLanguage language, String title, Optional<String> note, List<Section> sections,
                            String fieldsHeading, List<Field> fields, String footer) {

    public PrintableForm {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(note, "note");
        sections = List.copyOf(sections);
        Objects.requireNonNull(fieldsHeading, "fieldsHeading");
        fields = List.copyOf(fields);
        Objects.requireNonNull(footer, "footer");
    }

    /** A section of the rules ("Artikel 3") and its rules. */
    public record Section(String heading, List<PrintedRule> rules) {

        public Section {
            Objects.requireNonNull(heading, "heading");
            rules = List.copyOf(rules);
        }
    }

    /**
     * One rule: in Dutch the sentence the policy file quotes; in English the policy's English explanation, with the
     * quoted Dutch sentence as {@code original}.
     */
    public record PrintedRule(String ruleId, String text, Optional<String> original) {

        public PrintedRule {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(original, "original");
        }
    }

    /** A field of the form; {@code value} is empty on the form to print and sign. */
    public record Field(String label, Optional<String> value) {

        public Field {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }
}
