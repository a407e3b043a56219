package nl.overheid.recordingpolicy.adapter.rest.dto;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"policyVersion", "rules"})
public record PolicySetDto(PolicyVersionDto policyVersion, List<RuleDto> rules) {
}
