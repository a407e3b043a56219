package nl.overheid.recordingpolicy.application.view;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import nl.overheid.recordingpolicy.domain.policy.PolicyVersion;

@JsonbPropertyOrder({"version", "effectiveFrom"})
public record PolicyVersionView(String version, String effectiveFrom) {

    public static PolicyVersionView of(PolicyVersion version) {
        return new PolicyVersionView(version.version(), version.effectiveFrom().toString());
    }
}
