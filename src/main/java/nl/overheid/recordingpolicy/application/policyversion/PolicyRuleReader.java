package nl.overheid.recordingpolicy.application.policyversion;

import java.util.List;

import nl.overheid.recordingpolicy.domain.policy.PolicyContent;
import nl.overheid.recordingpolicy.domain.policy.Rule;

/** Port: the rules of an archived policy version, read from its files as the gateway reads them at start. */
public interface PolicyRuleReader {

    List<Rule> rules(PolicyContent content);
}
