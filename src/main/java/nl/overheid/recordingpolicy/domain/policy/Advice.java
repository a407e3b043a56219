package nl.overheid.recordingpolicy.domain.policy;

import java.util.Objects;

public record Advice(AdviceCode code, Rule rule) {
    public Advice {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rule, "rule");
    }
}
