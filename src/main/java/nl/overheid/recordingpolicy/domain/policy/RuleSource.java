package nl.overheid.recordingpolicy.domain.policy;

import java.util.Objects;

/**
 * Where a rule comes from: the seed document (file name of the published text), the section or article in it,
 * and the exact Dutch text, verbatim.
 */
public record RuleSource(String document, String section, String text) {

    public RuleSource {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
    }
}
