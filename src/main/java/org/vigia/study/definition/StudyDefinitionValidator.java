package org.vigia.study.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.vigia.terminology.LabTest;

/**
 * Checks a bound {@link StudyDefinition} for the mistakes binding cannot catch: missing required values,
 * duplicate ids, references to undefined agents, phases, courses or subject conditions, an allocation ratio
 * that does not match the arms, block sizes that are not multiples of the ratio, computable criteria without a
 * threshold, units a lab test does not accept; from schema 2, the protocol values that were code before
 * ({@link ProtocolValues}). Each finding is one readable sentence with its location; the exception names the file.
 */
public final class StudyDefinitionValidator {

    private StudyDefinitionValidator() {
    }

    /** Every problem found; empty when the definition is valid. */
    public static List<String> validate(StudyDefinition d) {
        List<String> p = new ArrayList<>();
        required(p, d.registryId(), "registryId");
        required(p, d.title(), "title");
        required(p, d.definitionVersion(), "definitionVersion");
        if (d.effectiveFrom() == null) {
            p.add("effectiveFrom is required (the date this definition version applies from)");
        }
        if (d.phase() == null) {
            p.add("phase is required");
        }
        if (d.targetEnrolment() == null || d.targetEnrolment() <= 0) {
            p.add("targetEnrolment must be a positive number");
        }
        agents(p, d);
        courses(p, d);
        arms(p, d);
        allocation(p, d);
        conditions(p, d);
        eligibility(p, d);
        visits(p, d);
        response(p, d);
        dmc(p, d);
        endpoints(p, d);
        if (d.schemaVersion() > StudyDefinition.CURRENT_SCHEMA) {
            p.add("schemaVersion " + d.schemaVersion() + " is newer than this Vigia reads (" + StudyDefinition.CURRENT_SCHEMA
                    + ")");
        } else if (d.schemaVersion() >= 2) {
            ProtocolValues.check(p, d);
        }
        return p;
    }

    private static void agents(List<String> p, StudyDefinition d) {
        duplicates(p, d.agents(), Agent::id, "agents");
        for (Agent a : d.agents()) {
            String at = "agents[" + a.id() + "]";
            required(p, a.id(), "agents[].id");
            required(p, a.name(), at + ".name");
            if (a.agentClass() == null) {
                p.add(at + ".class is required (CHEMOTHERAPY, IMMUNOTHERAPY, RADIOTHERAPY or OTHER)");
            }
            if (a.doseBasis() == null) {
                p.add(at + ".doseBasis is required (MG_PER_M2, MG_PER_KG, FLAT_MG)");
            }
            if (a.dose() == null || a.dose().signum() <= 0) {
                p.add(at + ".dose must be greater than 0");
            }
            if (a.doseBasis() != null && a.unit() != null && !a.unit().equals(a.doseBasis().label())) {
                p.add(at + ".unit '" + a.unit() + "' does not fit doseBasis " + a.doseBasis() + " (expected '"
                        + a.doseBasis().label() + "')");
            }
            if (a.unit() == null) {
                p.add(at + ".unit is required");
            }
            Infusion inf = a.infusion();
            if (inf != null) {
                if (inf.targetMinutes() == null && inf.minimumMinutes() == null && inf.maximumMinutes() == null) {
                    p.add(at + ".infusion needs targetMinutes (± toleranceMinutes) or minimumMinutes/maximumMinutes");
                }
                if (inf.toleranceMinutes() != null && inf.targetMinutes() == null) {
                    p.add(at + ".infusion.toleranceMinutes needs targetMinutes");
                }
                if (inf.lowestAllowedMinutes() != null && inf.lowestAllowedMinutes() < 0) {
                    p.add(at + ".infusion window starts below 0 minutes");
                }
            }
        }
    }

    private static void courses(List<String> p, StudyDefinition d) {
        duplicates(p, d.radiotherapyCourses(), RadiotherapyCourse::id, "radiotherapyCourses");
        for (RadiotherapyCourse c : d.radiotherapyCourses()) {
            String at = "radiotherapyCourses[" + c.id() + "]";
            required(p, c.name(), at + ".name");
            if (c.dosePerFractionGy() == null || c.dosePerFractionGy().signum() <= 0) {
                p.add(at + ".dosePerFractionGy must be greater than 0");
            }
            if (c.fractions() == null || c.fractions() <= 0) {
                p.add(at + ".fractions must be greater than 0");
            }
            range(p, c.dosePerFractionGy(), c.dosePerFractionMaxGy(), at + ".dosePerFractionMaxGy");
            if (c.fractions() != null && c.fractionsMax() != null && c.fractionsMax() < c.fractions()) {
                p.add(at + ".fractionsMax is below fractions");
            }
            range(p, c.totalDoseGy(), c.totalDoseMaxGy(), at + ".totalDoseMaxGy");
            duplicates(p, c.eventRules(), RadiotherapyEventRule::id, at + ".eventRules");
            for (RadiotherapyEventRule r : c.eventRules()) {
                required(p, r.event(), at + ".eventRules[" + r.id() + "].event");
                if (r.action() == null) {
                    p.add(at + ".eventRules[" + r.id() + "].action is required");
                }
            }
        }
    }

    private static void arms(List<String> p, StudyDefinition d) {
        if (d.arms().isEmpty()) {
            p.add("arms: at least one arm is required");
        }
        duplicates(p, d.arms(), Arm::id, "arms");
        for (Arm arm : d.arms()) {
            String at = "arms[" + arm.id() + "]";
            required(p, arm.name(), at + ".name");
            if (arm.phases().isEmpty()) {
                p.add(at + ".phases: at least one treatment phase is required");
            }
            duplicates(p, arm.phases(), TreatmentPhase::id, at + ".phases");
            for (TreatmentPhase ph : arm.phases()) {
                String pat = at + ".phases[" + ph.id() + "]";
                if (ph.cycleLengthDays() == null && ph.durationDays() == null) {
                    p.add(pat + ": give cycleLengthDays (with cycles or maxDurationMonths) or durationDays");
                }
                if (ph.cycleLengthDays() != null && ph.cycles() == null && ph.maxDurationMonths() == null) {
                    p.add(pat + ": a cycled phase needs cycles or maxDurationMonths");
                }
                positive(p, ph.cycleLengthDays(), pat + ".cycleLengthDays");
                positive(p, ph.cycles(), pat + ".cycles");
                positive(p, ph.durationDays(), pat + ".durationDays");
                positive(p, ph.maxDurationMonths(), pat + ".maxDurationMonths");
                if (ph.administrations().isEmpty() && ph.radiotherapyCourses().isEmpty()) {
                    p.add(pat + ": a phase needs administrations or radiotherapyCourses");
                }
                for (int i = 0; i < ph.administrations().size(); i++) {
                    Administration adm = ph.administrations().get(i);
                    String aat = pat + ".administrations[" + i + "]";
                    if (adm.agent() == null || d.findAgent(adm.agent()).isEmpty()) {
                        p.add(aat + ": agent '" + adm.agent() + "' is not defined in agents");
                    }
                    try {
                        List<Integer> days = adm.dosingDays();
                        Integer length = ph.isCycled() ? ph.cycleLengthDays() : ph.durationDays();
                        if (length != null && days.get(days.size() - 1) > length) {
                            p.add(aat + ": day " + days.get(days.size() - 1) + " is beyond the "
                                    + (ph.isCycled() ? "cycle" : "phase") + " length of " + length + " days");
                        }
                    } catch (IllegalArgumentException e) {
                        p.add(aat + ": " + e.getMessage());
                    }
                }
                for (String courseId : ph.radiotherapyCourses()) {
                    if (d.findRadiotherapyCourse(courseId).isEmpty()) {
                        p.add(pat + ".radiotherapyCourses: '" + courseId + "' is not defined in radiotherapyCourses");
                    }
                }
                PhaseStart s = ph.start();
                if (s != null) {
                    if (s.anchor() == null) {
                        p.add(pat + ".start.anchor is required");
                    } else if (s.anchor() == AnchorType.PHASE_START || s.anchor() == AnchorType.PHASE_END) {
                        if (s.phase() == null || arm.findPhase(s.phase()).isEmpty()) {
                            p.add(pat + ".start.phase '" + s.phase() + "' is not a phase of arm " + arm.id());
                        } else if (s.phase().equals(ph.id())) {
                            p.add(pat + ".start refers to the phase itself");
                        }
                    } else if (s.anchor() != AnchorType.ENROLMENT) {
                        p.add(pat + ".start.anchor must be ENROLMENT, PHASE_START or PHASE_END");
                    }
                    if (s.maxDays() != null && s.maxDays() < s.minDays()) {
                        p.add(pat + ".start.maxDays is below minDays");
                    }
                }
            }
        }
    }

    private static void allocation(List<String> p, StudyDefinition d) {
        Allocation a = d.allocation();
        if (a == null || a.method() == null) {
            p.add("allocation.method is required (SINGLE_ARM, INVESTIGATOR_ASSIGNED or RANDOMISED)");
            return;
        }
        Set<String> armIds = new HashSet<>(d.arms().stream().map(Arm::id).toList());
        switch (a.method()) {
            case SINGLE_ARM -> {
                if (d.arms().size() != 1) {
                    p.add("allocation SINGLE_ARM needs exactly one arm, found " + d.arms().size());
                }
                notRandomised(p, a);
            }
            case INVESTIGATOR_ASSIGNED -> {
                if (d.arms().size() < 2) {
                    p.add("allocation INVESTIGATOR_ASSIGNED needs at least two arms or cohorts");
                }
                notRandomised(p, a);
            }
            case RANDOMISED -> {
                if (d.arms().size() < 2) {
                    p.add("allocation RANDOMISED needs at least two arms");
                }
                if (!a.ratio().keySet().equals(armIds)) {
                    p.add("allocation.ratio must give one weight per arm: ratio has " + a.ratio().keySet()
                            + ", arms are " + armIds);
                }
                for (Map.Entry<String, Integer> e : a.ratio().entrySet()) {
                    if (e.getValue() == null || e.getValue() <= 0) {
                        p.add("allocation.ratio." + e.getKey() + " must be a positive whole number");
                    }
                }
                if (a.blockSizes().isEmpty()) {
                    p.add("allocation.blockSizes: at least one block size is required");
                }
                int sum = a.ratio().values().stream().filter(v -> v != null && v > 0).mapToInt(Integer::intValue).sum();
                for (Integer size : a.blockSizes()) {
                    if (size == null || size <= 0 || (sum > 0 && size % sum != 0)) {
                        p.add("allocation.blockSizes: " + size + " is not a positive multiple of the ratio sum " + sum);
                    }
                }
                duplicates(p, a.stratificationFactors(), StratificationFactor::id, "allocation.stratificationFactors");
                for (StratificationFactor f : a.stratificationFactors()) {
                    String at = "allocation.stratificationFactors[" + f.id() + "]";
                    required(p, f.name(), at + ".name");
                    if (f.levels().size() < 2) {
                        p.add(at + ": a stratification factor needs at least two levels");
                    }
                    duplicates(p, f.levels(), StratumLevel::code, at + ".levels");
                    if (f.derived()) {
                        for (int i = 0; i < f.levels().size(); i++) {
                            StratumLevel l = f.levels().get(i);
                            if (l.when().isEmpty() && i < f.levels().size() - 1) {
                                p.add(at + ".levels[" + l.code() + "]: only the last level may go without 'when'");
                            }
                            for (StratumCondition c : l.when()) {
                                if (c.field() == null || c.form() == null || c.item().isBlank()) {
                                    p.add(at + ".levels[" + l.code() + "].when: field must be FORM.item, not " + c.field());
                                }
                                if (c.in().isEmpty() && c.atLeast() == null && c.below() == null) {
                                    p.add(at + ".levels[" + l.code() + "].when[" + c.field() + "]: give in, atLeast or below");
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static void notRandomised(List<String> p, Allocation a) {
        if (!a.ratio().isEmpty() || !a.blockSizes().isEmpty() || !a.stratificationFactors().isEmpty()) {
            p.add("allocation " + a.method() + " takes no ratio, blockSizes or stratificationFactors");
        }
    }

    private static void conditions(List<String> p, StudyDefinition d) {
        duplicates(p, d.subjectConditions(), SubjectCondition::code, "subjectConditions");
    }

    private static void eligibility(List<String> p, StudyDefinition d) {
        duplicates(p, d.eligibility(), EligibilityCriterion::id, "eligibility");
        Set<String> conditionCodes = new HashSet<>(d.subjectConditions().stream().map(SubjectCondition::code).toList());
        for (EligibilityCriterion c : d.eligibility()) {
            String at = "eligibility[" + c.id() + "]";
            required(p, c.label(), at + ".label");
            required(p, c.source(), at + ".source (quote the registry sentence)");
            if (c.kind() == null) {
                p.add(at + ".kind is required (INCLUSION or EXCLUSION)");
            }
            if (c.type() == null) {
                p.add(at + ".type is required (CHECKLIST, NUMERIC, ULN_MULTIPLE or CREATININE_CLEARANCE)");
                continue;
            }
            if (!c.type().isComputable()) {
                if (c.operator() != null || c.threshold() != null || c.labTest() != null) {
                    p.add(at + ": a CHECKLIST criterion takes no operator, threshold or labTest");
                }
                continue;
            }
            if (c.operator() == null || c.threshold() == null) {
                p.add(at + ": a " + c.type() + " criterion needs operator and threshold");
            }
            if ((c.upperOperator() == null) != (c.upperThreshold() == null)) {
                p.add(at + ": upperOperator and upperThreshold go together");
            }
            required(p, c.unit(), at + ".unit");
            if (c.type() == CriterionType.ULN_MULTIPLE && c.unit() != null && !c.unit().equals("×ULN")) {
                p.add(at + ".unit of a ULN_MULTIPLE criterion must be '×ULN'");
            }
            if (c.type() == CriterionType.CREATININE_CLEARANCE && c.unit() != null && !c.unit().equals("mL/min")) {
                p.add(at + ".unit of a CREATININE_CLEARANCE criterion must be 'mL/min'");
            }
            if (c.labTest() != null) {
                Optional<LabTest> test = LabTest.byCode(c.labTest());
                if (test.isEmpty()) {
                    p.add(at + ".labTest '" + c.labTest() + "' is not a known LabTest code");
                } else if (c.type() == CriterionType.NUMERIC && !test.get().accepts(c.unit())) {
                    p.add(at + ".unit '" + c.unit() + "' is not a unit of " + test.get() + " " + test.get().units());
                }
            }
            for (AlternativeThreshold alt : c.alternatives()) {
                if (!conditionCodes.contains(alt.when())) {
                    p.add(at + ".alternatives: condition '" + alt.when() + "' is not declared in subjectConditions");
                }
                if (!alt.waived() && (alt.operator() == null || alt.threshold() == null)) {
                    p.add(at + ".alternatives[" + alt.when() + "] needs operator and threshold, or waived: true");
                }
            }
        }
    }

    private static void visits(List<String> p, StudyDefinition d) {
        duplicates(p, d.visits(), VisitDefinition::code, "visits");
        for (VisitDefinition v : d.visits()) {
            String at = "visits[" + v.code() + "]";
            required(p, v.name(), at + ".name");
            if (v.anchor() == null) {
                p.add(at + ".anchor is required");
            }
            boolean needsPhase = v.perCycle() || v.anchor() == AnchorType.PHASE_START || v.anchor() == AnchorType.PHASE_END;
            if (needsPhase && (v.phase() == null || d.arms().stream().noneMatch(a -> a.findPhase(v.phase()).isPresent()))) {
                p.add(at + ".phase '" + v.phase() + "' is not a phase of any arm");
            }
            if (v.perCycle() && d.arms().stream().flatMap(a -> a.findPhase(v.phase()).stream())
                    .anyMatch(ph -> !ph.isCycled())) {
                p.add(at + ": perCycle needs phase '" + v.phase() + "' to have cycles in every arm");
            }
            if (v.perCycle() && v.isRepeated()) {
                p.add(at + ": perCycle and repeatEveryDays cannot be combined");
            }
            if (v.isRepeated() && v.repeatEveryDays() <= 0) {
                p.add(at + ".repeatEveryDays must be greater than 0");
            }
            if (v.isRepeated() && v.repeatCount() == null && v.repeatUntilMonths() == null) {
                p.add(at + ": a repeated visit needs repeatCount or repeatUntilMonths");
            }
            if (v.windowBeforeDays() < 0 || v.windowAfterDays() < 0) {
                p.add(at + ": window days cannot be negative");
            }
        }
    }

    private static void response(List<String> p, StudyDefinition d) {
        ResponseAssessmentSettings r = d.responseAssessment();
        if (r == null) {
            p.add("responseAssessment is required");
            return;
        }
        if (r.confirmationRequired() && r.confirmationMinDays() == null) {
            p.add("responseAssessment.confirmationMinDays is required when confirmationRequired is true");
        }
        if (r.orrByLesionIrradiation() && r.lesionIrradiationCategories().isEmpty()) {
            p.add("responseAssessment.lesionIrradiationCategories are required when orrByLesionIrradiation is true");
        }
        FixedTimePoint f = r.fixedTimePoint();
        if (f != null && (f.anchor() == AnchorType.PHASE_START || f.anchor() == AnchorType.PHASE_END)
                && d.arms().stream().noneMatch(a -> a.findPhase(f.phase()).isPresent())) {
            p.add("responseAssessment.fixedTimePoint.phase '" + f.phase() + "' is not a phase of any arm");
        }
    }

    private static void dmc(List<String> p, StudyDefinition d) {
        if (d.dmc() == null) {
            return;
        }
        duplicates(p, d.dmc().stoppingRules(), StoppingRule::id, "dmc.stoppingRules");
        for (StoppingRule r : d.dmc().stoppingRules()) {
            required(p, r.metric(), "dmc.stoppingRules[" + r.id() + "].metric");
            if (r.operator() == null || r.threshold() == null) {
                p.add("dmc.stoppingRules[" + r.id() + "] needs operator and threshold");
            }
        }
        DmcSettings dmc = d.dmc();
        if (dmc.treatmentEmergentDays() != null && dmc.treatmentEmergentDays() < 0) {
            p.add("dmc.treatmentEmergentDays must be 0 or more");
        }
        if (dmc.mostFrequentTerms() != null && dmc.mostFrequentTerms() < 1) {
            p.add("dmc.mostFrequentTerms must be 1 or more");
        }
        if (dmc.landmarkYears().stream().anyMatch(y -> y == null || y < 1)) {
            p.add("dmc.landmarkYears must be whole years of 1 or more");
        }
        if (dmc.labShiftTests().stream().anyMatch(t -> t == null || !t.matches("[A-Z0-9_]+"))) {
            p.add("dmc.labShiftTests must be lab test codes (e.g. ANC, PLT)");
        }
    }

    private static void endpoints(List<String> p, StudyDefinition d) {
        duplicates(p, d.endpoints(), Endpoint::id, "endpoints");
        if (d.primaryEndpoints().isEmpty()) {
            p.add("endpoints: at least one PRIMARY endpoint is required");
        }
        for (Endpoint e : d.endpoints()) {
            String at = "endpoints[" + e.id() + "]";
            if (e.category() == null || e.type() == null) {
                p.add(at + ": category and type are required");
            }
            if (e.type() == EndpointType.TIME_TO_EVENT && (e.events().isEmpty() || e.origin() == null)) {
                p.add(at + ": a TIME_TO_EVENT endpoint needs origin and events");
            }
            if (e.type() == EndpointType.RESPONSE_RATE && e.responses().isEmpty()) {
                p.add(at + ": a RESPONSE_RATE endpoint needs responses");
            }
        }
    }

    private static <T> void duplicates(List<String> p, List<T> items, Function<T, String> id, String where) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String key = id.apply(item);
            if (key == null || key.isBlank()) {
                p.add(where + ": an entry has no id");
            } else if (!seen.add(key)) {
                p.add(where + ": duplicate id '" + key + "'");
            }
        }
    }

    private static void required(List<String> p, String value, String where) {
        if (value == null || value.isBlank()) {
            p.add(where + " is required");
        }
    }

    private static void positive(List<String> p, Integer value, String where) {
        if (value != null && value <= 0) {
            p.add(where + " must be greater than 0");
        }
    }

    private static void range(List<String> p, BigDecimal min, BigDecimal max, String where) {
        if (min != null && max != null && max.compareTo(min) < 0) {
            p.add(where + " is below its lower value");
        }
    }
}
