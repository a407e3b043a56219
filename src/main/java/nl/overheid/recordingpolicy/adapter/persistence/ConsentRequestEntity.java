package nl.overheid.recordingpolicy.adapter.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Row of consent_request. {@code version} makes two concurrent decisions on one request collide, not both win. */
@Entity
@Table(name = "consent_request")
public class ConsentRequestEntity {

    @Id
    @Column(name = "reference")
    String reference;
    @Column(name = "kind", nullable = false)
    String kind;
    @Column(name = "authority", nullable = false)
    String authority;
    @Column(name = "medium", nullable = false)
    String medium;
    @Column(name = "intended_usage")
    String usage;
    @Column(name = "conversation_date", nullable = false)
    LocalDate conversationDate;
    @Column(name = "channel", nullable = false)
    String channel;
    @Column(name = "case_reference", nullable = false)
    String caseReference;
    /** The identity that submitted it: what a case system may see (see ConsentAccess). */
    @Column(name = "submitted_by")
    String submittedBy;
    @Column(name = "request_date", nullable = false)
    LocalDate requestDate;
    @Column(name = "consent_grantor", nullable = false)
    String consentGrantor;
    @Column(name = "deadline")
    LocalDate deadline;

    @Column(name = "lead_time_working_days")
    Integer leadTimeWorkingDays;
    @Column(name = "on_time")
    Boolean onTime;
    @Column(name = "status", nullable = false)
    String status;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Version
    @Column(name = "version", nullable = false)
    long version;

    /**
     * Read-only view of the history rows, fetched together with the request in one statement: two separate reads
     * could straddle a concurrent commit and see a status that its history does not end in.
     */
    @OneToMany
    @JoinColumn(name = "reference", referencedColumnName = "reference", insertable = false, updatable = false)
    @OrderBy("seq")
    List<StatusChangeEntity> history = new ArrayList<>();
}
