package org.vigia.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.MaxLength;
import org.vigia.shared.SiteToday;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * A follow-up contact with the subject's survival status: alive on the contact date; dead with the date and cause
 * of death; or lost to follow-up with the date last known alive (the censoring date of OS).
 */
@Entity
@Table(name = "follow_up_contact")
public class FollowUpContact {

    /** Survival status at the contact. */
    public enum SurvivalStatus { ALIVE, DEAD, LOST_TO_FOLLOW_UP }

    /** Primary cause of death. */
    public enum DeathCause { DISEASE, ADVERSE_EVENT, OTHER, UNKNOWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;
    @Column(name = "contact_date", nullable = false, updatable = false)
    private LocalDate contactDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "survival_status", nullable = false, updatable = false)
    private SurvivalStatus survivalStatus;
    @Column(name = "death_date", updatable = false)
    private LocalDate deathDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "death_cause", updatable = false)
    private DeathCause deathCause;
    @Column(name = "death_cause_text", updatable = false)
    @MaxLength(TextLimits.DETAILS)
    private String deathCauseText;
    @Column(name = "last_known_alive", updatable = false)
    private LocalDate lastKnownAlive;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected FollowUpContact() {
    }

    /** Validates the fields each status needs. */
    public FollowUpContact(Long subjectId, LocalDate contactDate, SurvivalStatus status, LocalDate deathDate,
                           DeathCause deathCause, String deathCauseText, LocalDate lastKnownAlive, String recordedBy,
                           SiteToday today) {
        new FieldErrors()
                .require(contactDate != null, "contactDate", Text.of(Bundle.DOSING, "fu.refused.contactDate"))
                .require(today.allows(contactDate), "contactDate", today.future("contactDate", contactDate))
                .require(today.allows(deathDate), "deathDate", today.future("deathDate", deathDate))
                .require(today.allows(lastKnownAlive), "lastKnownAlive", today.future("lastKnownAlive", lastKnownAlive))
                .require(status != null, "survivalStatus", Text.of(Bundle.DOSING, "fu.refused.survivalStatus"))
                .require(status != SurvivalStatus.DEAD || deathDate != null, "deathDate",
                        Text.of(Bundle.DOSING, "fu.refused.deathDate"))
                .require(status != SurvivalStatus.DEAD || deathCause != null, "deathCause", Text.of(Bundle.DOSING, "fu.refused.deathCause"))
                .require(status != SurvivalStatus.LOST_TO_FOLLOW_UP || lastKnownAlive != null
                        && (contactDate == null || !lastKnownAlive.isAfter(contactDate)), "lastKnownAlive",
                        Text.of(Bundle.DOSING, "fu.refused.lastKnownAlive"))
                .throwIfAny();
        this.subjectId = subjectId;
        this.contactDate = contactDate;
        this.survivalStatus = status;
        this.deathDate = status == SurvivalStatus.DEAD ? deathDate : null;
        this.deathCause = status == SurvivalStatus.DEAD ? deathCause : null;
        this.deathCauseText = status == SurvivalStatus.DEAD ? deathCauseText : null;
        this.lastKnownAlive = status == SurvivalStatus.ALIVE ? contactDate : lastKnownAlive;
        this.recordedBy = recordedBy;
        this.createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getSubjectId() { return subjectId; }
    public LocalDate getContactDate() { return contactDate; }
    public SurvivalStatus getSurvivalStatus() { return survivalStatus; }
    public LocalDate getDeathDate() { return deathDate; }
    public DeathCause getDeathCause() { return deathCause; }
    public String getDeathCauseText() { return deathCauseText; }
    public LocalDate getLastKnownAlive() { return lastKnownAlive; }
    public String getRecordedBy() { return recordedBy; }
}
