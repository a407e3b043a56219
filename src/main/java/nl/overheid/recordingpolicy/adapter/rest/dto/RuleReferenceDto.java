package nl.overheid.recordingpolicy.adapter.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** An obligation, advice or consequence: what it is, and the rule it comes from. */
@JsonbPropertyOrder({"code", "ruleId"})
public record RuleReferenceDto(String code, String ruleId) {
}
