package nl.overheid.recordingpolicy.application.view;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import nl.overheid.recordingpolicy.domain.calendar.LeadTime;
import nl.overheid.recordingpolicy.domain.policy.LeadTimeAssessment;

/**
 * deadline and onTime are null, and so left out of the JSON, when no lead time is required. provisional is null too
 * for a stored consent request's lead time: the request keeps the deadline it was given, not whether the calendar
 * of that day knew every equated day.
 */
@JsonbPropertyOrder({"required", "workingDays", "deadline", "requestDate", "onTime", "provisional"})
public record LeadTimeView(boolean required, int workingDays, String deadline, String requestDate, Boolean onTime,
                           Boolean provisional) {

    public static LeadTimeView of(LeadTimeAssessment assessment) {
        return new LeadTimeView(assessment.required(), assessment.workingDays(),
                assessment.deadline().map(Object::toString).orElse(null), assessment.requestDate().toString(),
                assessment.onTime().orElse(null), assessment.deadlineProvisional().orElse(null));
    }

    public static LeadTimeView of(LeadTime timing) {
        return new LeadTimeView(true, timing.workingDays(), timing.deadline().toString(),
                timing.requestDate().toString(), timing.onTime(), null);
    }
}
