package nl.overheid.recordingpolicy.domain.policy;

import java.util.Objects;

public record Consequence(ConsequenceCode code, Rule rule) {
    public Consequence {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rule, "rule");
    }
}
