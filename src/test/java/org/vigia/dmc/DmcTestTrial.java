package org.vigia.dmc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.vigia.dmc.DmcDataset.AdverseEvent;
import org.vigia.dmc.DmcDataset.Arm;
import org.vigia.dmc.DmcDataset.BestOverallResponse;
import org.vigia.dmc.DmcDataset.Endpoint;
import org.vigia.dmc.DmcDataset.EndpointDefinition;
import org.vigia.dmc.DmcDataset.Exposure;
import org.vigia.dmc.DmcDataset.LabShift;
import org.vigia.dmc.DmcDataset.Response;
import org.vigia.dmc.DmcDataset.Sex;
import org.vigia.dmc.DmcDataset.StoppingRule;
import org.vigia.dmc.DmcDataset.StoppingRuleType;
import org.vigia.dmc.DmcDataset.Subject;
import org.vigia.dmc.DmcDataset.TimeToEvent;
import org.vigia.terminology.LabTest;

/**
 * A small two-arm trial whose every table value is computed by hand in {@link DmcReportBuilderTest}.
 *
 * <pre>
 * S01 A  treated, on treatment
 * S02 A  treated, stopped (Adverse event), in follow-up
 * S03 A  treated, stopped (Death), died day 52 of pneumonitis, related, 9 days after last dose
 * S04 A  enrolled, never treated, withdrew (Withdrawal by subject); has one AE and one lab row (excluded)
 * S05 B  treated, on treatment
 * S06 B  treated, stopped (Progressive disease), died day 90 of disease progression, unrelated, 40 days after last dose
 * S07 B  treated, stopped (Progressive disease), in follow-up
 * S08 -  screen failure
 * </pre>
 */
final class DmcTestTrial {

    static final String GI = "Gastrointestinal disorders";
    static final String RESP = "Respiratory, thoracic and mediastinal disorders";
    static final String SKIN = "Skin and subcutaneous tissue disorders";
    static final String BLOOD = "Blood and lymphatic system disorders";
    static final String GENERAL = "General disorders and administration site conditions";
    static final String IT = "Iparomlimab/tuvonralimab";

    private DmcTestTrial() {
    }

    static DmcDataset dataset() {
        return new DmcDataset("NCT07041788", "Iparomlimab and tuvonralimab with SFRT and chemoradiotherapy in bulky HNSCC",
                "1.0", LocalDate.of(2025, 6, 30),
                List.of(new Arm("A", "Arm A"), new Arm("B", "Arm B")),
                List.of(new StoppingRule(StoppingRuleType.TREATMENT_RELATED_MORTALITY, new BigDecimal("0.02"),
                        "NCT07041788: early termination if treatment-related mortality \u22652%.")),
                List.of(new EndpointDefinition(Endpoint.EFS,
                        "Time from enrolment to the first of disease progression (local progression or distant "
                                + "metastasis), recurrence, or death from any cause (NCT07041788).",
                        "Censored at the last assessment without an event.")),
                subjects(), exposures(), adverseEvents(), labShifts(), responses(), timesToEvent());
    }

    /** The same content with every list reversed (for the determinism test). */
    static DmcDataset reversed() {
        DmcDataset d = dataset();
        return new DmcDataset(d.studyRegistryId(), d.studyTitle(), d.definitionVersion(), d.cutOffDate(), d.arms(),
                d.stoppingRules(), d.endpointDefinitions(), rev(d.subjects()), rev(d.exposures()),
                rev(d.adverseEvents()), rev(d.labShifts()), rev(d.responses()), rev(d.timesToEvent()));
    }

    private static <T> List<T> rev(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2025, month, day);
    }

    static List<Subject> subjects() {
        return List.of(
                new Subject("S01", "A", "50-59", Sex.MALE, d(1, 2), false, d(1, 6), d(1, 6), d(3, 10), null, null,
                        null, null, null, null, false),
                new Subject("S02", "A", "60-69", Sex.FEMALE, d(1, 3), false, d(1, 7), d(1, 7), d(2, 10), d(2, 15),
                        "Adverse event", null, null, null, null, false),
                new Subject("S03", "A", "60-69", Sex.MALE, d(1, 3), false, d(1, 8), d(1, 8), d(2, 20), d(3, 1),
                        "Death", null, null, d(3, 1), "Pneumonitis", true),
                new Subject("S04", "A", "40-49", Sex.FEMALE, d(1, 4), false, d(1, 9), null, null, null, null,
                        d(1, 20), "Withdrawal by subject", null, null, false),
                new Subject("S05", "B", "50-59", Sex.MALE, d(1, 4), false, d(1, 9), d(1, 10), d(3, 20), null, null,
                        null, null, null, null, false),
                new Subject("S06", "B", "70-79", Sex.MALE, d(1, 5), false, d(1, 10), d(1, 11), d(3, 1), d(3, 15),
                        "Progressive disease", null, null, d(4, 10), "Disease progression", false),
                new Subject("S07", "B", "30-39", Sex.FEMALE, d(1, 5), false, d(1, 12), d(1, 12), d(3, 5), d(3, 20),
                        "Progressive disease", null, null, null, null, false),
                new Subject("S08", null, "50-59", Sex.MALE, d(1, 4), true, null, null, null, null, null,
                        null, null, null, null, false));
    }

    static List<Exposure> exposures() {
        return List.of(
                new Exposure("S01", IT, 4, new BigDecimal("1.00"), 0, 0, null, 0),
                new Exposure("S01", "Cisplatin", 3, new BigDecimal("0.90"), 1, 1, null, 1),
                new Exposure("S02", IT, 2, new BigDecimal("0.80"), 1, 0, "Adverse event", 0),
                new Exposure("S02", "Cisplatin", 2, new BigDecimal("0.75"), 0, 1, "Adverse event", 0),
                new Exposure("S03", IT, 3, new BigDecimal("0.95"), 0, 0, "Death", 2),
                new Exposure("S05", IT, 5, new BigDecimal("1.00"), 0, 0, null, 0),
                new Exposure("S06", IT, 2, new BigDecimal("0.60"), 2, 0, "Progressive disease", 1),
                new Exposure("S06", "Cisplatin", 2, new BigDecimal("0.70"), 1, 1, "Progressive disease", 0),
                new Exposure("S07", IT, 3, new BigDecimal("0.85"), 1, 0, "Progressive disease", 0));
    }

    static List<AdverseEvent> adverseEvents() {
        return List.of(
                ae("S01", GI, "Nausea", 1, false, false, false, false, false, 3, null, "Recovered"),
                ae("S01", GI, "Nausea", 2, false, false, false, false, false, 20, null, "Recovered"),
                ae("S01", SKIN, "Rash maculo-papular", 1, false, true, true, false, false, 15, null, "Recovering"),
                ae("S02", RESP, "Pneumonitis", 3, true, true, true, true, false, 30, "Hospitalisation", "Recovering"),
                ae("S02", GI, "Diarrhea", 2, false, true, false, false, false, 10, null, "Recovered"),
                ae("S03", RESP, "Pneumonitis", 5, true, true, true, true, true, 45, "Death", "Fatal"),
                ae("S03", GI, "Nausea", 1, false, false, false, false, false, 2, null, "Recovered"),
                ae("S04", GI, "Vomiting", 1, false, false, false, false, false, 1, null, "Recovered"),
                ae("S05", BLOOD, "Anemia", 3, false, true, false, false, false, 35, null, "Recovered"),
                ae("S05", GI, "Nausea", 1, false, true, false, false, false, 4, null, "Recovered"),
                ae("S06", GI, "Diarrhea", 3, true, false, false, false, false, 40, "Hospitalisation", "Recovered"),
                ae("S06", GENERAL, "Fatigue", 2, false, true, false, false, false, 12, null, "Not recovered"));
    }

    private static AdverseEvent ae(String subject, String soc, String term, int grade, boolean serious,
                                   boolean related, boolean immune, boolean discontinued, boolean fatal, int day,
                                   String criteria, String outcome) {
        return new AdverseEvent(subject, soc, term, grade, serious, related, immune, discontinued, fatal, day,
                criteria, outcome);
    }

    static List<LabShift> labShifts() {
        return List.of(
                new LabShift("S01", LabTest.ANC, 0, 2), new LabShift("S02", LabTest.ANC, 0, 0),
                new LabShift("S03", LabTest.ANC, 1, 3), new LabShift("S04", LabTest.ANC, 0, 0),
                new LabShift("S05", LabTest.ANC, 0, 4), new LabShift("S06", LabTest.ANC, 0, 1),
                new LabShift("S07", LabTest.ANC, null, 1),
                new LabShift("S01", LabTest.ALT, 0, 0), new LabShift("S02", LabTest.ALT, 0, 1),
                new LabShift("S05", LabTest.ALT, 1, 1), new LabShift("S06", LabTest.ALT, 0, 3));
    }

    static List<Response> responses() {
        return List.of(new Response("S01", BestOverallResponse.PR), new Response("S02", BestOverallResponse.SD),
                new Response("S03", BestOverallResponse.NE), new Response("S05", BestOverallResponse.CR),
                new Response("S06", BestOverallResponse.PD), new Response("S07", BestOverallResponse.SD));
    }

    static List<TimeToEvent> timesToEvent() {
        List<TimeToEvent> list = new ArrayList<>();
        // OS
        list.add(tte("S01", Endpoint.OS, 800, false));
        list.add(tte("S02", Endpoint.OS, 400, false));
        list.add(tte("S03", Endpoint.OS, 52, true));
        list.add(tte("S04", Endpoint.OS, 30, false));
        list.add(tte("S05", Endpoint.OS, 500, false));
        list.add(tte("S06", Endpoint.OS, 90, true));
        list.add(tte("S07", Endpoint.OS, 380, false));
        // PFS
        list.add(tte("S01", Endpoint.PFS, 250, false));
        list.add(tte("S02", Endpoint.PFS, 100, true));
        list.add(tte("S03", Endpoint.PFS, 52, true));
        list.add(tte("S04", Endpoint.PFS, 30, false));
        list.add(tte("S05", Endpoint.PFS, 300, false));
        list.add(tte("S06", Endpoint.PFS, 60, true));
        list.add(tte("S07", Endpoint.PFS, 90, true));
        // EFS (S01 recurrence at 300)
        list.add(tte("S01", Endpoint.EFS, 300, true));
        list.add(tte("S02", Endpoint.EFS, 100, true));
        list.add(tte("S03", Endpoint.EFS, 52, true));
        list.add(tte("S04", Endpoint.EFS, 30, false));
        list.add(tte("S05", Endpoint.EFS, 300, false));
        list.add(tte("S06", Endpoint.EFS, 60, true));
        list.add(tte("S07", Endpoint.EFS, 90, true));
        return list;
    }

    private static TimeToEvent tte(String subject, Endpoint endpoint, int days, boolean event) {
        return new TimeToEvent(subject, endpoint, days, event);
    }
}
