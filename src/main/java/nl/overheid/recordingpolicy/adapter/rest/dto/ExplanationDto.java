package nl.overheid.recordingpolicy.adapter.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"nl", "en"})
public record ExplanationDto(String nl, String en) {
}
