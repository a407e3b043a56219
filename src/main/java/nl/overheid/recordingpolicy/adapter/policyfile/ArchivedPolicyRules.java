package nl.overheid.recordingpolicy.adapter.policyfile;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import nl.overheid.recordingpolicy.application.policyversion.PolicyRuleReader;
import nl.overheid.recordingpolicy.domain.policy.PolicyContent;
import nl.overheid.recordingpolicy.domain.policy.Rule;

/** The rules of an archived policy version, each file read (and validated) as at start. */
@ApplicationScoped
public class ArchivedPolicyRules implements PolicyRuleReader {

    @Override
    public List<Rule> rules(PolicyContent content) {
        return content.documents().stream()
                .flatMap(document -> PolicyFiles.read(document.name(), document.text().getBytes(StandardCharsets.UTF_8))
                        .rules().stream())
                .toList();
    }
}
