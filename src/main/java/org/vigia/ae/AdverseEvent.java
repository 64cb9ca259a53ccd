package org.vigia.ae;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigia.shared.MaxLength;
import org.vigia.shared.PartialDate;
import org.vigia.shared.TextLimits;
import org.vigia.terminology.CtcaeTerm;

/**
 * An adverse event of a subject, coded to a CTCAE v5.0 term (MedDRA code and SOC) with its current and worst
 * grade. This is the core every feature reads (dose decisions, DMC tables); the AE feature adds grade history
 * ({@link AdverseEventGrade}), causality and action per agent ({@link AdverseEventAttribution}), seriousness
 * criteria with the SAE clock ({@link SeriousAdverseEventClock}), and the investigator's signature.
 * <p>
 * Workflow: recorded ({@link Status#SUBMITTED}) by a coordinator or investigator; signed ({@link Status#SIGNED})
 * by an investigator; any later change voids the signature ({@link #revise} returns whether it did) and the
 * status goes back to SUBMITTED.
 * <pre>{@code
 * AdverseEvent ae = new AdverseEvent(subjectId, term, null, "2026-03", 2, AdverseEvent.Status.SUBMITTED);
 * ae.revise(details, term, "coordinator", now);
 * ae.sign("investigator", "Dr Li", now, AdverseEvent.SIGNATURE_MEANING);
 * }</pre>
 */
@Entity
@Table(name = "adverse_event")
public class AdverseEvent {

    /** Where the AE is in its workflow; stored, and sent by the API, as its name. */
    public enum Status {
        /** Recorded or changed, not (or no longer) signed. */
        SUBMITTED,
        /** Signed by an investigator. */
        SIGNED
    }

    /** What the investigator's signature means (21 CFR 11.50: the meaning is shown with the signature). */
    public static final String SIGNATURE_MEANING =
            "I confirm the grade, causality and seriousness of this adverse event";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "meddra_code", nullable = false)
    private String meddraCode;

    @Column(nullable = false)
    private String term;

    @Column(nullable = false)
    private String soc;

    @MaxLength(TextLimits.AE_VERBATIM)
    private String verbatim;

    /** ISO 8601, possibly partial (yyyy, yyyy-MM or yyyy-MM-dd). */
    @Column(nullable = false)
    private String onset;

    @Column(name = "end_date")
    private String endDate;

    @Column(nullable = false)
    private boolean ongoing = true;

    @Column(nullable = false)
    private int grade;

    @Column(name = "worst_grade", nullable = false)
    private int worstGrade;

    @Column(nullable = false)
    private boolean serious;

    @Column(name = "serious_criteria")
    private String seriousCriteria;

    @Column(name = "awareness_at")
    private Instant awarenessAt;

    @Column(name = "sae_due_at")
    private Instant saeDueAt;

    @Column(name = "sae_reported_at")
    private Instant saeReportedAt;

    @Column(name = "immune_related", nullable = false)
    private boolean immuneRelated;

    @Column(name = "immune_category")
    private String immuneCategory;

    private String outcome;

    @Column(name = "treatment_given")
    @MaxLength(TextLimits.AE_TREATMENT_GIVEN)
    private String treatmentGiven;

    @Column(name = "baseline_condition")
    @MaxLength(TextLimits.AE_BASELINE_CONDITION)
    private String baselineCondition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "lab_result_id")
    private Long labResultId;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "signed_by")
    private String signedBy;

    @Column(name = "signed_name")
    private String signedName;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signature_meaning")
    private String signatureMeaning;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @OneToMany(mappedBy = "adverseEvent", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("recordedAt ASC, id ASC")
    private List<AdverseEventGrade> grades = new ArrayList<>();

    @OneToMany(mappedBy = "adverseEvent", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id ASC")
    private List<AdverseEventAttribution> attributions = new ArrayList<>();

    @Version
    private long version;

    protected AdverseEvent() {
    }

    public AdverseEvent(Long subjectId, CtcaeTerm ctcae, String verbatim, String onset, int grade, Status status) {
        this.subjectId = subjectId;
        this.meddraCode = ctcae.meddraCode();
        this.term = ctcae.term();
        this.soc = ctcae.soc();
        this.verbatim = verbatim;
        this.onset = onset;
        this.grade = grade;
        this.worstGrade = grade;
        this.status = status;
        this.createdAt = Instant.now();
    }

    /**
     * A new AE as recorded on the form: checks nothing by itself (the service runs {@link AdverseEventChecks}
     * first), records the first grade entry, the attributions and, when serious, starts the SAE clock.
     *
     * @param saeReportWindow the study's time for the initial SAE report ({@code safetyReporting.initialReportHours})
     */
    public static AdverseEvent record(Long subjectId, CtcaeTerm ctcae, AdverseEventDetails details, Long labResultId,
            String by, Instant now, Duration saeReportWindow) {
        AdverseEvent ae = new AdverseEvent(subjectId, ctcae, blankToNull(details.verbatimTerm()),
                details.onset().toIso(), details.grade(), Status.SUBMITTED);
        ae.labResultId = labResultId;
        ae.recordedBy = by;
        ae.createdAt = now;
        ae.grades.add(new AdverseEventGrade(ae, details.grade(), details.gradeSinceOr(details.onset()).toIso(), now, by));
        ae.applyDetails(ctcae, details, now, saeReportWindow);
        return ae;
    }

    /**
     * Applies an edit. A change of grade adds a dated grade entry; becoming serious starts the SAE clock from
     * {@code details.awareness()}; a signed AE whose values change loses its signature.
     *
     * @param saeReportWindow the study's time for the initial SAE report ({@code safetyReporting.initialReportHours})
     * @return whether a signature was voided
     */
    public boolean revise(AdverseEventDetails details, CtcaeTerm ctcae, String by, Instant now, Duration saeReportWindow) {
        Map<String, Object> before = describe();
        if (details.grade() != grade) {
            grades.add(new AdverseEventGrade(this, details.grade(),
                    details.gradeSinceOr(PartialDate.of(now.atZone(java.time.ZoneOffset.UTC).toLocalDate())).toIso(),
                    now, by));
        }
        applyDetails(ctcae, details, now, saeReportWindow);
        boolean changed = !Objects.equals(before, describe());
        if (changed) {
            updatedAt = now;
        }
        if (changed && isSigned()) {
            voidSignature();
            return true;
        }
        return false;
    }

    private void applyDetails(CtcaeTerm ctcae, AdverseEventDetails d, Instant now, Duration saeReportWindow) {
        this.meddraCode = ctcae.meddraCode();
        this.term = ctcae.term();
        this.soc = ctcae.soc();
        this.verbatim = blankToNull(d.verbatimTerm());
        this.onset = d.onset().toIso();
        this.endDate = d.end() == null ? null : d.end().toIso();
        this.ongoing = d.ongoing();
        this.grade = d.grade();
        this.worstGrade = grades.stream().mapToInt(AdverseEventGrade::getGrade).max().orElse(d.grade());
        this.immuneRelated = d.immuneRelated();
        this.immuneCategory = d.immuneRelated() && d.immuneCategory() != null ? d.immuneCategory().name() : null;
        this.outcome = d.outcome() == null ? null : d.outcome().name();
        this.treatmentGiven = blankToNull(d.treatmentGiven());
        this.baselineCondition = blankToNull(d.baselineCondition());
        Instant awareness = d.awareness() != null ? d.awareness()
                : serious && awarenessAt != null ? awarenessAt : now;
        applySeriousness(d.isSerious(), d.seriousnessCriteria(), awareness, saeReportWindow);
        for (AdverseEventDetails.Attribution a : d.attributions()) {
            AdverseEventAttribution row = attributions.stream().filter(x -> x.getAgentId().equals(a.agentId()))
                    .findFirst().orElseGet(() -> {
                        AdverseEventAttribution n = new AdverseEventAttribution(this, a.agentId(), a.agentName());
                        attributions.add(n);
                        return n;
                    });
            row.assess(a.causality(), a.actionTaken());
        }
    }

    private void applySeriousness(boolean nowSerious, Set<SeriousnessCriterion> criteria, Instant awareness,
            Duration saeReportWindow) {
        if (nowSerious && (!serious || awarenessAt == null || !awarenessAt.equals(awareness))) {
            SeriousAdverseEventClock clock = new SeriousAdverseEventClock(awareness, saeReportWindow);
            awarenessAt = clock.awareness();
            saeDueAt = clock.due();
        }
        if (!nowSerious) {
            awarenessAt = null;
            saeDueAt = null;
            saeReportedAt = null;
        }
        serious = nowSerious;
        seriousCriteria = criteria.isEmpty() ? null : criteria.stream().sorted().map(Enum::name)
                .collect(Collectors.joining(","));
    }

    /** Records that the initial SAE report went to the sponsor at {@code at}. */
    public void initialReportSent(Instant at) {
        if (!serious) {
            throw new IllegalStateException("Only a serious adverse event has an SAE report");
        }
        saeReportedAt = at;
    }

    /** The investigator's signature (the caller has verified the password and the role). */
    public void sign(String username, String fullName, Instant at, String meaning) {
        this.signedBy = username;
        this.signedName = fullName;
        this.signedAt = at;
        this.signatureMeaning = meaning;
        this.status = Status.SIGNED;
    }

    /** Removes the signature after a change: the AE needs signing again. */
    public void voidSignature() {
        this.signedBy = null;
        this.signedName = null;
        this.signedAt = null;
        this.signatureMeaning = null;
        this.status = Status.SUBMITTED;
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    /** The SAE clock, when serious: from awareness to the due time stored when the clock started. */
    public Optional<SeriousAdverseEventClock> saeClock() {
        return serious && awarenessAt != null && saeDueAt != null
                ? Optional.of(new SeriousAdverseEventClock(awarenessAt, Duration.between(awarenessAt, saeDueAt)))
                : Optional.empty();
    }

    public Set<SeriousnessCriterion> seriousnessCriteria() {
        if (seriousCriteria == null || seriousCriteria.isBlank()) {
            return Set.of();
        }
        EnumSet<SeriousnessCriterion> set = EnumSet.noneOf(SeriousnessCriterion.class);
        Arrays.stream(seriousCriteria.split(",")).map(String::trim).map(SeriousnessCriterion::valueOf).forEach(set::add);
        return Collections.unmodifiableSet(set);
    }

    /** The values of this AE as the edit checks read them. */
    public AdverseEventEntry entry(CtcaeTerm ctcae) {
        return new AdverseEventEntry(ctcae, verbatim, grade, PartialDate.parse(onset),
                endDate == null ? null : PartialDate.parse(endDate), ongoing, outcomeValue().orElse(null), serious,
                seriousnessCriteria());
    }

    public Optional<AeOutcome> outcomeValue() {
        return outcome == null ? Optional.empty() : Optional.of(AeOutcome.valueOf(outcome));
    }

    public Optional<ImmuneRelatedCategory> immuneCategoryValue() {
        return immuneCategory == null ? Optional.empty() : Optional.of(ImmuneRelatedCategory.valueOf(immuneCategory));
    }

    /** Every clinical value by name, for the field-by-field audit trail. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("term", term);
        m.put("meddraCode", meddraCode);
        m.put("verbatim", verbatim);
        m.put("onset", onset);
        m.put("end", endDate);
        m.put("ongoing", ongoing);
        m.put("grade", grade);
        m.put("worstGrade", worstGrade);
        m.put("serious", serious);
        m.put("seriousnessCriteria", seriousCriteria);
        m.put("awareness", awarenessAt);
        m.put("outcome", outcome);
        m.put("immuneRelated", immuneRelated);
        m.put("immuneCategory", immuneCategory);
        m.put("treatmentGiven", treatmentGiven);
        m.put("baselineCondition", baselineCondition);
        for (AdverseEventAttribution a : attributions) {
            m.put("causality." + a.getAgentId(), a.getCausality());
            m.put("actionTaken." + a.getAgentId(), a.getActionTaken());
        }
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() { return id; }
    public Long getSubjectId() { return subjectId; }
    public String getMeddraCode() { return meddraCode; }
    public String getTerm() { return term; }
    public String getSoc() { return soc; }
    public String getVerbatim() { return verbatim; }
    public String getOnset() { return onset; }
    public String getEndDate() { return endDate; }
    public boolean isOngoing() { return ongoing; }
    public int getGrade() { return grade; }
    public int getWorstGrade() { return worstGrade; }
    public boolean isSerious() { return serious; }
    public Instant getAwarenessAt() { return awarenessAt; }
    public Instant getSaeDueAt() { return saeDueAt; }
    public Instant getSaeReportedAt() { return saeReportedAt; }
    public boolean isImmuneRelated() { return immuneRelated; }
    public String getImmuneCategory() { return immuneCategory; }
    public String getOutcome() { return outcome; }
    public String getTreatmentGiven() { return treatmentGiven; }
    public String getBaselineCondition() { return baselineCondition; }
    public Status getStatus() { return status; }
    public Long getLabResultId() { return labResultId; }
    public String getRecordedBy() { return recordedBy; }
    public String getSignedBy() { return signedBy; }
    public String getSignedName() { return signedName; }
    public Instant getSignedAt() { return signedAt; }
    public String getSignatureMeaning() { return signatureMeaning; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<AdverseEventGrade> getGrades() { return Collections.unmodifiableList(grades); }
    public List<AdverseEventAttribution> getAttributions() { return Collections.unmodifiableList(attributions); }
    public long getVersion() { return version; }
}
