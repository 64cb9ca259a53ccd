package org.vigia.bench.engines;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.vigia.dmc.DmcDataset;
import org.vigia.dmc.DmcDataset.AdverseEvent;
import org.vigia.dmc.DmcDataset.Arm;
import org.vigia.dmc.DmcDataset.BestOverallResponse;
import org.vigia.dmc.DmcDataset.Endpoint;
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
 * An in-memory {@link DmcDataset} shaped like the demo trial NCT07264075 as {@code bench/data-run} fills it
 * (780 enrolled: about 12,700 AEs, 5-6 % of them serious, a third of subjects dead at the cut-off, 8 lab tests
 * per subject), scaled to any number of enrolled subjects, seeded and reproducible. The proportions follow
 * {@code org.vigia.demo.SyntheticTrialPlanner} (term weights, grades 55/31/11.5/2.5 %, 40 % of grade ≥3 serious),
 * so the listings (SAEs per event, deaths per subject) grow with the trial as they do with real data.
 *
 * <pre>{@code
 * DmcDataset d = DmcSyntheticTrial.dataset(7_800);
 * }</pre>
 */
public final class DmcSyntheticTrial {

    /** Mean AEs per treated subject in the demo trial (12,690 AEs / 780 enrolled). */
    static final double AES_PER_SUBJECT = 12_690 / 780.0;

    private record Term(String soc, String term, double weight, boolean immune) {
    }

    private static final List<Term> TERMS = List.of(
            new Term("Investigations", "Neutrophil count decreased", 9, false),
            new Term("Blood and lymphatic system disorders", "Anemia", 7, false),
            new Term("Gastrointestinal disorders", "Nausea", 6, false),
            new Term("Gastrointestinal disorders", "Mucositis oral", 9, false),
            new Term("Injury, poisoning and procedural complications", "Dermatitis radiation", 8, false),
            new Term("Gastrointestinal disorders", "Dysphagia", 5, false),
            new Term("General disorders and administration site conditions", "Fatigue", 10, false),
            new Term("Metabolism and nutrition disorders", "Anorexia", 5, false),
            new Term("Investigations", "Weight loss", 4, false),
            new Term("Endocrine disorders", "Hypothyroidism", 6, true),
            new Term("Respiratory, thoracic and mediastinal disorders", "Pneumonitis", 2.5, true),
            new Term("Skin and subcutaneous tissue disorders", "Rash maculo-papular", 4, true),
            new Term("Skin and subcutaneous tissue disorders", "Pruritus", 3, true),
            new Term("Investigations", "Alanine aminotransferase increased", 3, true),
            new Term("Gastrointestinal disorders", "Colitis", 1, true),
            new Term("Gastrointestinal disorders", "Diarrhea", 4, false),
            new Term("Vascular disorders", "Hypertension", 3, false),
            new Term("Renal and urinary disorders", "Proteinuria", 2, false),
            new Term("Injury, poisoning and procedural complications", "Infusion related reaction", 2, true),
            new Term("Investigations", "Platelet count decreased", 3, false));

    private static final List<LabTest> LAB_TESTS = List.of(LabTest.ANC, LabTest.PLT, LabTest.HGB, LabTest.ALT,
            LabTest.AST, LabTest.BILI, LabTest.CREAT, LabTest.ALB);

    private static final String[] AGENTS = {"Toripalimab", "Cisplatin", "Radiotherapy"};
    private static final String[] AGE_BANDS = {"30-39", "40-49", "50-59", "60-69", "70-79"};

    private DmcSyntheticTrial() {
    }

    /** A two-arm trial with {@code enrolled} enrolled subjects (plus about 15 % screen failures), seed 8. */
    public static DmcDataset dataset(int enrolled) {
        Random random = new Random(8L * enrolled + 1);
        LocalDate cutOff = LocalDate.of(2028, 6, 30);
        List<Subject> subjects = new ArrayList<>();
        List<Exposure> exposures = new ArrayList<>();
        List<AdverseEvent> aes = new ArrayList<>();
        List<LabShift> labs = new ArrayList<>();
        List<Response> responses = new ArrayList<>();
        List<TimeToEvent> tte = new ArrayList<>();
        double totalWeight = TERMS.stream().mapToDouble(Term::weight).sum();
        int screenFailures = (int) Math.round(enrolled * 0.15);
        int n = 0;
        for (int i = 0; i < enrolled + screenFailures; i++) {
            String number = String.format("CN%02d-%05d", 1 + i % 12, ++n);
            Sex sex = random.nextDouble() < 0.78 ? Sex.MALE : Sex.FEMALE;
            String age = AGE_BANDS[random.nextInt(AGE_BANDS.length)];
            LocalDate screened = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(900));
            if (i >= enrolled) {
                subjects.add(new Subject(number, null, age, sex, screened, true, null, null, null, null, null, null,
                        null, null, null, false));
                continue;
            }
            String arm = i % 2 == 0 ? "A" : "B";
            LocalDate enrolledOn = screened.plusDays(7 + random.nextInt(14));
            boolean treated = random.nextDouble() < 0.97;
            LocalDate firstDose = treated ? enrolledOn.plusDays(1 + random.nextInt(5)) : null;
            int followUp = (int) java.time.temporal.ChronoUnit.DAYS.between(enrolledOn, cutOff);
            int progressionDay = Math.min(followUp, 60 + (int) (-Math.log(1 - random.nextDouble()) * 420));
            boolean progressed = progressionDay < followUp;
            int deathDay = progressed ? Math.min(followUp, progressionDay + (int) (-Math.log(1 - random.nextDouble()) * 270))
                    : followUp;
            boolean dead = progressed && deathDay < followUp;
            boolean aeDeath = dead && treated && random.nextDouble() < 0.15;
            LocalDate lastDose = null;
            LocalDate treatmentEnd = null;
            String endReason = null;
            if (treated) {
                int cycles = 1 + Math.min(11, progressionDay / 21);
                lastDose = firstDose.plusDays(21L * (cycles - 1));
                if (lastDose.isAfter(cutOff)) {
                    lastDose = cutOff;
                }
                if (progressed || cycles == 12) {
                    treatmentEnd = lastDose.plusDays(7);
                    endReason = aeDeath ? "Death" : progressed ? "Progressive disease" : "Completed";
                }
                for (int a = 0; a < AGENTS.length; a++) {
                    exposures.add(new Exposure(number, AGENTS[a], a == 2 ? 1 : cycles,
                            BigDecimal.valueOf(0.6 + random.nextDouble() * 0.4).setScale(2, RoundingMode.HALF_UP),
                            random.nextInt(3), random.nextInt(2), endReason, random.nextInt(2)));
                }
                int count = (int) Math.round(AES_PER_SUBJECT * (0.4 + random.nextDouble() * 1.2));
                for (int k = 0; k < count; k++) {
                    double r = random.nextDouble() * totalWeight;
                    Term term = TERMS.get(TERMS.size() - 1);
                    for (Term t : TERMS) {
                        r -= t.weight();
                        if (r <= 0) {
                            term = t;
                            break;
                        }
                    }
                    double g = random.nextDouble();
                    int grade = g < 0.55 ? 1 : g < 0.86 ? 2 : g < 0.975 ? 3 : 4;
                    boolean serious = grade >= 3 && random.nextDouble() < 0.4;
                    int onset = 1 + random.nextInt(Math.max(1, Math.min(deathDay, 400)));
                    aes.add(new AdverseEvent(number, term.soc(), term.term(), grade, serious,
                            random.nextDouble() < 0.7, term.immune(), false, false, onset,
                            serious ? "Hospitalisation" : null, random.nextDouble() < 0.8 ? "Recovered" : "Recovering"));
                }
                if (aeDeath) {
                    aes.add(new AdverseEvent(number, "Respiratory, thoracic and mediastinal disorders", "Pneumonitis",
                            5, true, true, true, true, true, Math.max(1, deathDay - 3), "Death", "Fatal"));
                }
                for (LabTest test : LAB_TESTS) {
                    int base = random.nextDouble() < 0.9 ? 0 : 1;
                    double w = random.nextDouble();
                    int worst = Math.max(base, w < 0.6 ? 0 : w < 0.85 ? 1 : w < 0.95 ? 2 : w < 0.99 ? 3 : 4);
                    labs.add(new LabShift(number, test, base, worst));
                }
            }
            LocalDate death = dead ? enrolledOn.plusDays(deathDay) : null;
            subjects.add(new Subject(number, arm, age, sex, screened, false, enrolledOn, firstDose, lastDose,
                    treatmentEnd, endReason, dead ? death : null, dead ? "Death" : null, death,
                    dead ? (aeDeath ? "Pneumonitis" : "Disease progression") : null, aeDeath));
            double b = random.nextDouble();
            responses.add(new Response(number, b < 0.1 ? BestOverallResponse.CR : b < 0.45 ? BestOverallResponse.PR
                    : b < 0.75 ? BestOverallResponse.SD : b < 0.93 ? BestOverallResponse.PD : BestOverallResponse.NE));
            tte.add(new TimeToEvent(number, Endpoint.OS, deathDay, dead));
            tte.add(new TimeToEvent(number, Endpoint.PFS, progressionDay, progressed));
            tte.add(new TimeToEvent(number, Endpoint.EFS, progressionDay, progressed));
        }
        return new DmcDataset("NCT07264075", "Synthetic benchmark trial, " + enrolled + " enrolled", "1.0", cutOff,
                List.of(new Arm("A", "Arm A: toripalimab + CRT"), new Arm("B", "Arm B: CRT")),
                List.of(new StoppingRule(StoppingRuleType.TREATMENT_RELATED_MORTALITY, new BigDecimal("0.02"),
                        "Early termination if treatment-related mortality \u22652%.")),
                List.of(), subjects, exposures, aes, labs, responses, tte, List.of());
    }
}
