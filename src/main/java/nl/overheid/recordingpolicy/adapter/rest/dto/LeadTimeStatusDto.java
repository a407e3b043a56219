package nl.overheid.recordingpolicy.adapter.rest.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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

    /**
     * The dates alone. JSON-B (Yasson) puts every object it serialises in a hash set to detect cycles; the generated
     * hash walked the explanation texts and rule list for each (~5% of a lead-time request, JFR). Consistent with
     * the generated equals.
     */
    @Override
    public int hashCode() {
        return Objects.hash(deadline, requestDate);
    }
}
