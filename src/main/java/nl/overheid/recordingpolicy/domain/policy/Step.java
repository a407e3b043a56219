package nl.overheid.recordingpolicy.domain.policy;

import java.util.Objects;

/**
 * One line of a decision table, applied in the order the policy file lists it: cite a rule, attach an obligation,
 * advice or consequence (each citing its rule), or add a sentence to the explanation.
 */
public sealed interface Step {

    record Cite(Rule rule) implements Step {
        public Cite {
            Objects.requireNonNull(rule, "rule");
        }
    }

    record Oblige(ObligationCode code, Rule rule) implements Step {
        public Oblige {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(rule, "rule");
        }
    }

    record Advise(AdviceCode code, Rule rule) implements Step {
        public Advise {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(rule, "rule");
        }
    }

    record Warn(ConsequenceCode code, Rule rule) implements Step {
        public Warn {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(rule, "rule");
        }
    }

    record Explain(BilingualText text) implements Step {
        public Explain {
            Objects.requireNonNull(text, "text");
        }
    }
}
