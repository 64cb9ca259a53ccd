package org.vigia.response.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.vigia.shared.DecimalDigits;

/**
 * The finding for one baseline lesion at a follow-up: for a target lesion a {@link org.vigia.response.TargetFinding}
 * name with the measured diameter; for a non-target lesion a {@link org.vigia.response.NonTargetStatus} name with,
 * for a node, its short axis when given (RECIST 1.1 sections 4.3.1 and 4.3.3).
 */
@Entity
@Table(name = "tumour_measurement")
public class TumourMeasurement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
    private TumourAssessment assessment;

    @ManyToOne(optional = false)
    @JoinColumn(name = "lesion_id", nullable = false, updatable = false)
    private TumourLesion lesion;

    @Column(nullable = false)
    private String finding;

    @Column(name = "diameter_mm")
    @DecimalDigits(integer = 6, fraction = 2)
    private BigDecimal diameterMm;

    protected TumourMeasurement() {
    }

    TumourMeasurement(TumourAssessment assessment, TumourLesion lesion, String finding, BigDecimal diameterMm) {
        this.assessment = assessment;
        this.lesion = lesion;
        record(finding, diameterMm);
    }

    void record(String newFinding, BigDecimal mm) {
        this.finding = newFinding;
        this.diameterMm = mm;
    }

    /** How the audit trail and the screens show it: {@code MEASURED 28}, {@code ABSENT}. */
    String text() {
        return diameterMm == null ? finding : finding + " " + diameterMm.stripTrailingZeros().toPlainString();
    }

    public Long getId() { return id; }
    public TumourLesion getLesion() { return lesion; }
    public String getFinding() { return finding; }
    public BigDecimal getDiameterMm() { return diameterMm; }
}
