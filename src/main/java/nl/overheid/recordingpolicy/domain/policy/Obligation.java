package nl.overheid.recordingpolicy.domain.policy;

import java.util.Objects;

public record Obligation(ObligationCode code, Rule rule) {
    public Obligation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rule, "rule");
    }
}
