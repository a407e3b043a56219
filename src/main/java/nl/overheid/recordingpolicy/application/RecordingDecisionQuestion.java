package nl.overheid.recordingpolicy.application;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import nl.overheid.recordingpolicy.domain.consent.ConsentReference;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.RecordingQuestion;

/**
 * "May this recording be made?", parsed by the adapter that received it, with the consent request the citizen relies
 * on, if any.
 */
public record RecordingDecisionQuestion(Authority authority, Medium medium, boolean participant,
                                        Optional<LocalDate> conversationDate,
                                        Optional<ConsentReference> consentRequestReference) {

    public RecordingDecisionQuestion {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(conversationDate, "conversationDate");
        Objects.requireNonNull(consentRequestReference, "consentRequestReference");
    }

    RecordingQuestion policyQuestion() {
        return new RecordingQuestion(authority, medium, participant, conversationDate);
    }

    /** The question as the decision log keeps it: the contract's field names, each value in its canonical text. */
    public Logged logged() {
        return new Logged(authority.name(), medium.name(), Boolean.toString(participant),
                conversationDate.map(LocalDate::toString).orElse(null),
                consentRequestReference.map(ConsentReference::value).orElse(null));
    }

    public record Logged(String authority, String medium, String participant, String conversationDate,
                  String consentRequestReference) {
    }
}
