package nl.overheid.recordingpolicy.adapter.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"document", "section", "text"})
public record RuleSourceDto(String document, String section, String text) {
}
