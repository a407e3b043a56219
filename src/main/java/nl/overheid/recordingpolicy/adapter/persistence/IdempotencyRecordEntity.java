package nl.overheid.recordingpolicy.adapter.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Row of idempotency_record: primary key (operation, idempotency_key), so a key can be claimed only once. */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecordEntity.Key.class)
public class IdempotencyRecordEntity {

    static final String COMPLETED = "COMPLETED";

    @Id
    @Column(name = "operation")
    String operation;
    @Id
    @Column(name = "idempotency_key")
    String key;
    @Column(name = "request_hash", nullable = false)
    String requestHash;
    @Column(name = "state", nullable = false)
    String state;
    @Column(name = "response_status")
    Integer responseStatus;
    @Column(name = "response_body")
    String responseBody;
    @Column(name = "resource_reference")
    String resourceReference;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "completed_at")
    Instant completedAt;

    /** Primary key (operation, key). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        String operation;
        String key;

        public Key() {
        }

        Key(String operation, String key) {
            this.operation = operation;
            this.key = key;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(that.operation, operation) && Objects.equals(that.key, key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(operation, key);
        }
    }
}
