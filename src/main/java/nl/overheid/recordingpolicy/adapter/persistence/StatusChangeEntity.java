package nl.overheid.recordingpolicy.adapter.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Row of consent_status_change: one entry of a request's history, numbered from 0. */
@Entity
@Table(name = "consent_status_change")
@IdClass(StatusChangeEntity.Key.class)
public class StatusChangeEntity {

    @Id
    @Column(name = "reference")
    String reference;
    @Id
    @Column(name = "seq")
    int seq;
    @Column(name = "from_status")
    String fromStatus;
    @Column(name = "to_status", nullable = false)
    String toStatus;
    @Column(name = "actor", nullable = false)
    String actor;
    @Column(name = "reason")
    String reason;
    @Column(name = "acted_by")
    String actedBy;
    @Column(name = "changed_at", nullable = false)
    Instant changedAt;
    @Column(name = "decision_id")
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
