package org.vigia.study.definition;

import java.math.BigDecimal;
import java.util.List;

/**
 * The protocol values Vigia held in code before schema 2 of the study definition, applied only to a definition of
 * {@code schemaVersion: 1}: such a version may be stored in a database from before, and the data entered under it
 * keep behaving as they were entered. A definition of schema 2 or later must state every one of these values
 * itself ({@link StudyDefinitionValidator} refuses it otherwise). Nothing else reads these constants.
 * <pre>{@code
 * StudyDefinition old = StudyDefinitionReader.read(storedVersionOne);   // schemaVersion 1, no tumourClassification
 * old.tumourClassification() == SchemaOneDefaults.TUMOUR_CLASSIFICATION; // true
 * }</pre>
 */
public final class SchemaOneDefaults {

    private static final String NOTE = "Schema 1 definition: the value Vigia held in code before schema 2";

    /** Head-and-neck sites, AJCC 8th edition T/N/M and stages; HPV/p16 for oropharynx, EBV DNA and rTNM for nasopharynx. */
    public static final TumourClassification TUMOUR_CLASSIFICATION = new TumourClassification(
            List.of("NASOPHARYNX", "OROPHARYNX", "ORAL_CAVITY", "HYPOPHARYNX", "LARYNX", "OTHER"),
            List.of("TX", "T0", "Tis", "T1", "T2", "T3", "T4", "T4a", "T4b"),
            List.of("NX", "N0", "N1", "N2", "N2a", "N2b", "N2c", "N3", "N3a", "N3b"),
            List.of("M0", "M1"),
            List.of("0", "I", "II", "III", "IVA", "IVB", "IVC"),
            List.of("POSITIVE", "NEGATIVE", "NOT_DONE"),
            List.of("OROPHARYNX"), List.of("NASOPHARYNX"), List.of("NASOPHARYNX"), null, true, NOTE);

    /** Weekly oral mucositis and radiation dermatitis, weeks 1-10, grades 0-4 (every study had the check). */
    public static final RadiotherapyCheckSettings RADIOTHERAPY_CHECK = new RadiotherapyCheckSettings("Mucositis oral",
            "Dermatitis radiation", 10, 4, false, null, null, null, true, NOTE);

    /** ±5 % dose tolerance; BSA recomputed from a 10 % weight change. */
    public static final DosingSettings DOSING = new DosingSettings(new BigDecimal("5"), new BigDecimal("10"), null,
            true, NOTE);

    /** Initial SAE report within 24 hours of awareness. */
    public static final SafetyReportingSettings SAFETY_REPORTING = new SafetyReportingSettings(24, null, null, true, NOTE);

    /** Treatment-emergent window after the last study treatment, days. */
    public static final int TREATMENT_EMERGENT_DAYS = 30;
    /** Number of most frequent AE terms. */
    public static final int MOST_FREQUENT_TERMS = 10;
    /** Landmark years when neither the DMC settings nor the endpoints give any. */
    public static final List<Integer> LANDMARK_YEARS = List.of(1, 2);
    /** Shift-table tests: haematology, liver and renal function. */
    public static final List<String> LAB_SHIFT_TESTS = List.of("ANC", "PLT", "WBC", "LYM", "HGB", "ALT", "AST", "ALP",
            "GGT", "BILI", "ALB", "CREAT");
    /** Adverse-event statuses that are not (or no longer) adverse events. */
    public static final List<String> EXCLUDED_AE_STATUSES = List.of("PROPOSED", "DISMISSED", "DELETED",
            "ENTERED_IN_ERROR");

    private SchemaOneDefaults() {
    }

    /**
     * The DMC settings of a schema 1 definition with every value the DMC report reads: what the file gives, else
     * the defaults above (landmark years: the endpoints' {@code landmarkMonths} in whole years first). Without a
     * {@code dmc} section the report had safety summaries by arm.
     */
    static DmcSettings dmc(DmcSettings given, List<Endpoint> endpoints) {
        DmcSettings d = given != null ? given : new DmcSettings(false, null, true, List.of(), null, List.of(), null,
                List.of(), List.of(), null, true, NOTE);
        List<Integer> years = d.landmarkYears();
        if (years.isEmpty()) {
            years = endpoints.stream().map(Endpoint::landmarkMonths).filter(m -> m != null && m >= 12)
                    .map(m -> m / 12).distinct().sorted().toList();
        }
        return new DmcSettings(d.required(), d.meetingFrequencyMonths(),
                d.safetySummariesByArm() == null || d.safetySummariesByArm(), d.stoppingRules(),
                d.treatmentEmergentDays() != null ? d.treatmentEmergentDays() : TREATMENT_EMERGENT_DAYS,
                years.isEmpty() ? LANDMARK_YEARS : years,
                d.mostFrequentTerms() != null ? d.mostFrequentTerms() : MOST_FREQUENT_TERMS,
                d.labShiftTests().isEmpty() ? LAB_SHIFT_TESTS : d.labShiftTests(),
                d.excludedAeStatuses().isEmpty() ? EXCLUDED_AE_STATUSES : d.excludedAeStatuses(),
                d.source(), d.assumption(), d.note());
    }
}
