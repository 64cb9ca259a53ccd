package org.vigia.dosing;

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
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.vigia.shared.DecimalDigits;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Text;
import org.vigia.shared.text.TextCodec;
import org.vigia.study.definition.DoseAction;

/**
 * One line of the treatment administration form: an agent on one day of a cycle of a treatment phase, given (with
 * its planned and administered dose, body size, infusion times) or not given with a reason, together with what
 * Vigia recommended at that moment and how the pre-cycle lab gate was passed. Written once; corrections are new
 * records (the audit trail keeps both).
 */
@Entity
@Table(name = "dose_administration")
public class TreatmentAdministration {

    /** What happened to the agent that day. */
    public enum Status {
        /** The agent was given. */
        GIVEN,
        /** Not given (held) with a reason; the agent may resume. */
        NOT_GIVEN,
        /** Permanently discontinued with a reason. */
        DISCONTINUED
    }

    /** How the pre-cycle laboratory gate was passed. */
    public enum Gate {
        /** The study's gate does not apply to this agent or day. */
        NOT_GATED,
        /** Every criterion met by an in-window result. */
        GO,
        /** Failing or missing labs, overridden by an investigator with a reason. */
        OVERRIDDEN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;
    @Column(name = "agent_id", nullable = false, updatable = false)
    private String agentId;
    @Column(name = "phase_id", nullable = false, updatable = false)
    private String phaseId;
    @Column(nullable = false, updatable = false)
    private int cycle;
    @Column(name = "cycle_day", nullable = false, updatable = false)
    private int day;
    @Column(name = "administered_on", nullable = false, updatable = false)
    private LocalDate administeredOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Status status;
    @Column(name = "not_given_reason")
    @MaxLength(TextLimits.DETAILS)
    private String notGivenReason;
    @Column(name = "dose_percent", nullable = false)
    @DecimalDigits(integer = 5, fraction = 2)
    private BigDecimal dosePercent;
    @Column(name = "planned_full_mg")
    private BigDecimal plannedFullMg;
    @Column(name = "planned_mg")
    private BigDecimal plannedMg;
    @Column(name = "administered_mg")
    @DecimalDigits(integer = 11, fraction = 1)
    private BigDecimal administeredMg;
    private String working;
    @Column(name = "height_cm")
    @DecimalDigits(integer = 5, fraction = 1)
    private BigDecimal heightCm;
    @Column(name = "weight_kg")
    @DecimalDigits(integer = 5, fraction = 1)
    private BigDecimal weightKg;
    @Column(name = "bsa_m2")
    private BigDecimal bsaM2;
    @Column(name = "bsa_height_cm")
    private BigDecimal bsaHeightCm;
    @Column(name = "bsa_weight_kg")
    private BigDecimal bsaWeightKg;
    @Column(name = "bsa_formula")
    private String bsaFormula;
    @Column(name = "infusion_start")
    private Instant infusionStart;
    @Column(name = "infusion_stop")
    private Instant infusionStop;
    @Column(name = "infusion_minutes")
    private Integer infusionMinutes;
    @Column(name = "infusion_outcome")
    private String infusionOutcome;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DoseAction recommendation;
    @Column(name = "recommended_mg")
    private BigDecimal recommendedMg;
    @Column(name = "recommendation_reasons")
    private String recommendationReasons;
    @Column(name = "resume_dose_percent")
    private BigDecimal resumeDosePercent;
    @Column(name = "resume_when_grade_at_most")
    private Integer resumeWhenGradeAtMost;
    @Column(name = "departure_reason")
    @MaxLength(TextLimits.DETAILS)
    private String departureReason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gate gate;
    @Column(name = "gate_override_reason")
    @MaxLength(TextLimits.DETAILS)
    private String gateOverrideReason;
    @Column(name = "cycle_target_on", updatable = false)
    private LocalDate cycleTargetOn;
    @Column(name = "delay_days", updatable = false)
    private Integer delayDays;
    @Column(name = "delay_reason", updatable = false)
    @MaxLength(TextLimits.DETAILS)
    private String delayReason;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected TreatmentAdministration() {
    }

    /** A line of the form for {@code agentId} on {@code day} of {@code cycle}, with what was recommended. */
    public TreatmentAdministration(Long subjectId, String agentId, String phaseId, int cycle, int day,
                                   LocalDate administeredOn, Status status, BigDecimal dosePercent,
                                   DoseDecision decision, DoseRecommendation recommendation, String recordedBy) {
        this.subjectId = Objects.requireNonNull(subjectId);
        this.agentId = Objects.requireNonNull(agentId);
        this.phaseId = Objects.requireNonNull(phaseId);
        this.cycle = cycle;
        this.day = day;
        this.administeredOn = Objects.requireNonNull(administeredOn);
        this.status = Objects.requireNonNull(status);
        this.dosePercent = Objects.requireNonNull(dosePercent);
        this.recommendation = recommendation.status();
        this.recommendedMg = recommendation.recommendedDoseMg();
        this.recommendationReasons = decision.reasonTexts().stream().map(Text::encode)
                .collect(Collectors.joining("\n"));
        if (decision.action() == DoseAction.HOLD) {
            this.resumeDosePercent = decision.resumeDosePercent();
            this.resumeWhenGradeAtMost = decision.resumeWhenGradeAtMost();
        }
        this.gate = Gate.NOT_GATED;
        this.recordedBy = recordedBy;
        this.createdAt = Instant.now();
    }

    /** The dose given, as planned from the body measurements. */
    public void given(PlannedDose planned, BigDecimal administered, BigDecimal height, BigDecimal weight,
                      String departure) {
        this.plannedFullMg = planned.fullDoseMg();
        this.plannedMg = planned.plannedDoseMg();
        this.working = planned.working();
        this.administeredMg = administered;
        this.heightCm = height;
        this.weightKg = weight;
        planned.findBsaBasis().ifPresent(b -> {
            this.bsaM2 = b.bsaM2();
            this.bsaHeightCm = b.heightCm();
            this.bsaWeightKg = b.weightKg();
            this.bsaFormula = b.formula().name();
        });
        this.departureReason = departure;
    }

    public void notGiven(String reason) {
        this.notGivenReason = reason;
        this.administeredMg = BigDecimal.ZERO;
    }

    public void infusion(Instant start, Instant stop, InfusionCheck check) {
        this.infusionStart = start;
        this.infusionStop = stop;
        this.infusionMinutes = check == null ? null : (int) check.durationMinutes();
        this.infusionOutcome = check == null ? null : check.outcome().name();
    }

    public void gate(Gate how, String overrideReason) {
        this.gate = how;
        this.gateOverrideReason = overrideReason;
    }

    /**
     * The line starts its cycle: the target date of its day 1 (counted from the previous cycle's day 1 given, or the
     * phase's start rule) and, when later than the window, the days late and the reason given (may be null).
     */
    public void startsCycle(LocalDate target, int daysLate, String reason) {
        this.cycleTargetOn = target;
        this.delayDays = daysLate > 0 ? daysLate : null;
        this.delayReason = daysLate > 0 ? reason : null;
    }

    public Long getId() { return id; }
    public Long getSubjectId() { return subjectId; }
    public String getAgentId() { return agentId; }
    public String getPhaseId() { return phaseId; }
    public int getCycle() { return cycle; }
    public int getDay() { return day; }
    public LocalDate getAdministeredOn() { return administeredOn; }
    public Status getStatus() { return status; }
    public String getNotGivenReason() { return notGivenReason; }
    public BigDecimal getDosePercent() { return dosePercent; }
    public BigDecimal getPlannedFullMg() { return plannedFullMg; }
    public BigDecimal getPlannedMg() { return plannedMg; }
    public BigDecimal getAdministeredMg() { return administeredMg; }
    public String getWorking() { return working; }
    public BigDecimal getHeightCm() { return heightCm; }
    public BigDecimal getWeightKg() { return weightKg; }
    public BigDecimal getBsaM2() { return bsaM2; }
    public BigDecimal getBsaHeightCm() { return bsaHeightCm; }
    public BigDecimal getBsaWeightKg() { return bsaWeightKg; }
    public String getBsaFormula() { return bsaFormula; }
    public Instant getInfusionStart() { return infusionStart; }
    public Instant getInfusionStop() { return infusionStop; }
    public Integer getInfusionMinutes() { return infusionMinutes; }
    public String getInfusionOutcome() { return infusionOutcome; }
    public DoseAction getRecommendation() { return recommendation; }
    public BigDecimal getRecommendedMg() { return recommendedMg; }
    /** The reasons of the recommendation, one line each, in English (as stored before texts kept their keys). */
    public String getRecommendationReasons() {
        return recommendationReasons == null ? null
                : recommendationReasonTexts().stream().map(Text::english).collect(Collectors.joining("\n"));
    }

    /**
     * The reasons of the recommendation, to render in the reader's language: one stored text per line; a row
     * written before texts were stored with their keys holds English sentences, read back as plain texts.
     */
    public List<Text> recommendationReasonTexts() {
        if (recommendationReasons == null || recommendationReasons.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(recommendationReasons.split("\n")).map(TextCodec::decode)
                .filter(Objects::nonNull).toList();
    }

    public BigDecimal getResumeDosePercent() { return resumeDosePercent; }
    public Integer getResumeWhenGradeAtMost() { return resumeWhenGradeAtMost; }
    public String getDepartureReason() { return departureReason; }
    public Gate getGate() { return gate; }
    public String getGateOverrideReason() { return gateOverrideReason; }
    public LocalDate getCycleTargetOn() { return cycleTargetOn; }
    public Integer getDelayDays() { return delayDays; }
    public String getDelayReason() { return delayReason; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
