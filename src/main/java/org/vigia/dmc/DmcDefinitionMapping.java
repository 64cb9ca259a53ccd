package org.vigia.dmc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigia.study.definition.ComparisonOperator;
import org.vigia.study.definition.EndpointType;
import org.vigia.study.definition.StudyDefinition;

/**
 * Turns a study definition and subject facts into the parts of a {@link DmcDataset} that follow from rules,
 * not from the database: arms and their column labels, the stopping rules (definition {@code dmc.stoppingRules};
 * NCT07041788 "treatment-related mortality ≥2%" → threshold 0.02), the time-to-event endpoint definitions
 * (definition {@code endpoints}), pseudonymous age bands and study days.
 *
 * <pre>{@code
 * List<DmcDataset.StoppingRule> rules = DmcDefinitionMapping.stoppingRules(definition);
 * }</pre>
 */
public final class DmcDefinitionMapping {

    /** Arm names longer than this are shown by their id in column headers (the full name is a cover note). */
    public static final int MAX_ARM_LABEL = 40;
    /** Ages at or above this fall in one open band, so the oldest subjects are not singled out. */
    public static final int OPEN_AGE_BAND = 80;

    private DmcDefinitionMapping() {
    }

    /** The arms in definition order; the label is the arm's name, or its id when the name is too long. */
    public static List<DmcDataset.Arm> arms(StudyDefinition definition) {
        return definition.arms().stream().map(a -> new DmcDataset.Arm(a.id(), label(a.id(), a.name()))).toList();
    }

    /** True when the arm is shown by its id (its name needs a note). */
    public static boolean labelledById(String id, String name) {
        return label(id, name).equals(id) && !id.equals(name);
    }

    private static String label(String id, String name) {
        return name == null || name.isBlank() || name.length() > MAX_ARM_LABEL ? id : name;
    }

    /**
     * The stopping rules the report evaluates. A rule is mapped when its metric is
     * {@code TREATMENT_RELATED_MORTALITY}, its operator ≥ and its unit "%" (threshold / 100) or a proportion;
     * its text is the protocol's wording ({@code source}), else its description.
     */
    public static List<DmcDataset.StoppingRule> stoppingRules(StudyDefinition definition) {
        List<DmcDataset.StoppingRule> rules = new ArrayList<>();
        if (definition.dmc() == null) {
            return rules;
        }
        for (var rule : definition.dmc().stoppingRules()) {
            toDataset(rule).ifPresent(rules::add);
        }
        return rules;
    }

    /** The rules of the definition the report cannot evaluate (another metric or operator), by id. */
    public static List<org.vigia.study.definition.StoppingRule> unsupportedStoppingRules(StudyDefinition definition) {
        if (definition.dmc() == null) {
            return List.of();
        }
        return definition.dmc().stoppingRules().stream().filter(r -> toDataset(r).isEmpty()).toList();
    }

    private static Optional<DmcDataset.StoppingRule> toDataset(org.vigia.study.definition.StoppingRule rule) {
        if (!DmcDataset.StoppingRuleType.TREATMENT_RELATED_MORTALITY.name().equals(rule.metric())
                || rule.operator() != ComparisonOperator.GE || rule.threshold() == null) {
            return Optional.empty();
        }
        BigDecimal threshold = "%".equals(rule.unit()) ? rule.threshold().movePointLeft(2) : rule.threshold();
        if (threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
            return Optional.empty();
        }
        String text = rule.source() != null && !rule.source().isBlank() ? rule.source() : rule.description();
        return Optional.of(new DmcDataset.StoppingRule(DmcDataset.StoppingRuleType.TREATMENT_RELATED_MORTALITY,
                threshold, text));
    }

    /**
     * The OS, PFS and EFS endpoints of the definition (time-to-event endpoints whose id is one of them):
     * the registry's name and definition, then the origin and the events that end it. The censoring rule is
     * left to the report (its standard rule per endpoint, in the report's language) since study definitions
     * do not state one.
     */
    public static List<DmcDataset.EndpointDefinition> endpointDefinitions(StudyDefinition definition) {
        List<DmcDataset.EndpointDefinition> result = new ArrayList<>();
        for (var e : definition.endpoints()) {
            if (e.type() != EndpointType.TIME_TO_EVENT) {
                continue;
            }
            for (DmcDataset.Endpoint endpoint : DmcDataset.Endpoint.values()) {
                if (endpoint.name().equalsIgnoreCase(e.id())) {
                    StringBuilder text = new StringBuilder();
                    if (e.name() != null) {
                        text.append(e.name()).append(" \u2014 ");
                    }
                    text.append(e.definition() == null ? "" : e.definition().strip());
                    if (e.origin() != null || !e.events().isEmpty()) {
                        text.append(" [origin: ").append(e.origin() == null ? "?" : e.origin())
                                .append("; events: ").append(String.join(", ", e.events())).append(']');
                    }
                    result.add(new DmcDataset.EndpointDefinition(endpoint, text.toString(), null));
                }
            }
        }
        return result;
    }

    /**
     * Age band of ten years ("50-59") for an age in whole years; "18-19" below 20 and "≥80" from
     * {@value #OPEN_AGE_BAND}. Vigia holds the year of birth only; the age is the earliest possible on the
     * reference date ({@code year - birthYear - 1}, as {@code Subject.ageOn}).
     */
    public static String ageBand(int birthYear, LocalDate on) {
        int age = on.getYear() - birthYear - 1;
        if (age >= OPEN_AGE_BAND) {
            return "\u2265" + OPEN_AGE_BAND;
        }
        if (age < 20) {
            return age < 18 ? "<18" : "18-19";
        }
        int low = age / 10 * 10;
        return low + "-" + (low + 9);
    }

    /** Study day of {@code date} counted from {@code day1} (day 1 = start; the day before is -1; no day 0). */
    public static int studyDay(LocalDate day1, LocalDate date) {
        long d = ChronoUnit.DAYS.between(day1, date);
        return Math.toIntExact(d >= 0 ? d + 1 : d);
    }
}
