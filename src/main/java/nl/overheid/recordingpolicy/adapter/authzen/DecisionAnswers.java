package nl.overheid.recordingpolicy.adapter.authzen;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import nl.overheid.recordingpolicy.application.IssuedDecision;
import nl.overheid.recordingpolicy.domain.policy.BilingualText;
import nl.overheid.recordingpolicy.domain.policy.Decision;
import nl.overheid.recordingpolicy.domain.policy.Outcome;
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
    static final String OBLIGATION_TYPE = "custom";

    private DecisionAnswers() {
    }

    static JsonObject of(IssuedDecision issued) {
        Decision decision = issued.decision();
        JsonObjectBuilder context = Json.createObjectBuilder()
                .add("outcome", decision.outcome().name())
                .add("decision_id", issued.decisionId());
        decision.consentGrantor().ifPresent(grantor -> context.add("consent_required_from", grantor.name()));
        context.add("reason_user", texts(decision.explanation()))
                .add("reason_admin", texts(adminReason(issued)))
                .add("rules", rules(decision.rules()))
                .add("obligations", references("obl", decision.obligations().stream()
                        .map(o -> new Reference(o.code().name(), o.rule().id())).toList()))
                .add("advice", references("adv", decision.advice().stream()
                        .map(a -> new Reference(a.code().name(), a.rule().id())).toList()))
                .add("consequences", references("csq", decision.consequences().stream()
                        .map(c -> new Reference(c.code().name(), c.rule().id())).toList()))
                .add("policy_version", decision.policyVersion().version());
        return Json.createObjectBuilder()
                .add("decision", decision.outcome() == Outcome.PERMITTED)
                .add("context", context)
                .build();
    }

    /** For whoever reads the log: the outcome, the rules by id, the policy version and the record to look up. */
    private static BilingualText adminReason(IssuedDecision issued) {
        Decision decision = issued.decision();
        String rules = String.join(", ", decision.ruleIds());
        String version = decision.policyVersion().version() + ", " + decision.policyVersion().effectiveFrom();
        return new BilingualText(
                decision.outcome().name() + " volgens de regels " + rules + " (beleidsversie " + version
                        + "); beslislogrecord " + issued.decisionId() + ".",
                decision.outcome().name() + " under the rules " + rules + " (policy version " + version
                        + "); decision-log record " + issued.decisionId() + ".");
    }

    static JsonObject texts(BilingualText text) {
        return Json.createObjectBuilder().add("nl", text.nl()).add("en", text.en()).build();
    }

    private static JsonArrayBuilder rules(List<Rule> rules) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        rules.forEach(rule -> array.add(Json.createObjectBuilder().add("id", rule.id()).add("source", rule.source().text())));
        return array;
    }

    private record Reference(String code, String ruleId) {
    }

    /** Each as {@code {id: "obl-1", type: "custom", properties: {code, rule_id}}}, numbered in the policy's order. */
    private static JsonArrayBuilder references(String prefix, List<Reference> references) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (int i = 0; i < references.size(); i++) {
            array.add(Json.createObjectBuilder()
                    .add("id", prefix + "-" + (i + 1))
                    .add("type", OBLIGATION_TYPE)
                    .add("properties", Json.createObjectBuilder()
                            .add("code", references.get(i).code())
                            .add("rule_id", references.get(i).ruleId())));
        }
        return array;
    }
}
