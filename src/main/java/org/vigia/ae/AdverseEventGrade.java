package org.vigia.ae;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One dated entry of an adverse event's CTCAE grade history: the grade, the (possibly partial) date it applies
 * from, and who recorded it when. The AE's worst grade is the highest entry.
 */
@Entity
@Table(name = "adverse_event_grade")
public class AdverseEventGrade {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "adverse_event_id", nullable = false, updatable = false)
    private AdverseEvent adverseEvent;

    @Column(nullable = false)
    private int grade;

    /** ISO 8601 date, possibly partial, from which the grade applies. */
    @Column(nullable = false)
    private String since;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected AdverseEventGrade() {
    }

    AdverseEventGrade(AdverseEvent adverseEvent, int grade, String since, Instant recordedAt, String recordedBy) {
        this.adverseEvent = adverseEvent;
        this.grade = grade;
        this.since = since;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() { return id; }
    public int getGrade() { return grade; }
    public String getSince() { return since; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
}
