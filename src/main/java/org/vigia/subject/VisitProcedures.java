package org.vigia.subject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which procedures of a visit's {@code procedures:} list Vigia can record, and which kind of record fulfils each.
 * A feature attaches a record under its record procedure (the first code of each line); the visit procedures it
 * fulfils follow:
 * <ul>
 *   <li>{@code LABS} (lab result): LABS, PRE_CYCLE_LABS, BLOOD_COUNT</li>
 *   <li>{@code DOSING} (administration, given or not): DOSING, WEIGHT and INFUSION_TIMES (both entered on the
 *       dosing form)</li>
 *   <li>{@code RADIOTHERAPY} (delivered fraction): RADIOTHERAPY, RT_CUMULATIVE_DOSE</li>
 *   <li>{@code SKIN_REACTION_CTCAE} (weekly radiotherapy skin and mucosa check): SKIN_REACTION_CTCAE,
 *       ORAL_MUCOSITIS_RTOG</li>
 *   <li>{@code TUMOUR_ASSESSMENT} (RECIST baseline or follow-up assessment): TUMOUR_ASSESSMENT</li>
 *   <li>{@code SURVIVAL_STATUS} (follow-up contact): SURVIVAL_STATUS; and ADVERSE_EVENTS at a visit where that is
 *       the only procedure Vigia records (the safety follow-up: the contact is the safety check)</li>
 * </ul>
 * A procedure that a defined form of the library records ({@link VisitFormProcedures}: QOL, VITALS, ECOG,
 * PREGNANCY_TEST, BIOSAMPLE, RT_PLANNING_CT, ULCER_CHECK, SUBSEQUENT_THERAPY, ...) is fulfilled by that form saved
 * complete at the visit: the form record is attached under the procedure itself.
 * <p>
 * ADVERSE_EVENTS elsewhere does not count: adverse events are a running log, not a visit record, so a visit is
 * complete when its other procedures are recorded. The screening items the eligibility and baseline forms hold do not
 * count either (ELIGIBILITY, DEMOGRAPHICS, MEDICAL_HISTORY, HBV_HCV, PDL1_CPS, HPV_STATUS, RT_STAGING_AJCC8,
 * LESION_IRRADIATION_PLAN; the screening column of the matrix follows the eligibility and baseline forms).
 */
public final class VisitProcedures {

    public static final String LABS = "LABS";
    public static final String DOSING = "DOSING";
    public static final String RADIOTHERAPY = "RADIOTHERAPY";
    public static final String RT_CHECK = "SKIN_REACTION_CTCAE";
    public static final String TUMOUR_ASSESSMENT = "TUMOUR_ASSESSMENT";
    public static final String SURVIVAL_STATUS = "SURVIVAL_STATUS";
    public static final String ADVERSE_EVENTS = "ADVERSE_EVENTS";

    /** The record procedures features attach under. */
    public static final Set<String> RECORD_PROCEDURES = Set.of(LABS, DOSING, RADIOTHERAPY, RT_CHECK, TUMOUR_ASSESSMENT,
            SURVIVAL_STATUS);

    private static final Map<String, String> FULFILLED_BY = Map.ofEntries(
            Map.entry("LABS", LABS), Map.entry("PRE_CYCLE_LABS", LABS), Map.entry("BLOOD_COUNT", LABS),
            Map.entry("DOSING", DOSING), Map.entry("WEIGHT", DOSING), Map.entry("INFUSION_TIMES", DOSING),
            Map.entry("RADIOTHERAPY", RADIOTHERAPY), Map.entry("RT_CUMULATIVE_DOSE", RADIOTHERAPY),
            Map.entry("SKIN_REACTION_CTCAE", RT_CHECK), Map.entry("ORAL_MUCOSITIS_RTOG", RT_CHECK),
            Map.entry("TUMOUR_ASSESSMENT", TUMOUR_ASSESSMENT), Map.entry("SURVIVAL_STATUS", SURVIVAL_STATUS));

    /**
     * The screening items the eligibility form and the baseline forms of the subject page hold (the baseline tumour form
     * holds the AJCC 8th stage, PD-L1 CPS and HPV/p16; the baseline lesions their irradiation plan): they have no
     * visit record of their own.
     */
    public static final Set<String> HELD_BY_SCREENING_FORMS = Set.of("ELIGIBILITY", "DEMOGRAPHICS", "MEDICAL_HISTORY",
            "PDL1_CPS", "HPV_STATUS", "RT_STAGING_AJCC8", "LESION_IRRADIATION_PLAN");

    private VisitProcedures() {
    }

    /** True when a built-in feature records the procedure (a lab, a dose, a fraction, a scan, a contact, the AE log). */
    public static boolean builtIn(String procedure) {
        return FULFILLED_BY.containsKey(procedure) || ADVERSE_EVENTS.equals(procedure);
    }

    /**
     * The procedures of a visit that Vigia records, each with the record procedure that fulfils it, in the
     * visit's order; empty when the visit has none (its status then rests on a typed date).
     */
    public static Map<String, String> required(List<String> procedures) {
        return required(procedures, Set.of());
    }

    /**
     * As {@link #required(List)}, with the procedures the defined forms record ({@link VisitFormProcedures}): each
     * is fulfilled by a form record attached under its own code.
     */
    public static Map<String, String> required(List<String> procedures, Set<String> formProcedures) {
        return REQUIRED.computeIfAbsent(new Key(List.copyOf(procedures), Set.copyOf(formProcedures)),
                VisitProcedures::requiredOf);
    }

    private record Key(List<String> procedures, Set<String> formProcedures) {
    }

    /** {@link #required} per procedure list: the definitions hold few lists, and a matrix page asks thousands of times. */
    private static final java.util.concurrent.ConcurrentMap<Key, Map<String, String>> REQUIRED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Map<String, String> requiredOf(Key key) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : key.procedures()) {
            String by = FULFILLED_BY.get(p);
            if (by != null) {
                out.put(p, by);
            } else if (key.formProcedures().contains(p) && !p.equals(ADVERSE_EVENTS)) {
                out.put(p, p);
            }
        }
        List<String> procedures = key.procedures();
        if (out.values().stream().noneMatch(RECORD_PROCEDURES::contains) && procedures.contains(ADVERSE_EVENTS)) {
            out.put(ADVERSE_EVENTS, SURVIVAL_STATUS);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * True when a record attached under {@code recordProcedure} fulfils a procedure of this visit: a built-in record
     * as above, or a form record under a procedure the visit lists.
     */
    public static boolean accepts(List<String> procedures, String recordProcedure) {
        return required(procedures).containsValue(recordProcedure)
                || !RECORD_PROCEDURES.contains(recordProcedure) && procedures.contains(recordProcedure);
    }
}
