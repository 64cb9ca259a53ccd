package org.vigia.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vigia.response.BaselineFinding;
import org.vigia.response.BaselineFindingCode;
import org.vigia.response.TargetLesionSelectionRules;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.shared.text.Texts;
import org.vigia.study.definition.DoseAction;
import org.vigia.subject.SubjectStatus;

/**
 * The gate reasons, recommendations, deviation descriptions and findings of dosing and response render in English
 * exactly as the sentences the code built before they came from the bundles (the API's), in Chinese as a
 * translation with the same arguments; stored reasons and descriptions keep their keys and old sentences still read.
 */
class ReasonTextsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    private static Text dosing(String key, Object... args) {
        return Text.of(Bundle.DOSING, key, args);
    }

    private static String en(String key, Object... args) {
        return dosing(key, args).english();
    }

    @Test
    void doseModificationReasonsAreTheApiSentences() {
        Text neutropenia = dosing("dose.reason.event", "Neutrophil count decreased", 3);
        Text pneumonitis = dosing("dose.reason.eventImmuneRelated", "Pneumonitis", 2);
        Text cite = dosing("dose.reason.cite", "G3-hold");
        Text second = dosing("dose.reason.citeOccurrence", "G3-hold", 2);
        assertEquals("Neutrophil count decreased grade 3: hold docetaxel until grade ≤1, then resume at 80 % of the full"
                        + " dose (reduced from 100 %) (rule G3-hold)",
                en("dose.reason.hold", neutropenia, "docetaxel", 1, dosing("dose.reason.resumeReduced", "80", "100"), cite));
        assertEquals("Neutrophil count decreased grade 3: hold docetaxel until grade ≤2, then resume at the same dose"
                        + " (100 %) (rule G3-hold, occurrence 2)",
                en("dose.reason.hold", neutropenia, "docetaxel", 2, dosing("dose.reason.resumeSame", "100"), second));
        assertEquals("Pneumonitis grade 2 (immune-related): no dose-modification rule covers it for CHEMOTHERAPY;"
                        + " continue docetaxel at investigator judgement",
                en("dose.reason.noRule", pneumonitis, "CHEMOTHERAPY", "docetaxel"));
        assertEquals("Neutrophil count decreased grade 3: continue docetaxel with no dose change (rule G3-hold)",
                en("dose.reason.continue", neutropenia, "docetaxel", cite));
        assertEquals("Neutrophil count decreased grade 3: discontinue docetaxel permanently (rule G3-hold)",
                en("dose.reason.discontinue", neutropenia, "docetaxel", cite));
        assertEquals("Neutrophil count decreased grade 3: a further reduction of docetaxel below 60 % is not possible;"
                        + " discontinue permanently (rule G3-hold)",
                en("dose.reason.noLowerLevel", neutropenia, "docetaxel", "60", cite));
        assertEquals("Neutrophil count decreased grade 3: docetaxel has had 2 dose reduction(s), the maximum is 2;"
                        + " discontinue permanently (rule G3-hold, occurrence 2)",
                en("dose.reason.maxReductions", neutropenia, "docetaxel", 2, 2, second));
        assertEquals("No open adverse event of grade 1 or higher: continue docetaxel",
                en("dose.reason.noOpenEvent", "docetaxel"));
        assertEquals("docetaxel was permanently discontinued and cannot resume", en("dose.reason.cannotResume", "docetaxel"));
        assertEquals("Anaemia is grade 3; resumption needs grade ≤1", en("dose.reason.notRecovered", "Anaemia", 3, 1));
        assertEquals("Anaemia has recovered to grade 1 (≤1)", en("dose.reason.recovered", "Anaemia", 1, 1));
        assertEquals("Resume docetaxel at 80 % of the full dose", en("dose.reason.resume", "docetaxel", "80"));
        assertEquals("Docetaxel was permanently discontinued for this subject",
                en("dose.reason.discontinuedForSubject", "Docetaxel"));
        assertEquals("After the hold, resume at 80 % of the full dose", en("dose.reason.afterHold", "80"));
    }

    @Test
    void decisionsKeepTheirEnglishAccessors() {
        DoseDecision decision = new DoseDecision(DoseAction.CONTINUE, null, null,
                List.of(dosing("dose.reason.noOpenEvent", "docetaxel")), List.of());
        assertEquals(List.of("No open adverse event of grade 1 or higher: continue docetaxel"), decision.reasons());
        assertEquals("无 1 级或以上的未结束不良事件：继续给予 docetaxel",
                Texts.render(decision.reasonTexts().get(0), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void preCycleFailuresAreTheApiMessages() {
        assertEquals("Absolute neutrophil count result is missing", en("precycle.missing", "Absolute neutrophil count"));
        assertEquals("ANC has no result dated on or before the cycle start 2026-04-01",
                en("precycle.noDatedResult", "ANC", DAY));
        assertEquals("ANC of 2026-03-01 is older than 7 days before the cycle start 2026-04-01",
                en("precycle.tooOld", "ANC", LocalDate.of(2026, 3, 1), 7, DAY));
        assertEquals("Unit 'g/dL' does not fit ANC; use one of [10^9/L, /µL]",
                en("precycle.unitMismatch", "g/dL", "ANC", String.valueOf(List.of("10^9/L", "/µL"))));
        assertEquals("ALT needs its upper limit of normal to check ≤2.5×ULN", en("precycle.noUln", "ALT", "≤2.5×ULN"));
        assertEquals("ANC 1.2 10^9/L does not meet ≥1.5 10^9/L",
                en("precycle.notMet", "ANC", "1.2", "10^9/L", "≥1.5 10^9/L"));
    }

    @Test
    void radiotherapyReasonsAndRefusalsAreTheApiSentences() {
        Text stop = dosing("rt.reason.outcome.STOP_EARLY");
        assertEquals("STOP_EARLY IMRT at 50 Gy: CR (rule RT-CR-50)",
                en("rt.reason.rule", stop, "IMRT", "50", "CR", "RT-CR-50"));
        assertEquals("SUSPEND IMRT at 30 Gy: ULCER — Mucosal ulcer (rule RT-U)",
                en("rt.reason.ruleDescribed", dosing("rt.reason.outcome.SUSPEND"), "IMRT", "30", "ULCER",
                        "Mucosal ulcer", "RT-U"));
        assertEquals("No radiotherapy event rule applies at 2 Gy: continue", en("rt.reason.none", "2"));
        assertEquals("Course 'X' is not part of the subject's arm.", en("rt.refused.unknownCourse", "X"));
        assertEquals("The course was stopped early: a; b", en("rt.refused.stoppedEarly",
                List.of(Text.plain("a"), Text.plain("b"))));
        assertEquals("The treatment date is required.", en("rt.required.on"));
        assertEquals("Enter the dose delivered in Gy.", en("rt.required.doseGy"));
        assertEquals("Dates are written YYYY-MM-DD.", en("dose.invalid.dateFormat"));
        assertEquals("Times are written HH:MM (24 hours).", en("dose.invalid.timeFormat"));
    }

    @Test
    void decisionApiRefusalsAreTheApiSentences() {
        assertEquals("'agent' is required.", en("dose.required.agentParameter"));
        assertEquals("Unknown agent 'X' in NCT1; agents: [docetaxel (Docetaxel), cisplatin (Cisplatin)]",
                en("dose.refused.unknownAgentIn", "X", "NCT1",
                        String.valueOf(List.of("docetaxel (Docetaxel)", "cisplatin (Cisplatin)"))));
        assertEquals("NCT1 has no dose-modification rules in its definition.",
                en("dose.refused.noModificationRules", "NCT1"));
        assertEquals("currentDosePercent must be above 0 and at most 100.", en("dose.invalid.currentDosePercent"));
        assertEquals("NCT1 has no pre-cycle lab criteria in its definition.", en("dose.refused.noPreCycleLabs", "NCT1"));
        assertEquals("Each adverse event needs a term and a CTCAE grade 0-5.", en("dose.invalid.adverseEvent"));
        assertEquals("Unknown lab test 'null'; codes: ANC, PLT, HGB, WBC, ALT, AST, ALP, BILI, ALB, CREAT, INR, ...",
                en("dose.invalid.labTest", "null"));
        assertEquals("A value is required.", en("dose.required.labValue"));
        assertEquals("Enter the cut-off as a date (yyyy-mm-dd).",
                Text.of(Bundle.RESPONSE, "resp.invalid.cutoff").english());
    }

    @Test
    void notOnTreatmentNamesTheStatusAsALabel() {
        Text refusal = dosing("dose.refused.notOnTreatment", "S-001", SubjectStatus.SCREENING);
        assertEquals("Treatment can only be recorded for an enrolled subject on treatment; S-001 is SCREENING.",
                refusal.english());
        assertEquals("只能为已入组且正在治疗的受试者记录治疗；S-001 的状态为 筛选中。",
                Texts.render(refusal, Locale.SIMPLIFIED_CHINESE));
        for (SubjectStatus s : SubjectStatus.values()) {
            assertEquals(s.name(), Texts.label(Bundle.DOSING, Locale.ENGLISH, s));
            assertNotEquals(s.name(), Texts.label(Bundle.DOSING, Locale.SIMPLIFIED_CHINESE, s));
        }
    }

    @Test
    void deviationDescriptionsAreTheLogSentences() {
        DoseDeviationRules rules = new DoseDeviationRules(new BigDecimal("5"));
        ProtocolDeviation above = rules.check(DoseRecommendation.give("docetaxel", new BigDecimal("100")),
                new AdministeredDose("docetaxel", DAY, new BigDecimal("105.1"), null)).orElseThrow();
        assertEquals("docetaxel 105.1 mg given on 2026-04-01 departs from the recommended 100 mg by +5.1 %"
                + " (tolerance ±5 %), with no documented reason", above.description());
        ProtocolDeviation below = rules.check(DoseRecommendation.give("docetaxel", new BigDecimal("100")),
                new AdministeredDose("docetaxel", DAY, new BigDecimal("90"), null)).orElseThrow();
        assertEquals("docetaxel 90 mg given on 2026-04-01 departs from the recommended 100 mg by -10.0 %"
                + " (tolerance ±5 %), with no documented reason", below.description());
        ProtocolDeviation held = rules.check(DoseRecommendation.held("docetaxel"),
                new AdministeredDose("docetaxel", DAY, new BigDecimal("60.50"), null)).orElseThrow();
        assertEquals("docetaxel 60.5 mg given on 2026-04-01 while held for an adverse event, with no documented reason",
                held.description());
        ProtocolDeviation stopped = rules.check(DoseRecommendation.discontinued("docetaxel"),
                new AdministeredDose("docetaxel", DAY, new BigDecimal("60"), null)).orElseThrow();
        assertEquals("docetaxel 60 mg given on 2026-04-01 after permanent discontinuation, with no documented reason",
                stopped.description());
        assertTrue(Texts.render(held.descriptionText(), Locale.SIMPLIFIED_CHINESE).contains("暂停"));
    }

    @Test
    void reductionReasonsAreTheExposureSentences() {
        assertEquals("Dose level 100 % → 80 %", en("dose.modification.reduction", "100", "80"));
        assertEquals("Dose level 80 % → 60 %: it's the nurse's call",
                en("dose.modification.reductionBecause", "80", "60", "it's the nurse's call"));
        DoseModificationEvent typed = new DoseModificationEvent("docetaxel", DAY, DoseModificationEvent.Kind.HOLD,
                "Neutropenia");
        assertEquals("Neutropenia", typed.reason());
        assertEquals("Neutropenia", Texts.render(typed.reasonText(), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void storedRecommendationReasonsKeepTheirKeysAndOldSentencesStillRead() throws Exception {
        DoseDecision decision = new DoseDecision(DoseAction.CONTINUE, null, null,
                List.of(dosing("dose.reason.noOpenEvent", "docetaxel"), dosing("dose.reason.afterHold", "80")), List.of());
        TreatmentAdministration line = new TreatmentAdministration(1L, "docetaxel", "INDUCTION", 1, 1, DAY,
                TreatmentAdministration.Status.GIVEN, new BigDecimal("100"), decision,
                DoseRecommendation.give("docetaxel", new BigDecimal("100")), "coordinator");
        assertEquals("No open adverse event of grade 1 or higher: continue docetaxel\n"
                + "After the hold, resume at 80 % of the full dose", line.getRecommendationReasons());
        assertEquals("暂停后以全剂量的 80 % 恢复",
                Texts.render(line.recommendationReasonTexts().get(1), Locale.SIMPLIFIED_CHINESE));

        Field stored = TreatmentAdministration.class.getDeclaredField("recommendationReasons");
        stored.setAccessible(true);
        assertTrue(((String) stored.get(line)).contains("dose.reason.afterHold"), "stored with its key");
        stored.set(line, "An old sentence\nAnother one");
        assertEquals("An old sentence\nAnother one", line.getRecommendationReasons());
        assertEquals("Another one", Texts.render(line.recommendationReasonTexts().get(1), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void baselineFindingsAreTheApiMessages() {
        Text organ = Text.of(Bundle.RESPONSE, "resp.finding.TOO_MANY_TARGET_LESIONS_IN_ORGAN", "T3", 3, "lung", 2);
        assertEquals("Target lesion T3 is target lesion number 3 in organ 'lung'; at most 2 per organ are allowed,"
                + " all lymph nodes being one organ (RECIST 1.1 section 3.3.1)", organ.english());
        assertEquals("Target lesion T1 measures 8 mm; a measurable lesion is at least 10 mm (10 mm, or twice a slice"
                        + " thickness above 5 mm; RECIST 1.1 section 3.1.1)",
                Text.of(Bundle.RESPONSE, "resp.finding.TARGET_LESION_NOT_MEASURABLE", "T1", "8", "10").english());
        assertEquals("Lesion T1 was assessed on 2026-01-01; the baseline assessment must be no more than 4 weeks before"
                        + " the start of treatment on 2026-04-01 (RECIST 1.1 section 3.2)",
                Text.of(Bundle.RESPONSE, "resp.finding.BASELINE_OUTSIDE_WINDOW", "T1", LocalDate.of(2026, 1, 1), DAY)
                        .english());
        assertEquals("Node N1 has a short axis of 12 mm: a node of 10 to under 15 mm is pathological but not measurable;"
                        + " record it as a non-target lesion (RECIST 1.1 section 3.1.1)",
                Text.of(Bundle.RESPONSE, "resp.finding.TARGET_NODE_NOT_MEASURABLE", "N1", "12").english());
        List<BaselineFinding> none = new TargetLesionSelectionRules().check(List.of());
        assertEquals(BaselineFindingCode.NO_TARGET_LESION, none.get(0).code());
        assertEquals("No target lesion: at least one measurable lesion is required (RECIST 1.1 section 3.3)",
                none.get(0).message());
    }

    /** Every key added for these texts has a Chinese twin that differs and uses the same arguments. */
    @Test
    void everyNewKeyHasAChineseTwinWithTheSameArguments() {
        check(Bundle.DOSING, List.of("dose.reason.", "precycle.", "rt.reason.", "rt.refused.", "rt.required.",
                "dose.deviation.", "dose.modification.", "dose.invalid.", "dose.required.", "dose.refused.",
                "enum.SubjectStatus."), 80);
        check(Bundle.RESPONSE, List.of("resp.finding.", "resp.invalid.cutoff"), 10);
    }

    private static void check(Bundle bundle, List<String> prefixes, int atLeast) {
        ResourceBundle english = Texts.bundle(bundle, Locale.ENGLISH);
        ResourceBundle chinese = Texts.bundle(bundle, Locale.SIMPLIFIED_CHINESE);
        int checked = 0;
        for (String key : new TreeSet<>(english.keySet())) {
            if (prefixes.stream().noneMatch(key::startsWith)) {
                continue;
            }
            String en = english.getString(key);
            String zh = chinese.getString(key);
            assertNotEquals(en, zh, key);
            assertEquals(placeholders(en), placeholders(zh), key);
            new MessageFormat(en);
            new MessageFormat(zh);
            checked++;
        }
        assertTrue(checked >= atLeast, bundle + ": " + checked);
    }

    private static TreeSet<String> placeholders(String pattern) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
