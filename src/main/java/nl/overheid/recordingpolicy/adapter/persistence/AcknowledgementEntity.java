package nl.overheid.recordingpolicy.adapter.persistence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of acknowledgement (migration V7). Never changed once written. */
@Entity
@Table(name = "acknowledgement")
public class AcknowledgementEntity {

    @Id
    @Column(name = "reference")
    String reference;
    @Column(name = "authority", nullable = false)
    String authority;
    @Column(name = "rule_id", nullable = false)
    String ruleId;
    @Column(name = "case_reference", nullable = false)
    String caseReference;
    @Column(name = "form_date", nullable = false)
    LocalDate formDate;
    @Column(name = "client_name", nullable = false)
    String clientName;
    @Column(name = "employee_name", nullable = false)
    String employeeName;
    @Column(name = "signed_by_client", nullable = false)
    boolean signedByClient;
    @Column(name = "signed_by_employee", nullable = false)
    boolean signedByEmployee;
    @Column(name = "registered_by", nullable = false)
    String registeredBy;
    @Column(name = "registered_at", nullable = false)
    Instant registeredAt;
    @Column(name = "decision_id", nullable = false)
    String decisionId;
}
