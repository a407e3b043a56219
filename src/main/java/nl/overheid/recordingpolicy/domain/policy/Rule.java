package nl.overheid.recordingpolicy.domain.policy;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One rule of a published rule set, with a stable identifier (e.g. {@code UWV-VIDEO-CONSENT}) that decisions
 * cite. {@code interpretation} is present where the text leaves something open and says which reading the
 * gateway applies, so an auditor can see the choice next to the sentence.
 */
public record Rule(String id, Authority authority, RuleSource source, BilingualText explanation,
                   Optional<BilingualText> interpretation) {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(interpretation, "interpretation");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id does not match " + ID + ": " + id);
        }
    }

    /**
     * The id alone: rules are collected in hash sets for every decision, and the generated hash would walk both
     * seed texts each time. Consistent with the generated equals (equal rules have equal ids).
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
