package org.vigia.lab;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.vigia.shared.DecimalDigits;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.terminology.LabTest;

/**
 * One laboratory result of a subject: the value and unit as reported, the value in the test's canonical unit,
 * the normal range that applied (site, sex, age band) and, once graded, its CTCAE v5.0 term, grade and the clause
 * of the grade text that gave it.
 */
@Entity
@Table(name = "lab_result")
public class LabResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "test_code", nullable = false)
    private LabTest test;

    @Column(name = "collected_on", nullable = false)
    private LocalDate collectedOn;

    @Column(name = "visit_code")
    @MaxLength(TextLimits.LAB_VISIT_CODE)
    private String visitCode;

    @Column(nullable = false)
    @DecimalDigits(integer = 12, fraction = 6)
    private BigDecimal value;

    @Column(nullable = false)
    private String unit;

    @Column(name = "canonical_value", nullable = false)
    private BigDecimal canonicalValue;

    private BigDecimal lln;
    private BigDecimal uln;

    @Column(nullable = false)
    private boolean baseline;

    @Column(name = "ctcae_term")
    private String ctcaeTerm;

    @Column(name = "ctcae_grade")
    private Integer ctcaeGrade;

    @Column(name = "ctcae_criterion")
    private String ctcaeCriterion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected LabResult() {
    }

    public LabResult(Long subjectId, LabTest test, LocalDate collectedOn, String visitCode, BigDecimal value,
                     String unit, BigDecimal lln, BigDecimal uln, boolean baseline) {
        this.subjectId = subjectId;
        this.test = test;
        this.collectedOn = collectedOn;
        this.visitCode = visitCode;
        this.value = value;
        this.unit = test.listedUnit(unit).orElse(unit);
        this.canonicalValue = test.toCanonical(value, unit);
        this.lln = lln;
        this.uln = uln;
        this.baseline = baseline;
        this.createdAt = Instant.now();
    }

    /** Records the CTCAE grading of this result (grade 0: no grade applies). */
    public void graded(String term, int grade, String criterion) {
        this.ctcaeTerm = term;
        this.ctcaeGrade = grade;
        this.ctcaeCriterion = criterion;
    }

    public Long getId() { return id; }
    public Long getSubjectId() { return subjectId; }
    public LabTest getTest() { return test; }
    public LocalDate getCollectedOn() { return collectedOn; }
    public String getVisitCode() { return visitCode; }
    public BigDecimal getValue() { return value; }
    public String getUnit() { return unit; }
    public BigDecimal getCanonicalValue() { return canonicalValue; }
    public BigDecimal getLln() { return lln; }
    public BigDecimal getUln() { return uln; }
    public boolean isBaseline() { return baseline; }
    public String getCtcaeTerm() { return ctcaeTerm; }
    public Integer getCtcaeGrade() { return ctcaeGrade; }
    public String getCtcaeCriterion() { return ctcaeCriterion; }
    public long getVersion() { return version; }
}
