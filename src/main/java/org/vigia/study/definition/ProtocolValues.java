package org.vigia.study.definition;

import java.math.BigDecimal;
import java.util.List;

/**
 * The checks of the protocol values a definition carries from schema 2 on (they were code before): the baseline
 * tumour classification, the weekly radiotherapy check when the study has one, the dosing tolerances, the SAE
 * reporting window and every DMC report setting. Part of {@link StudyDefinitionValidator}; each finding names the
 * path, e.g. {@code dosing.doseTolerancePercent is required (percent a given dose may depart from the
 * recommendation)}.
 * <pre>{@code
 * List<String> problems = new ArrayList<>();
 * ProtocolValues.check(problems, definition);
 * }</pre>
 */
final class ProtocolValues {

    private ProtocolValues() {
    }

    static void check(List<String> p, StudyDefinition d) {
        tumour(p, d.tumourClassification());
        radiotherapyCheck(p, d.radiotherapyCheck());
        severeEvent(p, d);
        dosing(p, d.dosing());
        safetyReporting(p, d.safetyReporting());
        dmc(p, d.dmc());
    }

    private static void tumour(List<String> p, TumourClassification t) {
        if (t == null) {
            p.add("tumourClassification is required (primary sites, T/N/M categories, stages and HPV/p16 statuses of"
                    + " the baseline tumour form)");
            return;
        }
        nonEmpty(p, t.primarySites(), "tumourClassification.primarySites");
        nonEmpty(p, t.tCategories(), "tumourClassification.tCategories");
        nonEmpty(p, t.nCategories(), "tumourClassification.nCategories");
        nonEmpty(p, t.mCategories(), "tumourClassification.mCategories");
        nonEmpty(p, t.stages(), "tumourClassification.stages");
        nonEmpty(p, t.hpvStatuses(), "tumourClassification.hpvStatuses");
        sites(p, t, t.hpvP16Sites(), "tumourClassification.hpvP16Sites");
        sites(p, t, t.ebvDnaSites(), "tumourClassification.ebvDnaSites");
        sites(p, t, t.recurrenceStagingSites(), "tumourClassification.recurrenceStagingSites");
    }

    private static void sites(List<String> p, TumourClassification t, List<String> sites, String where) {
        sites.stream().filter(s -> !t.primarySites().contains(s)).forEach(s ->
                p.add(where + ": '" + s + "' is not one of tumourClassification.primarySites"));
    }

    private static void radiotherapyCheck(List<String> p, RadiotherapyCheckSettings c) {
        if (c == null) {
            return;
        }
        text(p, c.mucositisTerm(), "radiotherapyCheck.mucositisTerm", "CTCAE term of the mucosa grade");
        text(p, c.dermatitisTerm(), "radiotherapyCheck.dermatitisTerm", "CTCAE term of the skin grade");
        if (c.maxWeek() == null || c.maxWeek() < 1) {
            p.add("radiotherapyCheck.maxWeek is required (last week of radiotherapy recorded, 1 or more)");
        }
        if (c.maxGrade() == null || c.maxGrade() < 1 || c.maxGrade() > 4) {
            p.add("radiotherapyCheck.maxGrade is required (highest grade recorded, 1 to 4)");
        }
        if ((c.severeFromGrade() == null) != (c.severeEvent() == null)) {
            p.add("radiotherapyCheck.severeFromGrade and radiotherapyCheck.severeEvent go together (the grade from which"
                    + " a check is severe, and the radiotherapy event it raises)");
        }
        int top = c.rtog() ? RadiotherapyCheckSettings.RTOG_MAX_GRADE : c.maxGrade() == null ? 4 : c.maxGrade();
        if (c.severeFromGrade() != null && (c.severeFromGrade() < 1 || c.severeFromGrade() > top)) {
            p.add("radiotherapyCheck.severeFromGrade must be 1 to " + top + " (got " + c.severeFromGrade() + ")");
        }
    }

    /** A severe weekly check raises an event that one of the study's radiotherapy courses has a rule for. */
    static void severeEvent(List<String> p, StudyDefinition d) {
        RadiotherapyCheckSettings c = d.radiotherapyCheck();
        if (c == null || c.severeEvent() == null) {
            return;
        }
        boolean ruled = d.radiotherapyCourses().stream().flatMap(r -> r.eventRules().stream())
                .anyMatch(r -> r.event().equalsIgnoreCase(c.severeEvent()));
        if (!ruled) {
            p.add("radiotherapyCheck.severeEvent: no radiotherapy course has an event rule for '" + c.severeEvent() + "'");
        }
    }

    private static void dosing(List<String> p, DosingSettings s) {
        if (s == null) {
            p.add("dosing is required (doseTolerancePercent and bsaWeightChangePercent)");
            return;
        }
        if (s.doseTolerancePercent() == null || s.doseTolerancePercent().signum() < 0) {
            p.add("dosing.doseTolerancePercent is required (percent a given dose may depart from the recommendation,"
                    + " 0 or more)");
        }
        if (s.bsaWeightChangePercent() == null || s.bsaWeightChangePercent().signum() <= 0
                || s.bsaWeightChangePercent().compareTo(new BigDecimal("100")) >= 0) {
            p.add("dosing.bsaWeightChangePercent is required (weight change in percent that recomputes the BSA,"
                    + " above 0 and below 100)");
        }
    }

    private static void safetyReporting(List<String> p, SafetyReportingSettings s) {
        if (s == null || s.initialReportHours() == null || s.initialReportHours() < 1) {
            p.add("safetyReporting.initialReportHours is required (hours from awareness of an SAE to the initial"
                    + " report, 1 or more)");
        }
        if (s != null && s.proposalDecisionDays() != null && s.proposalDecisionDays() < 1) {
            p.add("safetyReporting.proposalDecisionDays must be 1 or more (days to decide a lab-based AE proposal;"
                    + " leave it out for " + SafetyReportingSettings.DEFAULT_PROPOSAL_DECISION_DAYS + ")");
        }
    }

    private static void dmc(List<String> p, DmcSettings dmc) {
        if (dmc == null) {
            p.add("dmc is required (the DMC report's settings)");
            return;
        }
        if (dmc.safetySummariesByArm() == null) {
            p.add("dmc.safetySummariesByArm is required (true: a column per arm; false: the total only)");
        }
        if (dmc.treatmentEmergentDays() == null) {
            p.add("dmc.treatmentEmergentDays is required (days after the last study treatment)");
        }
        nonEmpty(p, dmc.landmarkYears(), "dmc.landmarkYears");
        if (dmc.mostFrequentTerms() == null) {
            p.add("dmc.mostFrequentTerms is required (number of most frequent AE terms)");
        }
        nonEmpty(p, dmc.labShiftTests(), "dmc.labShiftTests");
        nonEmpty(p, dmc.excludedAeStatuses(), "dmc.excludedAeStatuses");
    }

    private static void nonEmpty(List<String> p, List<?> values, String where) {
        if (values.isEmpty()) {
            p.add(where + " is required (at least one value)");
        }
    }

    private static void text(List<String> p, String value, String where, String what) {
        if (value == null || value.isBlank()) {
            p.add(where + " is required (" + what + ")");
        }
    }
}
