package nl.overheid.recordingpolicy.domain.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import nl.overheid.recordingpolicy.domain.calendar.LeadTime;

/**
 * Whether consent must be asked a number of working days ahead and, if so, the computed deadline.
 * {@code timing} is present exactly when {@code required}.
 *
 * @param provisional the deadline was counted through a year for which no decree equating days with a feast
 *                    (Algemene termijnenwet art. 3 lid 3) is known, so a later decree may move it earlier; false
 *                    when no lead time applies
 */
public record LeadTimeAssessment(boolean required, int workingDays, LocalDate requestDate, Optional<LeadTime> timing,
                                 boolean provisional) {

    public LeadTimeAssessment {
        Objects.requireNonNull(requestDate, "requestDate");
        Objects.requireNonNull(timing, "timing");
        if (required != timing.isPresent()) {
            throw new IllegalArgumentException("timing must be present exactly when a lead time is required");
        }
        if (provisional && !required) {
            throw new IllegalArgumentException("only a deadline can be provisional");
        }
    }

    static LeadTimeAssessment notRequired(LocalDate requestDate) {
        return new LeadTimeAssessment(false, 0, requestDate, Optional.empty(), false);
    }

    static LeadTimeAssessment required(LeadTime timing, boolean provisional) {
        return new LeadTimeAssessment(true, timing.workingDays(), timing.requestDate(), Optional.of(timing),
                provisional);
    }

    /** Whether a deadline is given and final (not provisional): empty when no lead time applies. */
    public Optional<Boolean> deadlineProvisional() {
        return required ? Optional.of(provisional) : Optional.empty();
    }

    public Optional<LocalDate> deadline() {
        return timing.map(LeadTime::deadline);
    }

    public Optional<Boolean> onTime() {
        return timing.map(LeadTime::onTime);
    }
}
