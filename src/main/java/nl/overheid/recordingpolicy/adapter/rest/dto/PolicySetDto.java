package nl.overheid.recordingpolicy.adapter.rest.dto;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"policyVersion", "authorities", "rules"})
public record PolicySetDto(PolicyVersionDto policyVersion, List<LoadedAuthorityDto> authorities, List<RuleDto> rules) {
}
