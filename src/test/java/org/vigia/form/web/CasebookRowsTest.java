package org.vigia.form.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigia.form.FormStatus;
import org.vigia.form.web.CasebookRows.Form;
import org.vigia.form.web.CasebookRows.ProcedureState;
import org.vigia.form.web.CasebookRows.Row;
import org.vigia.study.PlannedVisit;
import org.vigia.subject.VisitScheduleService.ScheduledVisit;

/**
 * The rows of a visit in the casebook: each procedure of the visit with its state and the screen that records it,
 * from the visit's missing procedures (one per kind of record: DOSING stands for WEIGHT too), the form records at the
 * visit and the subject-level forms. Visits as NCT07041788 defines them (config/studies/NCT07041788.yaml: SCR, IND-C{n}D1).
 */
class CasebookRowsTest {

    private static final Map<String, Form> LIBRARY = Map.of("VITALS", new Form("VS", "Vital signs"),
            "CONMED", new Form("CM", "Concomitant medications"), "ECG", new Form("EG", "Electrocardiogram (12-lead)"));
    private static final List<Form> ANY_VISIT = List.of(new Form("CM", "Concomitant medications"),
            new Form("EG", "Electrocardiogram (12-lead)"));

    private static ScheduledVisit visit(String code, String status, List<String> procedures, List<String> missing) {
        LocalDate d = LocalDate.of(2026, 9, 15);
        return new ScheduledVisit(new PlannedVisit(code, code, code, 1, d, d.minusDays(3), d.plusDays(3), false, procedures),
                null, null, false, status, missing, null, false);
    }

    private static Row row(List<Row> rows, String procedure) {
        return rows.stream().filter(r -> procedure.equals(r.procedure())).findFirst().orElseThrow(() -> new AssertionError(procedure + ": " + rows));
    }

    @Test
    void aTreatmentVisitShowsEachProcedureRecordedOrMissingWithItsScreen() {
        // IND-C1D1 with the dose given (DOSING, WEIGHT) and no pre-cycle labs; VITALS recorded on the VS form
        ScheduledVisit v = visit("IND-C1D1", "OVERDUE",
                List.of("PRE_CYCLE_LABS", "VITALS", "WEIGHT", "ECOG", "DOSING", "ADVERSE_EVENTS"), List.of("PRE_CYCLE_LABS"));
        List<Row> rows = CasebookRows.of(42, v, LIBRARY, ANY_VISIT, Map.of("VS", FormStatus.COMPLETE), Map.of());
        assertEquals(List.of("PRE_CYCLE_LABS", "VITALS", "WEIGHT", "ECOG", "DOSING", "ADVERSE_EVENTS"),
                rows.stream().map(Row::procedure).toList(), "in the visit's order");
        assertEquals(ProcedureState.MISSING, row(rows, "PRE_CYCLE_LABS").state());
        assertEquals("/subject/view.xhtml?id=42&section=labs&labVisit=IND-C1D1", row(rows, "PRE_CYCLE_LABS").href());
        assertEquals(ProcedureState.COMPLETE, row(rows, "VITALS").state());
        assertEquals("Vital signs", row(rows, "VITALS").formName());
        assertEquals("/subject/form.xhtml?subject=42&visit=IND-C1D1&form=VS", row(rows, "VITALS").href());
        assertEquals(ProcedureState.RECORDED, row(rows, "WEIGHT").state());
        assertEquals("/dosing/subject.xhtml?subject=42", row(rows, "DOSING").href());
        assertEquals(ProcedureState.NO_FORM, row(rows, "ECOG").state(), "ECOG after screening has no form");
        assertNull(row(rows, "ECOG").href());
        assertEquals(ProcedureState.LOG, row(rows, "ADVERSE_EVENTS").state());
        assertEquals("/ae/list.xhtml?subject=42", row(rows, "ADVERSE_EVENTS").href());
    }

    @Test
    void aMissingDoseIsMissingForEveryProcedureTheDosingFormHolds() {
        // VisitStatusRules.missing names DOSING once, not also WEIGHT
        ScheduledVisit v = visit("MAINT-C1D1", "IN_PROGRESS", List.of("LABS", "WEIGHT", "DOSING", "ADVERSE_EVENTS"),
                List.of("DOSING"));
        List<Row> rows = CasebookRows.of(7, v, LIBRARY, ANY_VISIT, Map.of(), Map.of());
        assertEquals(ProcedureState.MISSING, row(rows, "WEIGHT").state());
        assertEquals(ProcedureState.MISSING, row(rows, "DOSING").state());
        assertEquals(ProcedureState.RECORDED, row(rows, "LABS").state());
    }

    @Test
    void theScreeningVisitLinksItsItemsToTheEligibilityAndBaselineSectionsWithTheirState() {
        ScheduledVisit v = visit("SCR", "IN_PROGRESS", List.of("ELIGIBILITY", "DEMOGRAPHICS", "MEDICAL_HISTORY", "ECOG",
                "LABS", "TUMOUR_ASSESSMENT", "BIOSAMPLE", "QOL"), List.of("TUMOUR_ASSESSMENT"));
        Map<String, Boolean> subjectForms = new HashMap<>(Map.of("ELIGIBILITY", true, "DEMOGRAPHICS", true, "ECOG", false));
        List<Row> rows = CasebookRows.of(3, v, LIBRARY, ANY_VISIT, Map.of("CM", FormStatus.IN_PROGRESS), subjectForms);
        assertEquals(ProcedureState.COMPLETE, row(rows, "ELIGIBILITY").state());
        assertEquals("/subject/view.xhtml?id=3&section=eligibility", row(rows, "ELIGIBILITY").href());
        assertEquals(ProcedureState.COMPLETE, row(rows, "DEMOGRAPHICS").state());
        assertEquals(ProcedureState.IN_PROGRESS, row(rows, "ECOG").state(), "saved with an item missing");
        assertEquals(ProcedureState.NOT_STARTED, row(rows, "MEDICAL_HISTORY").state(), "never saved");
        assertEquals("/subject/view.xhtml?id=3&section=baseline", row(rows, "MEDICAL_HISTORY").href());
        assertEquals(ProcedureState.MISSING, row(rows, "TUMOUR_ASSESSMENT").state());
        assertEquals("/response/baseline.xhtml?subject=3", row(rows, "TUMOUR_ASSESSMENT").href(), "the RECIST baseline");
        assertEquals(ProcedureState.NO_FORM, row(rows, "BIOSAMPLE").state());
        assertEquals(ProcedureState.NO_FORM, row(rows, "QOL").state(), "no QoL form in this library");
        Row conmed = rows.get(rows.size() - 1);
        assertEquals("CM", conmed.formOid(), "a form of any visit recorded here follows the visit's own");
        assertNull(conmed.procedure());
        assertEquals(ProcedureState.IN_PROGRESS, conmed.state());
        assertEquals(9, rows.size(), "the ECG, not recorded here, is not a row: " + rows);
    }

    @Test
    void nothingIsMissingAtAVisitThatWillNotTakePlace() {
        ScheduledVisit v = visit("CRT-C2D1", "NOT_APPLICABLE", List.of("PRE_CYCLE_LABS", "VITALS", "DOSING"),
                List.of("PRE_CYCLE_LABS", "DOSING"));
        List<Row> rows = CasebookRows.of(5, v, LIBRARY, ANY_VISIT, Map.of(), Map.of());
        assertEquals(List.of(ProcedureState.NOT_RECORDED, ProcedureState.NOT_RECORDED, ProcedureState.NOT_RECORDED),
                rows.stream().map(Row::state).toList());
    }

    @Test
    void aVisitCodeIsEncodedInTheLinks() {
        assertEquals("/subject/form.xhtml?subject=1&visit=FU%2B1&form=VS", CasebookRows.formHref(1, "FU+1", "VS"));
    }
}
