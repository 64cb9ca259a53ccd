package org.vigia.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigia.ae.ActionTaken;
import org.vigia.ae.AdverseEventAttribution;
import org.vigia.ae.AdverseEventDetails.Attribution;
import org.vigia.ae.Causality;
import org.vigia.demo.TrialPlan.PlannedAdverseEvent;
import org.vigia.demo.TrialPlan.SubjectPlan;
import org.vigia.followup.TreatmentEnd;

/** The AE a discontinuation for an adverse event follows, and its action taken "drug withdrawn". */
class DemoDiscontinuationTest {

    private static final LocalDate END = LocalDate.of(2026, 5, 12);

    @Test
    void theCauseIsTheGrade3EventGoingOnAtTheDiscontinuation() {
        PlannedAdverseEvent fatigue = new PlannedAdverseEvent("Fatigue", 1, END.minusDays(20), null, false, false, null, false);
        PlannedAdverseEvent earlierColitis = new PlannedAdverseEvent("Colitis", 3, END.minusDays(40), END.minusDays(30),
                true, true, "COLITIS", true);
        PlannedAdverseEvent pneumonitis = new PlannedAdverseEvent("Pneumonitis", 3, END.minusDays(2), null, true, true,
                "PNEUMONITIS", true);
        PlannedAdverseEvent unrelatedLater = new PlannedAdverseEvent("Hypertension", 3, END.minusDays(1), null, false,
                false, null, false);
        List<PlannedAdverseEvent> events = List.of(fatigue, earlierColitis, pneumonitis, unrelatedLater);
        assertSame(pneumonitis, DemoDataService.discontinuationCause(plan(events, TreatmentEnd.Reason.ADVERSE_EVENT)));
        assertNull(DemoDataService.discontinuationCause(plan(events, TreatmentEnd.Reason.PROGRESSIVE_DISEASE)));
        assertNull(DemoDataService.discontinuationCause(plan(List.of(fatigue, earlierColitis), TreatmentEnd.Reason.ADVERSE_EVENT)));
    }

    @Test
    void theAgentsReceivedAreWithdrawnNotTheOthers() {
        List<Attribution> atOnset = List.of(
                new Attribution("PEMBRO", "Pembrolizumab", Causality.POSSIBLE, ActionTaken.DRUG_INTERRUPTED),
                new Attribution("CISPLATIN", "Cisplatin", Causality.UNRELATED, ActionTaken.NOT_APPLICABLE),
                new Attribution(AdverseEventAttribution.RADIOTHERAPY, "Radiotherapy", Causality.UNLIKELY,
                        ActionTaken.DOSE_NOT_CHANGED));
        List<Attribution> after = DemoDataService.withdrawn(atOnset);
        assertEquals(List.of(ActionTaken.DRUG_WITHDRAWN, ActionTaken.NOT_APPLICABLE, ActionTaken.DOSE_NOT_CHANGED),
                after.stream().map(Attribution::actionTaken).toList());
        assertEquals(Causality.POSSIBLE, after.get(0).causality());
        // radiotherapy alone: it is what stops
        assertEquals(ActionTaken.DRUG_WITHDRAWN, DemoDataService.withdrawn(List.of(atOnset.get(1), atOnset.get(2)))
                .get(1).actionTaken());
    }

    private static SubjectPlan plan(List<PlannedAdverseEvent> events, TreatmentEnd.Reason reason) {
        return new SubjectPlan(1, "S1", "SCR-1", "M", 1960, END.minusDays(120), END.minusDays(120), null, "A", null,
                Map.of(), END.minusDays(110), null, null, 0, List.of(), List.of(), events, List.of(), null, null, null,
                null, END, reason, null, null);
    }
}
