package nl.overheid.recordingpolicy.domain.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import nl.overheid.recordingpolicy.domain.calendar.LeadTime;

/**
 * Whether consent must be asked a number of working days ahead and, if so, the computed deadline.
 * {@code timing} is present exactly when {@code required}.
 */
public record LeadTimeAssessment(boolean required, int workingDays, LocalDate requestDate, Optional<LeadTime> timing) {

    public LeadTimeAssessment {
        Objects.requireNonNull(requestDate, "requestDate");
        Objects.requireNonNull(timing, "timing");
        if (required != timing.isPresent()) {
            throw new IllegalArgumentException("timing must be present exactly when a lead time is required");
        }
    }

    static LeadTimeAssessment notRequired(LocalDate requestDate) {
        return new LeadTimeAssessment(false, 0, requestDate, Optional.empty());
    }

    static LeadTimeAssessment required(LeadTime timing) {
        return new LeadTimeAssessment(true, timing.workingDays(), timing.requestDate(), Optional.of(timing));
    }

    public Optional<LocalDate> deadline() {
        return timing.map(LeadTime::deadline);
    }

    public Optional<Boolean> onTime() {
        return timing.map(LeadTime::onTime);
    }
}
