package org.vigia.subject;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The stored eligibility form of one subject: what was entered per criterion (JSON, see {@link EligibilityEntries}),
 * the subject conditions that switch thresholds, the investigator overrides and the outcome of the last
 * evaluation by {@link org.vigia.study.EligibilityRules} against the subject's definition version.
 */
@Entity
@Table(name = "eligibility_form")
public class EligibilityForm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "definition_version", nullable = false)
    private String definitionVersion;

    @Column(nullable = false)
    private String entries;

    @Column(nullable = false)
    private String conditions;

    @Column(nullable = false)
    private String overrides;

    @Column(nullable = false)
    private String outcome;

    private String reasons;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected EligibilityForm() {
    }

    public EligibilityForm(Long subjectId, String definitionVersion) {
        this.subjectId = subjectId;
        this.definitionVersion = definitionVersion;
    }

    /** Replaces the entered data with a newly evaluated state. */
    public void store(String entriesJson, String conditionsCsv, String overridesJson, String newOutcome,
                      String newReasons, String by) {
        this.entries = entriesJson;
        this.conditions = conditionsCsv;
        this.overrides = overridesJson;
        this.outcome = newOutcome;
        this.reasons = newReasons;
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getSubjectId() { return subjectId; }
    public String getDefinitionVersion() { return definitionVersion; }
    public String getEntries() { return entries; }
    public String getConditions() { return conditions; }
    public String getOverrides() { return overrides; }
    public String getOutcome() { return outcome; }
    public String getReasons() { return reasons; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public long getVersion() { return version; }
}
