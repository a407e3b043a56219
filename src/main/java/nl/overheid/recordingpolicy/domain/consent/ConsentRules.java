package nl.overheid.recordingpolicy.domain.consent;

import java.util.List;
import java.util.stream.Stream;

import nl.overheid.recordingpolicy.domain.policy.PolicySet;
import nl.overheid.recordingpolicy.domain.policy.Rule;

/** The rules that make a consent request necessary: what a decision on it cites. */
public final class ConsentRules {

    private ConsentRules() {
    }

    /**
     * A recording request: the rule that asks consent and the one that sets its lead time. A publication request: the
     * rules the usage line cites. Both from the policy loaded now.
     */
    public static List<Rule> governing(ConsentRequest request, PolicySet policies) {
        if (request.kind() == ConsentKind.RECORDING) {
            return policies.of(request.authority()).recordingConsent(request.medium())
                    .map(terms -> Stream.of(terms.consentRule(), terms.leadTimeRule()).distinct().toList())
                    .orElseGet(List::of);
        }
        return policies.usage().consentRules(request.authority(), request.usage().orElseThrow());
    }
}
