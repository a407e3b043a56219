package nl.overheid.recordingpolicy.adapter.rest.dto;

import java.time.LocalDate;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"version", "effectiveFrom"})
public record PolicyVersionDto(String version, LocalDate effectiveFrom) {
}
