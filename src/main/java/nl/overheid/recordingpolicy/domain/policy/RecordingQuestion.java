package nl.overheid.recordingpolicy.domain.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** "May I record this conversation?" {@code conversationDate} is needed only where a lead time applies. */
public record RecordingQuestion(Authority authority, Medium medium, boolean participant,
                                Optional<LocalDate> conversationDate) {
    public RecordingQuestion {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(conversationDate, "conversationDate");
    }
}
