package nl.overheid.recordingpolicy.application.consent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

import nl.overheid.recordingpolicy.domain.consent.Channel;
import nl.overheid.recordingpolicy.domain.consent.ConsentKind;
import nl.overheid.recordingpolicy.domain.consent.ConsentReference;
import nl.overheid.recordingpolicy.domain.consent.GrantorDecision;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.Usage;

/**
 * The consent requests' questions, parsed by the adapter that received them. Those that change a request say what the
 * decision log keeps of them ({@code logged()}): the contract's field names, each value in its canonical text.
 */
public final class ConsentQuestions {

    private ConsentQuestions() {
    }

    /** {@code requestDate} left out: the day the request is first handled. */
    public record Submit(ConsentKind kind, Authority authority, Medium medium,
                         Optional<Usage> usage, LocalDate conversationDate,
                         Channel channel, String caseReference, Optional<LocalDate> requestDate) {

        public Submit {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(authority, "authority");
            Objects.requireNonNull(medium, "medium");
            Objects.requireNonNull(usage, "usage");
            Objects.requireNonNull(conversationDate, "conversationDate");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(caseReference, "caseReference");
            Objects.requireNonNull(requestDate, "requestDate");
        }

        LoggedSubmit logged() {
            return new LoggedSubmit(kind.name(), authority.name(), medium.name(), usage.map(Enum::name).orElse(null),
                    conversationDate.toString(), channel.name(), caseReference,
                    requestDate.map(LocalDate::toString).orElse(null));
        }
    }

    public record LoggedSubmit(String kind, String authority, String medium, String usage, String conversationDate,
                               String channel, String caseReference, String requestDate) {
    }

    public record Lookup(ConsentReference reference) {

        public Lookup {
            Objects.requireNonNull(reference, "reference");
        }
    }

    /** One page of a case's requests: {@code page} counts from 1. */
    public record Find(String caseReference, int page, int pageSize) {

        public Find {
            Objects.requireNonNull(caseReference, "caseReference");
        }
    }

    public record Decide(ConsentReference reference, GrantorDecision decision, Optional<String> reason) {

        public Decide {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(reason, "reason");
        }

        LoggedDecide logged() {
            return new LoggedDecide(reference.value(), decision.name(), reason.orElse(null));
        }
    }

    public record LoggedDecide(String reference, String decision, String reason) {
    }

    /** The grantor's record of a contact with the requester, and what was proposed instead, if anything. */
    public record Contact(ConsentReference reference, OffsetDateTime contactedAt, Optional<String> note,
                          Optional<Medium> alternativeMedium, Optional<String> alternativeDescription) {

        public Contact {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(contactedAt, "contactedAt");
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(alternativeMedium, "alternativeMedium");
            Objects.requireNonNull(alternativeDescription, "alternativeDescription");
        }

        LoggedContact logged() {
            return new LoggedContact(reference.value(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(contactedAt),
                    note.orElse(null), alternativeMedium.map(Medium::name).orElse(null),
                    alternativeDescription.orElse(null));
        }
    }

    public record LoggedContact(String reference, String contactedAt, String note, String alternativeMedium,
                                String alternativeDescription) {
    }

    public record Withdraw(ConsentReference reference, Optional<String> reason) {

        public Withdraw {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(reason, "reason");
        }

        LoggedWithdraw logged() {
            return new LoggedWithdraw(reference.value(), reason.orElse(null));
        }
    }

    public record LoggedWithdraw(String reference, String reason) {
    }
}
