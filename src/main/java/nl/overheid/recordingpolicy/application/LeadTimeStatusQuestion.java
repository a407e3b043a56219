package nl.overheid.recordingpolicy.application;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.Medium;

/** "By when must consent be asked?", parsed by the adapter; {@code requestDate} left out means today. */
public record LeadTimeStatusQuestion(Authority authority, Medium medium, Optional<LocalDate> conversationDate,
                                     Optional<LocalDate> requestDate) {

    public LeadTimeStatusQuestion {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(conversationDate, "conversationDate");
        Objects.requireNonNull(requestDate, "requestDate");
    }
}
