package org.vigia.study.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigia.shared.clinical.BodySurfaceAreaFormula;

/** The four bundled definitions, checked against facts stated in the registry texts. */
class StudyDefinitionCatalogTest {

    private static final StudyDefinitionCatalog CATALOG = StudyDefinitionCatalog.loadFromClasspath("studies/");

    @Test
    void loadsTheFourTrialsListedInTheIndexWithTheirFileAndChecksum() {
        assertEquals(List.of("NCT07041788", "NCT06494995", "NCT07277764", "NCT07264075"),
                CATALOG.definitions().stream().map(StudyDefinition::registryId).toList());
        for (StudyDefinitionCatalog.Entry e : CATALOG.entries()) {
            assertEquals("studies/" + e.definition().registryId() + ".yaml", e.resource());
            assertEquals(64, e.sha256().length());
            assertTrue(e.yaml().contains("registryId: " + e.definition().registryId()));
            assertEquals(e.definition().registryId().equals("NCT07041788") ? "1.2" : "1.1",
                    e.definition().definitionVersion(), "NCT07041788 1.2 adds the RTOG grades of the weekly check");
            assertEquals(StudyDefinition.CURRENT_SCHEMA, e.definition().schemaVersion());
            assertNotNull(e.definition().preCycleLabs(), "the dosing feature has added preCycleLabs");
            assertNotNull(e.definition().doseModification(), "the dosing feature has added doseModification");
        }
    }

    @Test
    void nct07041788() {
        StudyDefinition d = CATALOG.get("NCT07041788");
        assertEquals(StudyPhase.NOT_APPLICABLE, d.phase());
        assertEquals(25, d.targetEnrolment());
        assertEquals("Second Affiliated Hospital of Nanchang University", d.sponsor());
        assertEquals(AllocationMethod.SINGLE_ARM, d.allocation().method());
        // "Docetaxel: 75mg/m², intravenous drip, d1, Q3W for 3 cycles"
        assertAgent(d, "DOCETAXEL", AgentClass.CHEMOTHERAPY, DoseBasis.MG_PER_M2, "75", "mg/m²");
        // "Cisplatin: 25mg/m², intravenous drip, d1-3, Q3W for 3 cycles"
        assertAgent(d, "CISPLATIN_INDUCTION", AgentClass.CHEMOTHERAPY, DoseBasis.MG_PER_M2, "25", "mg/m²");
        // "Cisplatin 100mg/m², infused over 3 days (d1-3), Q3W for 2 cycles"
        assertAgent(d, "CISPLATIN_CONCURRENT", AgentClass.CHEMOTHERAPY, DoseBasis.MG_PER_M2, "100", "mg/m²");
        assertEquals(DoseScope.PER_CYCLE_DIVIDED, d.getAgent("CISPLATIN_CONCURRENT").doseScope());
        // "Iparomlimab and Tuvonralimab: 5mg/kg ... infusion duration ≥30 minutes"
        Agent ipa = assertAgent(d, "IPAROMLIMAB_TUVONRALIMAB", AgentClass.IMMUNOTHERAPY, DoseBasis.MG_PER_KG, "5", "mg/kg");
        assertEquals(30, ipa.infusion().lowestAllowedMinutes());
        assertNull(ipa.infusion().highestAllowedMinutes());

        Arm arm = d.getArm("A");
        assertEquals(List.of("SFRT", "INDUCTION", "CRT", "MAINTENANCE"), arm.phases().stream().map(TreatmentPhase::id).toList());
        TreatmentPhase induction = arm.findPhase("INDUCTION").orElseThrow();
        assertEquals(21, induction.cycleLengthDays());
        assertEquals(3, induction.cycles());
        assertEquals(List.of(1), days(induction, "DOCETAXEL"));
        assertEquals(List.of(1, 2, 3), days(induction, "CISPLATIN_INDUCTION"));
        assertEquals(List.of(1), days(induction, "IPAROMLIMAB_TUVONRALIMAB"));
        TreatmentPhase crt = arm.findPhase("CRT").orElseThrow();
        assertEquals(2, crt.cycles());
        // "within 2 - 4 weeks after the completion of induction therapy"
        assertEquals(AnchorType.PHASE_END, crt.start().anchor());
        assertEquals(14, crt.start().minDays());
        assertEquals(28, crt.start().maxDays());
        TreatmentPhase maintenance = arm.findPhase("MAINTENANCE").orElseThrow();
        assertEquals(14, maintenance.cycles());
        assertEquals(28, maintenance.start().minDays());   // "4 - 6 weeks after"
        assertEquals(42, maintenance.start().maxDays());

        // "10-20Gy/1 fraction"; "70Gy/30-33 fractions ... (2Gy/fraction), total treatment time ≤6 weeks"
        RadiotherapyCourse sfrt = d.findRadiotherapyCourse("SFRT").orElseThrow();
        assertNumber("10", sfrt.dosePerFractionGy());
        assertNumber("20", sfrt.dosePerFractionMaxGy());
        assertEquals(1, sfrt.fractions());
        RadiotherapyCourse imrt = d.findRadiotherapyCourse("DEFINITIVE_IMRT").orElseThrow();
        assertNumber("70", imrt.totalDoseGy());
        assertEquals(30, imrt.fractions());
        assertEquals(33, imrt.fractionsMax());
        assertEquals(42, imrt.maxOverallTreatmentDays());

        // "precise to 0.01m²"
        assertEquals(BodySurfaceAreaFormula.MOSTELLER, d.bsa().formula());
        assertNumber("0.01", d.bsa().roundingM2());
        // "DMC convenes annually"; "stopping rule ... treatment-related mortality ≥2%"
        assertEquals(12, d.dmc().meetingFrequencyMonths());
        StoppingRule trm = d.dmc().stoppingRules().get(0);
        assertEquals("TREATMENT_RELATED_MORTALITY", trm.metric());
        assertTrue(trm.isTriggered(new BigDecimal("2")));
        assertFalse(trm.isTriggered(new BigDecimal("1.99")));
        // EFS: "disease progression (including local progression and distant metastasis), recurrence ..., death"
        Endpoint efs = d.primaryEndpoints().get(0);
        assertEquals("EFS", efs.id());
        assertEquals(24, efs.landmarkMonths());
        assertEquals("ENROLMENT", efs.origin());
        assertTrue(efs.events().containsAll(List.of("PROGRESSION", "LOCOREGIONAL_PROGRESSION", "DISTANT_METASTASIS",
                "RECURRENCE", "DEATH_ANY_CAUSE")));
        assertEquals(List.of("EFS", "OS", "DMFS", "LRRFS", "ORR", "DOR", "SAFETY", "QOL"),
                d.endpoints().stream().map(Endpoint::id).toList());
        assertEquals("EORTC QLQ-H&N35", d.findEndpoint("QOL").orElseThrow().instrument());
        assertTrue(d.responseAssessment().confirmationRequired());
        assertEquals(28, d.responseAssessment().confirmationMinDays());
        assertEquals(12, d.responseAssessment().assessmentIntervalWeeks());
        // "Serum creatinine ≤1.5×ULN or creatinine clearance >60 mL/min"
        EligibilityCriterion crcl = d.findCriterion("INC07F_CRCL").orElseThrow();
        assertEquals(ComparisonOperator.GT, crcl.operator());
        assertNumber("60", crcl.threshold());
        assertEquals("RENAL_FUNCTION", crcl.anyOf());
        assertEquals("RENAL_FUNCTION", d.findCriterion("INC07F_CREAT").orElseThrow().anyOf());
        assertEquals("≥ 90 10^9/L", d.findCriterion("INC07B_PLT").orElseThrow().thresholdText());
    }

    @Test
    void nct06494995() {
        StudyDefinition d = CATALOG.get("NCT06494995");
        assertEquals(StudyPhase.PHASE2, d.phase());
        assertEquals(52, d.targetEnrolment());
        assertEquals(LocalDate.of(2024, 7, 3), d.effectiveFrom());
        assertEquals(AllocationMethod.INVESTIGATOR_ASSIGNED, d.allocation().method());
        assertEquals(List.of("HYBRID_RT", "METRONOMIC"), d.arms().stream().map(Arm::id).toList());
        TreatmentPhase hybrid = d.getArm("HYBRID_RT").phases().get(0);
        assertEquals(List.of("LDRT", "SBRT"), hybrid.radiotherapyCourses());
        TreatmentPhase metronomic = d.getArm("METRONOMIC").phases().get(0);
        assertEquals(List.of("LDRT"), metronomic.radiotherapyCourses());
        assertTrue(metronomic.administrations().stream().anyMatch(a -> a.agent().equals("CAPECITABINE_METRONOMIC")));
        assertTrue(hybrid.administrations().stream().noneMatch(a -> a.agent().equals("CAPECITABINE_METRONOMIC")));
        assertTrue(d.getAgent("CADONILIMAB").assumption(), "the registry gives no cadonilimab dose");
        // "creatinine clearance ≥60 mL/min (Cockcroft-Gault, see Appendix 3)"
        EligibilityCriterion crcl = d.findCriterion("INC09F_CRCL").orElseThrow();
        assertEquals(CriterionType.CREATININE_CLEARANCE, crcl.type());
        assertEquals(ComparisonOperator.GE, crcl.operator());
        assertNumber("60", crcl.threshold());
        assertNull(crcl.anyOf(), "creatinine AND clearance: both required");
        // "HBV DNA <500 IU/mL (or 2500 copies/mL)"
        EligibilityCriterion hbv = d.findCriterion("INC10_HBV_DNA").orElseThrow();
        assertEquals(ComparisonOperator.LT, hbv.operator());
        assertNumber("500", hbv.threshold());
        assertEquals("IU/mL", hbv.unit());
        assertEquals("HBV_DNA", hbv.labTest());
        assertTrue(hbv.conditional());
        // ORR split by lesion irradiation (SBRT / low-dose RT / not irradiated)
        assertTrue(d.responseAssessment().orrByLesionIrradiation());
        assertEquals(List.of("SBRT", "LOW_DOSE_RT", "NOT_IRRADIATED"), d.responseAssessment().lesionIrradiationCategories());
        assertEquals(List.of("ORR", "AE", "DCR", "DOR", "PFS", "OS"), d.endpoints().stream().map(Endpoint::id).toList());
        assertEquals(List.of("CR", "PR", "SD"), d.findEndpoint("DCR").orElseThrow().responses());
        assertEquals(List.of("PROGRESSION", "DEATH_ANY_CAUSE"), d.findEndpoint("PFS").orElseThrow().events());
    }

    @Test
    void nct07277764() {
        StudyDefinition d = CATALOG.get("NCT07277764");
        assertEquals("REDEFINE", d.shortTitle());
        assertEquals(23, d.targetEnrolment());
        assertEquals(AllocationMethod.SINGLE_ARM, d.allocation().method());
        // "anti-PD-1 (240 mg IV on Day 1 and Day 22)", "Anti-PD-1 maintenance (240 mg IV Q3W) ... up to 12 months"
        assertAgent(d, "ANTI_PD1", AgentClass.IMMUNOTHERAPY, DoseBasis.FLAT_MG, "240", "mg");
        Arm arm = d.getArm("A");
        assertEquals(List.of(1, 22), days(arm.findPhase("INDUCTION").orElseThrow(), "ANTI_PD1"));
        TreatmentPhase maintenance = arm.findPhase("MAINTENANCE").orElseThrow();
        assertEquals(21, maintenance.cycleLengthDays());
        assertEquals(12, maintenance.maxDurationMonths());
        assertEquals(14, maintenance.start().maxDays()); // "starts within 2 weeks after radiotherapy"
        // "LD-RT 1.5 Gy ×3", "HD boost 5 Gy ×3", "IMRT 2 Gy ×28 (5 days/week)"
        RadiotherapyCourse ld = d.findRadiotherapyCourse("LDRT_INDUCTION").orElseThrow();
        assertNumber("1.5", ld.dosePerFractionGy());
        assertEquals(3, ld.fractions());
        RadiotherapyCourse boost = d.findRadiotherapyCourse("HD_BOOST").orElseThrow();
        assertNumber("5", boost.dosePerFractionGy());
        assertEquals(3, boost.fractions());
        RadiotherapyCourse imrt = d.findRadiotherapyCourse("DEFINITIVE_IMRT").orElseThrow();
        assertNumber("2", imrt.dosePerFractionGy());
        assertEquals(28, imrt.fractions());
        assertNumber("56", imrt.totalDoseGy());
        assertEquals(5, imrt.fractionsPerWeek());
        // "Early stop if CR at 50 Gy or ulcer occurs per protocol."
        assertTrue(imrt.rulesTriggeredBy("COMPLETE_RESPONSE", new BigDecimal("48")).isEmpty());
        assertEquals(List.of("STOP_IF_CR_AT_50GY"), imrt.rulesTriggeredBy("COMPLETE_RESPONSE", new BigDecimal("50"))
                .stream().map(RadiotherapyEventRule::id).toList());
        assertEquals(RadiotherapyAction.STOP_RADIOTHERAPY,
                imrt.rulesTriggeredBy("ULCER", new BigDecimal("12")).get(0).action());
        // "The primary endpoint is ORR at 3 months post-radiotherapy"
        FixedTimePoint orr = d.responseAssessment().fixedTimePoint();
        assertEquals(AnchorType.PHASE_END, orr.anchor());
        assertEquals("DEFINITIVE_RT", orr.phase());
        assertEquals(3, orr.offsetMonths());
        assertEquals("ORR_3M", d.primaryEndpoints().get(0).id());
        assertEquals(36, d.findEndpoint("OS").orElseThrow().landmarkMonths());
        assertEquals("EORTC QLQ-C30", d.findEndpoint("QOL").orElseThrow().instrument());
        // ECOG 0-1; age 18-75 (registry min/max age)
        assertNumber("1", d.findCriterion("INC05_ECOG").orElseThrow().threshold());
        assertNumber("75", d.findCriterion("INC06_AGE").orElseThrow().upperThreshold());
    }

    @Test
    void nct07264075() {
        StudyDefinition d = CATALOG.get("NCT07264075");
        assertEquals(StudyPhase.PHASE3, d.phase());
        assertEquals(780, d.targetEnrolment());
        Allocation a = d.allocation();
        assertEquals(AllocationMethod.RANDOMISED, a.method());
        assertEquals(Map.of("A", 1, "B", 1, "C", 1), a.ratio());
        assertEquals(3, a.ratioSum());
        assertEquals(List.of("PDL1_CPS", "HPV_OROPHARYNX", "ECOG"),
                a.stratificationFactors().stream().map(StratificationFactor::id).toList());
        assertTrue(a.stratificationFactors().stream().allMatch(StratificationFactor::assumption),
                "the registry names no strata");
        // "Ivonescimab (10 mg/kg iv, 60 min ± 10 min infusion, Q3W)"
        Agent ivo = assertAgent(d, "IVONESCIMAB", AgentClass.IMMUNOTHERAPY, DoseBasis.MG_PER_KG, "10", "mg/kg");
        assertEquals(50, ivo.infusion().lowestAllowedMinutes());
        assertEquals(70, ivo.infusion().highestAllowedMinutes());
        assertEquals("60 ± 10 min", ivo.infusion().describe());
        // "ligufalimab (45 mg/kg iv, 120 min ± 15 min infusion, Q3W)"
        Agent ligu = assertAgent(d, "LIGUFALIMAB", AgentClass.IMMUNOTHERAPY, DoseBasis.MG_PER_KG, "45", "mg/kg");
        assertTrue(ligu.infusion().isWithinWindow(new BigDecimal("105")));
        assertTrue(ligu.infusion().isWithinWindow(new BigDecimal("135")));
        assertFalse(ligu.infusion().isWithinWindow(new BigDecimal("104")));
        assertFalse(ligu.infusion().isWithinWindow(new BigDecimal("136")));
        // "Pembrolizumab (200 mg iv, 60 min ± 10 min infusion, Q3W)"
        Agent pembro = assertAgent(d, "PEMBROLIZUMAB", AgentClass.IMMUNOTHERAPY, DoseBasis.FLAT_MG, "200", "mg");
        assertFalse(pembro.infusion().isWithinWindow(new BigDecimal("71")));
        // "The total duration of treatment is up to 24 months"
        for (Arm arm : d.arms()) {
            TreatmentPhase t = arm.phases().get(0);
            assertEquals(21, t.cycleLengthDays());
            assertEquals(24, t.maxDurationMonths());
            assertNull(t.cycles());
        }
        assertEquals(List.of("IVONESCIMAB", "LIGUFALIMAB"),
                d.getArm("B").phases().get(0).administrations().stream().map(Administration::agent).toList());
        assertEquals("OS", d.primaryEndpoints().get(0).id());
        assertTrue(d.dmc().safetySummariesByArm());
        assertFalse(d.responseAssessment().confirmationRequired());
        // "Age ≥ 18 and < 80 years"
        EligibilityCriterion age = d.findCriterion("INC02_AGE").orElseThrow();
        assertEquals(ComparisonOperator.LT, age.upperOperator());
        assertNumber("80", age.upperThreshold());
        // "Serum albumin ≥ 28 g/L"
        assertEquals("g/L", d.findCriterion("INC10C_ALB").orElseThrow().unit());
    }

    @Test
    void agentsAreExposedAsIdNameClassDoseBasisDoseUnit() throws Exception {
        StudyDefinition d = CATALOG.get("NCT07264075");
        String json = new ObjectMapper().writeValueAsString(d.getAgent("IVONESCIMAB").summary());
        assertEquals("{\"id\":\"IVONESCIMAB\",\"name\":\"Ivonescimab\",\"class\":\"IMMUNOTHERAPY\","
                + "\"doseBasis\":\"MG_PER_KG\",\"dose\":10,\"unit\":\"mg/kg\"}", json);
        List<AgentSummary> withRt = CATALOG.get("NCT07277764").agentSummaries();
        assertEquals(List.of("ANTI_PD1", "LDRT_INDUCTION", "HD_BOOST", "DEFINITIVE_IMRT"),
                withRt.stream().map(AgentSummary::id).toList());
        assertEquals(AgentClass.RADIOTHERAPY, withRt.get(3).agentClass());
        assertEquals(DoseBasis.GY, withRt.get(3).doseBasis());
    }

    @Test
    void everyComputableCriterionQuotesItsSourceAndEveryAssumptionHasANote() {
        for (StudyDefinition d : CATALOG.definitions()) {
            for (EligibilityCriterion c : d.eligibility()) {
                assertFalse(c.source() == null || c.source().isBlank(), d.registryId() + "/" + c.id());
                if (c.assumption()) {
                    assertFalse(c.note() == null || c.note().isBlank(), d.registryId() + "/" + c.id());
                }
            }
            for (Agent a : d.agents()) {
                if (a.assumption()) {
                    assertFalse(a.note() == null || a.note().isBlank(), d.registryId() + "/" + a.id());
                }
            }
        }
    }

    private static Agent assertAgent(StudyDefinition d, String id, AgentClass agentClass, DoseBasis basis,
            String dose, String unit) {
        Agent a = d.getAgent(id);
        assertEquals(agentClass, a.agentClass(), id);
        assertEquals(basis, a.doseBasis(), id);
        assertNumber(dose, a.dose());
        assertEquals(unit, a.unit(), id);
        return a;
    }

    private static List<Integer> days(TreatmentPhase phase, String agentId) {
        return phase.administrations().stream().filter(a -> a.agent().equals(agentId)).findFirst().orElseThrow()
                .dosingDays();
    }

    private static void assertNumber(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }
}
