package nl.overheid.recordingpolicy.adapter.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Row of consent_contact: one contact with the requester about a request, numbered from 0. */
@Entity
@Table(name = "consent_contact")
@IdClass(ConsentContactEntity.Key.class)
public class ConsentContactEntity {

    @Id
    @Column(name = "reference")
    String reference;
    @Id
    @Column(name = "seq")
    int seq;
    @Column(name = "contacted_at", nullable = false)
    Instant contactedAt;
    @Column(name = "note")
    String note;
    @Column(name = "alternative_medium")
    String alternativeMedium;
    @Column(name = "alternative_description")
    String alternativeDescription;
    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;
    @Column(name = "recorded_by")
    String recordedBy;
    @Column(name = "decision_id", nullable = false)
    String decisionId;

    /** Primary key (reference, seq). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        String reference;
        int seq;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.seq == seq && Objects.equals(key.reference, reference);
        }

        @Override
        public int hashCode() {
            return Objects.hash(reference, seq);
        }
    }
}
