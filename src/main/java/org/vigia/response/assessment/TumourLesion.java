package org.vigia.response.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigia.response.BaselineLesion;
import org.vigia.response.ImagingMethod;
import org.vigia.response.IrradiationStatus;
import org.vigia.response.LesionRole;
import org.vigia.response.Organ;
import org.vigia.shared.DecimalDigits;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;

/**
 * A lesion recorded at the baseline assessment (RECIST 1.1 section 3.3): target (measured) or non-target,
 * with organ, imaging method, scan date and how it is irradiated on study (NCT06494995's ORR split).
 * Changed only through its baseline assessment.
 */
@Entity
@Table(name = "tumour_lesion")
public class TumourLesion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
    private TumourAssessment assessment;

    @Column(nullable = false)
    @MaxLength(TextLimits.LESION_CODE)
    private String code;

    @Column(nullable = false)
    private int ordinal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LesionRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Organ organ;

    @Column(nullable = false)
    private boolean nodal;

    @Column(name = "diameter_mm")
    @DecimalDigits(integer = 6, fraction = 2)
    private BigDecimal diameterMm;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImagingMethod method;

    @Column(name = "scanned_on")
    private LocalDate scannedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IrradiationStatus irradiation;

    protected TumourLesion() {
    }

    TumourLesion(TumourAssessment assessment, LesionEntry entry, int ordinal) {
        this.assessment = assessment;
        this.code = entry.code();
        update(entry, ordinal);
    }

    void update(LesionEntry entry, int ordinal) {
        this.ordinal = ordinal;
        this.role = entry.role();
        this.organ = entry.organ();
        this.nodal = entry.organ().nodal();
        this.diameterMm = entry.diameterMm();
        this.method = entry.method();
        this.scannedOn = entry.scannedOn();
        this.irradiation = entry.irradiation();
    }

    /** The lesion as the selection rules see it. */
    public BaselineLesion toBaselineLesion() {
        return new BaselineLesion(code, organ.name(), nodal, role, diameterMm, null, method, scannedOn, irradiation);
    }

    public LesionEntry toEntry() {
        return new LesionEntry(code, role, organ, diameterMm, method, scannedOn, irradiation);
    }

    Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", role);
        m.put("organ", organ);
        m.put("diameterMm", diameterMm);
        m.put("method", method);
        m.put("scannedOn", scannedOn);
        m.put("irradiation", irradiation);
        return m;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public int getOrdinal() { return ordinal; }
    public LesionRole getRole() { return role; }
    public Organ getOrgan() { return organ; }
    public boolean isNodal() { return nodal; }
    public BigDecimal getDiameterMm() { return diameterMm; }
    public ImagingMethod getMethod() { return method; }
    public LocalDate getScannedOn() { return scannedOn; }
    public IrradiationStatus getIrradiation() { return irradiation; }
    public boolean isTarget() { return role == LesionRole.TARGET; }
}
