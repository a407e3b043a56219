package nl.overheid.recordingpolicy.adapter.authzen;

import java.util.HashMap;
import java.util.Map;

import jakarta.json.JsonObject;

import nl.overheid.recordingpolicy.application.IssuedDecision;
import nl.overheid.recordingpolicy.adapter.adl.AuthZenRendering;
import nl.overheid.recordingpolicy.domain.policy.GatewayTexts;
import nl.overheid.recordingpolicy.domain.policy.Rule;

/**
 * A decision of the policy as an AuthZEN Decision (docs/authzen.md): {@code decision} is true for PERMITTED only; the
 * context says which outcome it is (so a portal can start a consent request on CONSENT_REQUIRED), under which
 * decision-log record, why (for the citizen and for an administrator, in Dutch and English), by which rules with
 * their seed sentences, and what the caller must, should and risks, obligations in the shape of the AuthZEN
 * obligations profile (draft 1): {@code {id, type, properties}}, type {@code custom}.
 */
final class DecisionAnswers {

    /** The obligation type this gateway issues (obligations profile: bilaterally agreed semantics, named in docs). */
    static final String OBLIGATION_TYPE = AuthZenRendering.OBLIGATION_TYPE;

    private DecisionAnswers() {
    }

    /**
     * Rendered from the answer as the decision log stored it, by the same code that renders a decision-log record's
     * response in the Authorization Decision Log shape: what was answered and what the log shows cannot differ.
     */
    static JsonObject of(IssuedDecision issued, GatewayTexts texts) {
        Map<String, Rule> rules = new HashMap<>();
        issued.decision().rules().forEach(rule -> rules.put(rule.id(), rule));
        return AuthZenRendering.response(issued.answerJson(), rules, texts);
    }
}
