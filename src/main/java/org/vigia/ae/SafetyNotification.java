package org.vigia.ae;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A notice to one of the study's safety contacts (study definition {@code safetyContacts}) that an AE became
 * serious; shown in the application and e-mailed when SMTP is configured ({@link #getEmailStatus()}: SENT,
 * NOT_CONFIGURED, NO_ADDRESS or FAILED).
 */
@Entity
@Table(name = "safety_notification")
public class SafetyNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "study_id", nullable = false)
    private Long studyId;

    @Column(name = "site_id", nullable = false)
    private Long siteId;

    @Column(name = "adverse_event_id", nullable = false)
    private Long adverseEventId;

    @Column(name = "recipient_role")
    private String recipientRole;

    @Column(name = "recipient_name")
    private String recipientName;

    @Column(name = "recipient_email")
    private String recipientEmail;

    @Column(nullable = false)
    private String message;

    @Column(name = "email_status", nullable = false)
    private String emailStatus;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SafetyNotification() {
    }

    public SafetyNotification(Long studyId, Long siteId, Long adverseEventId, String recipientRole,
            String recipientName, String recipientEmail, String message, Instant createdAt) {
        this.studyId = studyId;
        this.siteId = siteId;
        this.adverseEventId = adverseEventId;
        this.recipientRole = recipientRole;
        this.recipientName = recipientName;
        this.recipientEmail = recipientEmail;
        this.message = message;
        this.emailStatus = "PENDING";
        this.createdAt = createdAt;
    }

    void emailed(String status) {
        this.emailStatus = status;
    }

    public Long getId() { return id; }
    public Long getStudyId() { return studyId; }
    public Long getSiteId() { return siteId; }
    public Long getAdverseEventId() { return adverseEventId; }
    public String getRecipientRole() { return recipientRole; }
    public String getRecipientName() { return recipientName; }
    public String getRecipientEmail() { return recipientEmail; }
    public String getMessage() { return message; }
    public String getEmailStatus() { return emailStatus; }
    public Instant getCreatedAt() { return createdAt; }
}
