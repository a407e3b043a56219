package nl.overheid.recordingpolicy.domain.acknowledgement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.AuthorityPolicy;
import nl.overheid.recordingpolicy.domain.policy.Rule;

/**
 * The form an authority's rules end with, and the rules it acknowledges. An authority has one when its policy has a
 * rule whose id ends with {@value #RULE_SUFFIX} (GEM-ACKNOWLEDGEMENT for the default municipality); UWV's rules have
 * none. The form prints every other rule of the policy, grouped by the section it comes from, in the policy's order.
 *
 * @param rule the acknowledgement rule itself
 */
public record AcknowledgementForm(Authority authority, Rule rule, List<Section> sections) {

    public static final String RULE_SUFFIX = "-ACKNOWLEDGEMENT";

    public AcknowledgementForm {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(rule, "rule");
        sections = List.copyOf(sections);
    }

    /** The form of this policy, if its rules end with one. */
    public static Optional<AcknowledgementForm> of(AuthorityPolicy policy) {
        Optional<Rule> form = policy.rules().stream().filter(rule -> rule.id().endsWith(RULE_SUFFIX)).findFirst();
        if (form.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<Rule>> bySection = new LinkedHashMap<>();
        policy.rules().stream().filter(rule -> !rule.equals(form.get()))
                .forEach(rule -> bySection.computeIfAbsent(rule.source().section(), section -> new ArrayList<>()).add(rule));
        List<Section> sections = bySection.entrySet().stream()
                .map(entry -> new Section(entry.getKey(), entry.getValue())).toList();
        return Optional.of(new AcknowledgementForm(policy.authority(), form.get(), sections));
    }

    /** The rules of one section of the published text ("Artikel 3"), each quoting its sentence. */
    public record Section(String name, List<Rule> rules) {

        public Section {
            Objects.requireNonNull(name, "name");
            rules = List.copyOf(rules);
        }
    }
}
