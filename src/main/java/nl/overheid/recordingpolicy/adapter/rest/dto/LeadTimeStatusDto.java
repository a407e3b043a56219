package nl.overheid.recordingpolicy.adapter.rest.dto;

import java.time.LocalDate;
import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"required", "workingDays", "deadline", "requestDate", "onTime", "rules", "explanation",
        "policyVersion"})
public record LeadTimeStatusDto(boolean required,
                                int workingDays,
                                LocalDate deadline,
                                LocalDate requestDate,
                                Boolean onTime,
                                List<String> rules,
                                ExplanationDto explanation,
                                PolicyVersionDto policyVersion) {
}
