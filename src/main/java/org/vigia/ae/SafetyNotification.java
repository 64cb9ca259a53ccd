package org.vigia.ae;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.vigia.shared.text.Text;
import org.vigia.shared.text.TextCodec;

/**
 * A notice to one of the study's safety contacts (study definition {@code safetyContacts}) that an AE became
 * serious; shown in the application and e-mailed when SMTP is configured ({@link #getEmailStatus()}: PENDING until
 * the e-mail is sent after commit, then SENT or FAILED; NOT_CONFIGURED, NO_ADDRESS). The message is stored as a
 * text with its key and arguments ({@link TextCodec}) and shown in each reader's language.
 */
@Entity
@Table(name = "safety_notification")
public class SafetyNotification {

    /** E-mail status of a notification whose e-mail is to be sent after commit. */
    public static final String PENDING = "PENDING";

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
            String recipientName, String recipientEmail, Text message, Instant createdAt) {
        this.studyId = studyId;
        this.siteId = siteId;
        this.adverseEventId = adverseEventId;
        this.recipientRole = recipientRole;
        this.recipientName = recipientName;
        this.recipientEmail = recipientEmail;
        this.message = message.encode();
        this.emailStatus = PENDING;
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
    /** The stored message; {@link #getMessageText()} to show it. */
    public String getMessage() { return message; }
    /** The message as a text (a sentence stored before texts were kept with their key reads back as it was). */
    public Text getMessageText() { return TextCodec.decode(message); }
    public String getEmailStatus() { return emailStatus; }
    public Instant getCreatedAt() { return createdAt; }
}
