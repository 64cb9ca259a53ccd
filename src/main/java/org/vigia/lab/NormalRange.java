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
import org.vigia.shared.DecimalDigits;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.terminology.LabTest;

/**
 * A laboratory normal range (LLN, ULN) for a test at a site (null: default for every site), for a sex (null: both)
 * and an age band (inclusive; null: open). The most specific matching range applies.
 */
@Entity
@Table(name = "normal_range")
public class NormalRange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id")
    private Long siteId;

    @Enumerated(EnumType.STRING)
    @Column(name = "test_code", nullable = false)
    private LabTest test;

    private String sex;

    @Column(name = "age_min")
    private Integer ageMin;

    @Column(name = "age_max")
    private Integer ageMax;

    @Column(nullable = false)
    @MaxLength(TextLimits.LAB_UNIT)
    private String unit;

    @DecimalDigits(integer = 12, fraction = 6)
    private BigDecimal lln;
    @DecimalDigits(integer = 12, fraction = 6)
    private BigDecimal uln;

    @Version
    private long version;

    protected NormalRange() {
    }

    public NormalRange(Long siteId, LabTest test, String sex, Integer ageMin, Integer ageMax, String unit,
                       BigDecimal lln, BigDecimal uln) {
        if (!test.accepts(unit)) {
            throw new org.vigia.shared.InvalidInput("unit", Text.of(Bundle.SUBJECT, "range.refused.unitNoPeriod", unit, test.displayName(), String.valueOf(test.units())));
        }
        if (lln != null && uln != null && lln.compareTo(uln) > 0) {
            throw new org.vigia.shared.InvalidInput("lln", Text.of(Bundle.SUBJECT, "range.refused.limitsOrder"));
        }
        this.siteId = siteId;
        this.test = test;
        this.sex = sex;
        this.ageMin = ageMin;
        this.ageMax = ageMax;
        this.unit = unit;
        this.lln = lln;
        this.uln = uln;
    }

    public boolean matches(Long site, String subjectSex, int age) {
        return (siteId == null || siteId.equals(site)) && (sex == null || sex.equals(subjectSex))
                && (ageMin == null || age >= ageMin) && (ageMax == null || age <= ageMax);
    }

    /** Higher is more specific: a site's own range beats the default, a sex- or age-specific one beats a general one. */
    public int specificity() {
        return (siteId != null ? 4 : 0) + (sex != null ? 2 : 0) + (ageMin != null || ageMax != null ? 1 : 0);
    }

    public Long getId() { return id; }
    public Long getSiteId() { return siteId; }
    public LabTest getTest() { return test; }
    public String getSex() { return sex; }
    public Integer getAgeMin() { return ageMin; }
    public Integer getAgeMax() { return ageMax; }
    public String getUnit() { return unit; }
    public BigDecimal getLln() { return lln; }
    public BigDecimal getUln() { return uln; }
    public long getVersion() { return version; }
}
