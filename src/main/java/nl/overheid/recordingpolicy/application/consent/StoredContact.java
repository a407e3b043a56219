package nl.overheid.recordingpolicy.application.consent;

import java.util.Objects;

import nl.overheid.recordingpolicy.domain.consent.ConsentContact;

/** A contact as stored, with the decision-log record that recorded it. */
public record StoredContact(ConsentContact contact, String decisionId) {

    public StoredContact {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(decisionId, "decisionId");
    }
}
