package nl.overheid.recordingpolicy.domain.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import nl.overheid.recordingpolicy.domain.FieldReason;
import nl.overheid.recordingpolicy.domain.RejectedFieldException;
import nl.overheid.recordingpolicy.domain.policy.Medium;

/**
 * The grantor's record that the requester was contacted about a request (UWV: "Wij nemen dan contact met u op om met
 * u mee te denken over de meest passende oplossing"), with what was proposed instead, if anything. A contact changes
 * no status: only the grantor's decision gives or refuses consent.
 *
 * @param contactedAt when the contact took place, as the grantor states it
 * @param note        what was discussed, in the grantor's own words
 * @param alternative what the grantor proposed instead of the recording asked for
 * @param recordedAt  when the gateway recorded it
 * @param recordedBy  the authenticated identity that recorded it
 */
public record ConsentContact(Instant contactedAt, Optional<String> note, Optional<Alternative> alternative,
                             Instant recordedAt, Optional<String> recordedBy) {

    /** A proposal instead of the recording asked for: another medium (e.g. AUDIO instead of VIDEO), described or not. */
    public record Alternative(Optional<Medium> medium, Optional<String> description) {
        public Alternative {
            Objects.requireNonNull(medium, "medium");
            description = Objects.requireNonNull(description, "description").map(String::strip)
                    .filter(text -> !text.isEmpty());
            if (medium.isEmpty() && description.isEmpty()) {
                throw new IllegalArgumentException("an alternative names a medium or describes itself");
            }
        }
    }

    public ConsentContact {
        Objects.requireNonNull(contactedAt, "contactedAt");
        note = Objects.requireNonNull(note, "note").map(String::strip).filter(text -> !text.isEmpty());
        Objects.requireNonNull(alternative, "alternative");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }

    /**
     * Records a contact about {@code request}, whatever its status: the contact happened, and a request withdrawn
     * after the call (say because the citizen took the proposed audio recording instead) must still show it.
     *
     * @param contactedOn the date of {@code contactedAt} in the Netherlands (the adapter's time zone, as for "today")
     * @throws RejectedFieldException when the contact lies in the future or before the request was made, or the
     *                                  alternative is no alternative or comes after the conversation
     */
    public static ConsentContact record(ConsentRequest request, Instant contactedAt, LocalDate contactedOn,
                                        Optional<String> note, Optional<Alternative> alternative, Instant now) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(contactedOn, "contactedOn");
        Objects.requireNonNull(now, "now");
        if (contactedAt.isAfter(now)) {
            throw new RejectedFieldException("contactedAt", FieldReason.CONTACT_IN_THE_FUTURE);
        }
        if (contactedOn.isBefore(request.requestDate())) {
            throw new RejectedFieldException("contactedAt", FieldReason.CONTACT_BEFORE_REQUEST, request.requestDate());
        }
        if (alternative.flatMap(Alternative::medium).filter(request.medium()::equals).isPresent()) {
            throw new RejectedFieldException("alternativeMedium", FieldReason.ALTERNATIVE_SAME_MEDIUM, request.medium());
        }
        if (alternative.isPresent() && request.kind() == ConsentKind.RECORDING
                && contactedOn.isAfter(request.conversationDate())) {
            // Another way of recording a conversation can only be proposed before it takes place.
            throw new RejectedFieldException("alternativeMedium", FieldReason.ALTERNATIVE_AFTER_CONVERSATION,
                    request.conversationDate());
        }
        return new ConsentContact(contactedAt, note, alternative, now, Optional.empty());
    }

    /** The same contact, recorded by {@code identity} (known only outside the domain, as for a status change). */
    public ConsentContact by(String identity) {
        return new ConsentContact(contactedAt, note, alternative, recordedAt, Optional.of(identity));
    }
}
