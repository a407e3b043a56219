package nl.overheid.recordingpolicy.adapter.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"id", "authority", "source", "explanation", "interpretation"})
public record RuleDto(String id, String authority, RuleSourceDto source, ExplanationDto explanation,
                      ExplanationDto interpretation) {
}
