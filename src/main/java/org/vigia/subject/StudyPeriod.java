package org.vigia.subject;

import java.time.LocalDate;
import java.util.Optional;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.SiteToday;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * A subject's time in the study, and whether a clinical record dated D of a given {@link Kind} may lie in it
 * (issue 15): clinical dates lie between informed consent and death, never in the future at the site; only baseline
 * assessments may precede consent, and only within the screening window; only death-related records may lie after
 * the death date. Pure: the services build it with {@link StudyPeriods#of(Subject)}, a test with {@code new}.
 * <ul>
 *   <li>{@link Kind#CLINICAL} (lab results, follow-up tumour assessments, follow-up contacts, disease events):
 *       consent &le; D &le; death (both days inclusive: a record on the day of consent or on the day of death is
 *       allowed).</li>
 *   <li>{@link Kind#BASELINE} (baseline tumour imaging and its lesion scans, baseline lab results, baseline ECOG and
 *       vitals): as clinical, except that D may precede consent when it lies in the screening window, i.e. not before
 *       {@code enrolment − windowBeforeDays} of the definition's screening visit (SCR), counted from the consent date
 *       while the subject is not yet enrolled (enrolment is never before consent). The protocols ask for baseline
 *       imaging and labs "pre-enrollment" / "during the screening period", which in practice includes the
 *       standard-of-care CT/MRI and bloods done before the subject signs: NCT07041788 "Baseline Scans: Pre-enrollment
 *       head and neck contrast-enhanced CT/MRI ..., chest CT, and whole-body bone scan"; NCT07264075 "satisfactory
 *       laboratory test results obtained during the screening period" and "Imaging during the screening period";
 *       NCT06494995 and NCT07277764 list TUMOUR_ASSESSMENT and LABS among the screening procedures. The length of
 *       the window (28 days in all four definitions) is the definitions' stated assumption
 *       ({@code visits[SCR].windowBeforeDays}), not the registries'.</li>
 *   <li>{@link Kind#DEATH_RELATED} (the death itself, the contact that reports it): not before consent; may be on or
 *       after the death date (a death is often learned of later).</li>
 * </ul>
 * Without a consent date (a screening subject whose consent is not yet recorded) there is no lower bound.
 * <pre>{@code
 * StudyPeriod period = periods.of(subject);
 * period.require(StudyPeriod.Kind.CLINICAL, "collectedOn", collectedOn);      // InvalidInput naming the bound
 * period.check(errors, StudyPeriod.Kind.BASELINE, "assessedOn", assessedOn);  // or collect with other problems
 * }</pre>
 */
public record StudyPeriod(LocalDate consent, LocalDate enrolment, int screeningWindowDays, Optional<LocalDate> death,
                          SiteToday today) {

    /** What a dated record is, for the bounds that apply to it. */
    public enum Kind {
        /** Any record of the subject's time in the study: not before consent, not after death. */
        CLINICAL,
        /** A baseline assessment that may precede consent within the screening window. */
        BASELINE,
        /** The death or a record of it: not before consent, may follow the death date. */
        DEATH_RELATED,
        /** Study treatment (administrations, fractions): as clinical, and not before enrolment, which allocates it. */
        TREATMENT
    }

    public StudyPeriod {
        death = death == null ? Optional.empty() : death;
    }

    /** The period of a subject with its recorded ends and its definition's screening window (days before enrolment). */
    public static StudyPeriod of(Subject subject, SubjectEndDates.Ends ends, int screeningWindowDays, SiteToday today) {
        return new StudyPeriod(subject.getConsentDate(), subject.getEnrolledOn(), screeningWindowDays,
                ends == null ? Optional.empty() : ends.death(), today);
    }

    /**
     * The first day of the screening window: enrolment (consent while not enrolled) minus the window's days; null
     * without a consent date.
     */
    public LocalDate screeningWindowStart() {
        LocalDate anchor = enrolment != null ? enrolment : consent;
        return anchor == null ? null : anchor.minusDays(screeningWindowDays);
    }

    /** The earliest day a record of this kind may have; empty when there is no lower bound. */
    public Optional<LocalDate> earliest(Kind kind) {
        if (consent == null) {
            return Optional.empty();
        }
        if (kind == Kind.BASELINE) {
            LocalDate window = screeningWindowStart();
            return Optional.of(window.isBefore(consent) ? window : consent);
        }
        return Optional.of(consent);
    }

    /** The latest day a record of this kind may have, apart from today at the site: the death date for all but death-related records. */
    public Optional<LocalDate> latest(Kind kind) {
        return kind == Kind.DEATH_RELATED ? Optional.empty() : death;
    }

    /** Whether a record of this kind may be dated {@code day} (null: nothing to check). */
    public boolean allows(Kind kind, LocalDate day) {
        return refusal(kind, "date", day).isEmpty();
    }

    /**
     * Why a record of this kind may not be dated {@code day}, naming the field, the date and the bound it crosses
     * (today at the site, the consent date, the screening window's first day, the death date); empty when allowed.
     */
    public Optional<Text> refusal(Kind kind, String field, LocalDate day) {
        if (day == null) {
            return Optional.empty();
        }
        if (today != null && !today.allows(day)) {
            return Optional.of(today.future(field, day));
        }
        Optional<LocalDate> earliest = earliest(kind);
        if (earliest.isPresent() && day.isBefore(earliest.get())) {
            return Optional.of(kind == Kind.BASELINE && day.isBefore(consent)
                    ? Text.of(Bundle.SUBJECT, "period.refused.beforeScreeningWindow", field, day.toString(),
                            consent.toString(), screeningWindowStart().toString(), screeningWindowDays)
                    : Text.of(Bundle.SUBJECT, "period.refused.beforeConsent", field, day.toString(), consent.toString()));
        }
        if (kind == Kind.TREATMENT && enrolment != null && day.isBefore(enrolment)) {
            return Optional.of(Text.of(Bundle.SUBJECT, "period.refused.beforeEnrolment", field, day.toString(),
                    enrolment.toString()));
        }
        Optional<LocalDate> latest = latest(kind);
        if (latest.isPresent() && day.isAfter(latest.get())) {
            return Optional.of(Text.of(Bundle.SUBJECT, "period.refused.afterDeath", field, day.toString(),
                    latest.get().toString()));
        }
        return Optional.empty();
    }

    /** Throws {@link InvalidInput} naming {@code field} when a record of this kind may not be dated {@code day}. */
    public void require(Kind kind, String field, LocalDate day) {
        Optional<Text> refusal = refusal(kind, field, day);
        if (refusal.isPresent()) {
            throw new InvalidInput(field, refusal.get());
        }
    }

    /** Records a message for {@code field} when a record of this kind may not be dated {@code day}. */
    public FieldErrors check(FieldErrors errors, Kind kind, String field, LocalDate day) {
        Optional<Text> refusal = refusal(kind, field, day);
        return errors.require(refusal.isEmpty(), field, refusal.orElse(null));
    }
}
