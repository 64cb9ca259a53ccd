package org.vigia.ae;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The weekly check during radiotherapy (NCT07041788 protocol: weekly assessment of acute toxicity during
 * chemoradiotherapy): CTCAE v5.0 grades of "Mucositis oral" (10028130) and "Dermatitis radiation" (10061103), 0 =
 * none, with the assessment date and the week of radiotherapy.
 */
@Entity
@Table(name = "radiotherapy_skin_mucosa_check")
public class RadiotherapySkinMucosaCheck {

    public static final String MUCOSITIS_TERM = "Mucositis oral";
    public static final String DERMATITIS_TERM = "Dermatitis radiation";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "rt_week", nullable = false)
    private int rtWeek;

    @Column(name = "mucositis_grade", nullable = false)
    private int mucositisGrade;

    @Column(name = "dermatitis_grade", nullable = false)
    private int dermatitisGrade;

    @Column(name = "rtog_mucositis_grade")
    private Integer rtogMucositisGrade;

    @Column(name = "rtog_skin_grade")
    private Integer rtogSkinGrade;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected RadiotherapySkinMucosaCheck() {
    }

    public RadiotherapySkinMucosaCheck(Long subjectId, LocalDate assessedOn, int rtWeek, int mucositisGrade,
            int dermatitisGrade, String recordedBy, Instant createdAt) {
        this.subjectId = subjectId;
        this.assessedOn = assessedOn;
        this.rtWeek = rtWeek;
        this.mucositisGrade = mucositisGrade;
        this.dermatitisGrade = dermatitisGrade;
        this.recordedBy = recordedBy;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getSubjectId() { return subjectId; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public int getRtWeek() { return rtWeek; }
    public int getMucositisGrade() { return mucositisGrade; }
    public int getDermatitisGrade() { return dermatitisGrade; }
    public String getRecordedBy() { return recordedBy; }
    public long getVersion() { return version; }

    /** The RTOG grades of the mucosa and the skin, where the study grades on that scale too. */
    public void rtog(Integer mucositis, Integer skin) {
        this.rtogMucositisGrade = mucositis;
        this.rtogSkinGrade = skin;
    }

    public Integer getRtogMucositisGrade() { return rtogMucositisGrade; }
    public Integer getRtogSkinGrade() { return rtogSkinGrade; }

    /** The highest grade of the check on the scale the study's severity rule reads (RTOG when recorded). */
    public int highestGrade(boolean rtog) {
        if (rtog && rtogMucositisGrade != null && rtogSkinGrade != null) {
            return Math.max(rtogMucositisGrade, rtogSkinGrade);
        }
        return Math.max(mucositisGrade, dermatitisGrade);
    }
}
