package nl.overheid.recordingpolicy.adapter.rest.dto;

import java.time.LocalDate;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** deadline and onTime are null, and so left out of the JSON, when no lead time is required. */
@JsonbPropertyOrder({"required", "workingDays", "deadline", "requestDate", "onTime"})
public record LeadTimeDto(boolean required, int workingDays, LocalDate deadline, LocalDate requestDate, Boolean onTime) {
}
