package nl.overheid.recordingpolicy.domain.consent;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.Usage;

/**
 * What a caller submits when a citizen asks for consent. Syntax is checked by the adapter; whether consent can be
 * asked for at all is decided by {@link ConsentRequest#submit}.
 *
 * <p>AVG data minimisation: there is deliberately no citizen service number, no name and no contact detail, only
 * what the decision needs. The {@code caseReference} links the request to the authority's own case file, where
 * the identity already lives.
 *
 * @param usage            the intended use; present for {@link ConsentKind#PUBLICATION}, absent for RECORDING
 * @param conversationDate the day of the conversation the recording is (or was) made of
 * @param requestDate      the day the citizen asked, as a date in the Netherlands; it decides whether a recording
 *                         request is on time
 */
public record ConsentApplication(ConsentKind kind, Authority authority, Medium medium, Optional<Usage> usage,
                                 LocalDate conversationDate, Channel channel, String caseReference,
                                 LocalDate requestDate) {

    public ConsentApplication {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(conversationDate, "conversationDate");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(requestDate, "requestDate");
        if (caseReference.isBlank()) {
            throw new IllegalArgumentException("caseReference must not be blank");
        }
    }
}
