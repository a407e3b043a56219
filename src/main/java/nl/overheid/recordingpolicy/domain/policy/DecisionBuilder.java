package nl.overheid.recordingpolicy.domain.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Collects what a policy path applies. Every obligation, advice and consequence also cites its rule, so the
 * rule list of a decision can never miss a rule that shaped it.
 */
final class DecisionBuilder {

    private final PolicyVersion version;
    /** In the order applied, each once. A list: a decision cites at most a dozen rules, a hash set cost more. */
    private final List<Rule> rules = new ArrayList<>(12);
    private final List<Obligation> obligations = new ArrayList<>();
    private final List<Advice> advice = new ArrayList<>();
    private final List<Consequence> consequences = new ArrayList<>();
    /** The sentences of the explanation, joined once when the decision is made. */
    private final List<BilingualText> explanation = new ArrayList<>(8);
    /** Whether a sentence made for this question (a date, a reference) is among them, or only the tables' texts. */
    private boolean madeForTheQuestion;
    private ConsentGrantor consentGrantor;
    private LeadTimeAssessment leadTime;
    private ReliedOnConsent consentRequest;
    /** What the authority's policy says with every decision, applied last (see AuthorityPolicy#everyDecision). */
    private final List<Step> everyDecision;

    private DecisionBuilder(PolicyVersion version, List<Step> everyDecision) {
        this.version = version;
        this.everyDecision = everyDecision;
    }

    /** A decision on a question about this authority: it ends with what the authority says with every decision. */
    static DecisionBuilder about(PolicySet policies, Authority authority) {
        return new DecisionBuilder(policies.version(), policies.of(authority).everyDecision());
    }

    DecisionBuilder rules(Rule... applied) {
        for (Rule rule : applied) {
            cite(rule);
        }
        return this;
    }

    DecisionBuilder obligation(ObligationCode code, Rule rule) {
        cite(rule);
        obligations.add(new Obligation(code, rule));
        return this;
    }

    DecisionBuilder advice(AdviceCode code, Rule rule) {
        cite(rule);
        advice.add(new Advice(code, rule));
        return this;
    }

    DecisionBuilder consequence(ConsequenceCode code, Rule rule) {
        cite(rule);
        consequences.add(new Consequence(code, rule));
        return this;
    }

    /** Rules are loaded once per policy file, so the same rule is the same object. */
    private void cite(Rule rule) {
        for (Rule cited : rules) {
            if (cited == rule) {
                return;
            }
        }
        rules.add(rule);
    }

    /** Applies the lines of a decision table in their order. */
    DecisionBuilder apply(List<Step> steps) {
        for (Step step : steps) {
            if (step instanceof Step.Cite cite) {
                cite(cite.rule());
            } else if (step instanceof Step.Oblige oblige) {
                obligation(oblige.code(), oblige.rule());
            } else if (step instanceof Step.Advise advise) {
                advice(advise.code(), advise.rule());
            } else if (step instanceof Step.Warn warn) {
                consequence(warn.code(), warn.rule());
            } else {
                explanation.add(((Step.Explain) step).text());
            }
        }
        return this;
    }

    DecisionBuilder consentFrom(ConsentGrantor grantor) {
        this.consentGrantor = grantor;
        return this;
    }

    DecisionBuilder leadTime(LeadTimeAssessment assessment) {
        this.leadTime = assessment;
        return this;
    }

    DecisionBuilder consentRequest(ReliedOnConsent consent) {
        this.consentRequest = consent;
        return this;
    }

    /** A sentence made for this question: a filled text, or one of the gateway's own. */
    DecisionBuilder explain(BilingualText text) {
        madeForTheQuestion = true;
        explanation.add(Objects.requireNonNull(text, "text"));
        return this;
    }

    /** @throws IllegalArgumentException if nothing was explained */
    Decision decide(Outcome outcome) {
        apply(everyDecision);
        return new Decision(outcome, rules, obligations, advice, consequences,
                outcome == Outcome.CONSENT_REQUIRED ? Optional.of(consentGrantor) : Optional.empty(),
                Optional.ofNullable(leadTime), Optional.ofNullable(consentRequest), madeForTheQuestion
                        ? BilingualText.join(explanation) : JoinedTableTexts.join(explanation),
                version);
    }
}
