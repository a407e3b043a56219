package nl.overheid.recordingpolicy.adapter.rest.dto;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"decisionId", "outcome", "rules", "obligations", "advice", "consequences", "consentGrantor",
        "leadTime", "explanation", "policyVersion"})
public record DecisionDto(String decisionId,
                          String outcome,
                          List<String> rules,
                          List<RuleReferenceDto> obligations,
                          List<RuleReferenceDto> advice,
                          List<RuleReferenceDto> consequences,
                          String consentGrantor,
                          LeadTimeDto leadTime,
                          ExplanationDto explanation,
                          PolicyVersionDto policyVersion) {
}
