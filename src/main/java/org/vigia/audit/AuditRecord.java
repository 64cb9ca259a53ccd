package org.vigia.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;

/**
 * One row of the append-only audit trail: who did what, when (UTC), to which record and field, the old and new
 * values and the reason. Immutable: no setters, and database triggers refuse UPDATE and DELETE on the table
 * (21 CFR Part 11 §11.10(e), ICH E6(R3) 4.2.2 on audit trails).
 */
@Entity
@Table(name = "audit_log")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "at_utc", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", updatable = false)
    private String entityId;

    @Column(name = "study_id", updatable = false)
    private Long studyId;

    @Column(name = "site_id", updatable = false)
    private Long siteId;

    @Column(name = "subject_ref", updatable = false)
    private String subjectRef;

    @Column(name = "field_name", updatable = false)
    private String field;

    @Column(name = "old_value", updatable = false)
    private String oldValue;

    @Column(name = "new_value", updatable = false)
    private String newValue;

    @Column(updatable = false)
    @MaxLength(TextLimits.REASON)
    private String reason;

    @Column(name = "client_ip", updatable = false)
    private String clientIp;

    protected AuditRecord() {
    }

    AuditRecord(Instant at, String username, AuditEntry entry, String clientIp) {
        this.at = at;
        this.username = username;
        this.action = entry.action();
        this.entityType = entry.entityType();
        this.entityId = entry.entityId();
        this.studyId = entry.studyId();
        this.siteId = entry.siteId();
        this.subjectRef = entry.subjectRef();
        this.field = entry.field();
        this.oldValue = entry.oldValue();
        this.newValue = entry.newValue();
        this.reason = entry.reason();
        this.clientIp = clientIp;
    }

    public Long getId() { return id; }
    public Instant getAt() { return at; }
    public String getUsername() { return username; }
    public String getAction() { return action; }
    public String getEntityType() { return entityType; }
    public String getEntityId() { return entityId; }
    public Long getStudyId() { return studyId; }
    public Long getSiteId() { return siteId; }
    public String getSubjectRef() { return subjectRef; }
    public String getField() { return field; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
    public String getReason() { return reason; }
    public String getClientIp() { return clientIp; }
}
