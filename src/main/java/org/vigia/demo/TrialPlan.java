package org.vigia.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.vigia.followup.DiseaseEvent;
import org.vigia.followup.FollowUpContact;
import org.vigia.followup.TreatmentEnd;

/**
 * What the synthetic trial generator will enter for one study: one {@link SubjectPlan} per screened subject.
 * Pure data: {@link SyntheticTrialPlanner} makes it from a seed, {@code DemoDataService} applies it through the
 * application's services (so rules, computed values and the audit trail run as with typed data).
 */
public record TrialPlan(String registryId, long seed, List<SubjectPlan> subjects) {

    /**
     * One subject from screening to the data cut-off. {@code armId} is the arm the treatment was planned for (the
     * drawn arm; after randomisation the generator plans again for the allocated one); labs, administrations and
     * adverse events follow it.
     */
    public record SubjectPlan(int index, String siteCode, String screeningNumber, String sex, int birthYear,
                              LocalDate consentDate, LocalDate screenedOn, String screenFailureReason,
                              String armId, String assignedArm, Map<String, String> strata, LocalDate enrolledOn,
                              BigDecimal heightCm, BigDecimal weightKg, int ecog,
                              List<PlannedLab> labs, List<PlannedAdministration> administrations,
                              List<PlannedAdverseEvent> adverseEvents, List<PlannedAssessment> assessments,
                              LocalDate progressionDate, DiseaseEvent.Extent progressionSite, LocalDate deathDate,
                              FollowUpContact.DeathCause deathCause, LocalDate treatmentEndDate,
                              TreatmentEnd.Reason treatmentEndReason, LocalDate lastContactDate,
                              Story story) {

        public boolean screenFailure() {
            return screenFailureReason != null;
        }
    }

    /**
     * What does not depend on the arm: when the disease progresses and the subject dies (from enrolment), whether the
     * treatment will stop for toxicity, and the seed of the treatment plan ({@code SyntheticTrialPlanner.forArm}).
     */
    public record Story(LocalDate progression, LocalDate death, boolean toxicStop, long treatmentSeed) {
    }

    /** A lab result: test code (LabTest), date, value in the canonical unit, baseline flag. */
    public record PlannedLab(String test, LocalDate collectedOn, BigDecimal value, String unit, boolean baseline) {
    }

    /** One administration of an agent: phase, cycle (1-based), cycle day, date, dose percent, given or not. */
    public record PlannedAdministration(String phaseId, String agentId, int cycle, int day, LocalDate date,
                                        int dosePercent, boolean given, String notGivenReason) {
    }

    /**
     * One episode of an adverse event: CTCAE term, grade at onset, onset and end (null: ongoing at the data date),
     * seriousness and relatedness; a worsening or improvement during the episode is a {@link GradeStep} of the same
     * AE, never a second AE of the term. {@code endedByDeath}: the episode was still going on when the subject died and
     * ends on the death date (not recovered; fatal when its last grade is 5).
     */
    public record PlannedAdverseEvent(String term, int grade, LocalDate onset, LocalDate end, boolean serious,
                                      boolean immuneRelated, String immuneCategory, boolean related,
                                      List<GradeStep> steps, boolean endedByDeath) {

        public PlannedAdverseEvent {
            steps = List.copyOf(steps);
        }

        public PlannedAdverseEvent(String term, int grade, LocalDate onset, LocalDate end, boolean serious,
                                   boolean immuneRelated, String immuneCategory, boolean related) {
            this(term, grade, onset, end, serious, immuneRelated, immuneCategory, related, List.of(), false);
        }

        /** The grade at the end of the episode (or now, when ongoing). */
        public int lastGrade() {
            return steps.isEmpty() ? grade : steps.get(steps.size() - 1).grade();
        }

        public int worstGrade() {
            return Math.max(grade, steps.stream().mapToInt(GradeStep::grade).max().orElse(grade));
        }

        public boolean fatal() {
            return lastGrade() == 5;
        }
    }

    /** A change of an AE's grade from {@code since} on (entered as a grade change of the same AE). */
    public record GradeStep(LocalDate since, int grade) {
    }

    /**
     * A tumour assessment: date, target lesion diameters in mm (same order as at baseline; first is baseline),
     * non-target status and whether new lesions appeared.
     */
    public record PlannedAssessment(LocalDate date, boolean baseline, List<Lesion> targets, String nonTargetStatus,
                                    String newLesions) {
    }

    /** A target lesion at one assessment. */
    public record Lesion(String id, String organ, boolean nodal, int diameterMm, String irradiation) {
    }
}
