package org.vigia.audit;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names under which a record type appears in the audit trail. A new row names its record by the simple name of
 * its entity class ({@code TreatmentAdministration}, {@code ProposedAdverseEvent}, ...); rows written before that
 * used other names, and the table is append-only (its triggers refuse UPDATE), so a search by either name finds the
 * rows under both. Rows that name no record ({@code Access}, {@code Request}: refusals before a record is known)
 * keep their names.
 * <pre>{@code
 * AuditEntityNames.matching("TreatmentAdministration")   // [TreatmentAdministration, DoseAdministration]
 * AuditEntityNames.matching("DoseAdministration")        // the same
 * AuditEntityNames.prefixes("BaselineForm")              // [BaselineForm.] (old rows: BaselineForm.ECOG, ...)
 * }</pre>
 */
public final class AuditEntityNames {

    /** The name written before (key) and the entity's class name written now (value). */
    static final Map<String, String> FORMER = Map.of(
            "DoseAdministration", "TreatmentAdministration",
            "ProtocolDeviation", "DeviationLogEntry",
            "RadiotherapyFraction", "DeliveredFraction",
            "RtSkinMucosaCheck", "RadiotherapySkinMucosaCheck",
            "AeProposal", "ProposedAdverseEvent",
            "DmcReport", "GeneratedDmcReport",
            "SaeReport", "AdverseEvent");

    /** Former names made of the class name, a dot and a form type ({@code BaselineForm.ECOG}). */
    private static final Set<String> FORMER_DOTTED = Set.of("BaselineForm");

    private AuditEntityNames() {
    }

    /** The entity class name that {@code name} (current or former) stands for. */
    public static String current(String name) {
        String dotted = name.contains(".") ? name.substring(0, name.indexOf('.')) : null;
        if (dotted != null && FORMER_DOTTED.contains(dotted)) {
            return dotted;
        }
        return FORMER.getOrDefault(name, name);
    }

    /** Every exact name a search for {@code name} matches: the current name and its former names. */
    public static Set<String> matching(String name) {
        String current = current(name);
        Set<String> names = new LinkedHashSet<>();
        names.add(current);
        if (!current.equals(name) && !name.contains(".")) {
            names.add(name);
        }
        FORMER.forEach((former, now) -> {
            if (now.equals(current)) {
                names.add(former);
            }
        });
        if (name.contains(".")) {
            names.add(name);
        }
        return names;
    }

    /** Prefixes of former names a search for {@code name} also matches ({@code BaselineForm.}), maybe none. */
    public static Set<String> prefixes(String name) {
        return !name.contains(".") && FORMER_DOTTED.contains(current(name)) ? Set.of(current(name) + ".") : Set.of();
    }
}
