package org.vigia.dmc.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.vigia.dmc.DmcDataset;
import org.vigia.dmc.DmcDataset.Subject;
import org.vigia.dmc.DmcMessages;

/**
 * The columns of the summary tables: one per arm (when the study's DMC settings split the summaries by arm) and
 * the Total, in the dataset's arm order; and each subject's arm label and position for the listings.
 * <pre>{@code
 * ReportColumns columns = new ReportColumns(dataset, msg);
 * String header = columns.label(0);           // "Arm A", ..., "Total"
 * }</pre>
 */
public final class ReportColumns {

    /** A column: an arm or the total, with the subjects it counts. */
    record Group(String label, Predicate<Subject> member) {
    }

    private final List<Group> groups = new ArrayList<>();
    private final Map<String, Integer> armIndexByCode = new HashMap<>();
    private final Map<String, String> armLabelByCode = new HashMap<>();

    public ReportColumns(DmcDataset data, DmcMessages msg) {
        for (int a = 0; a < data.arms().size(); a++) {
            DmcDataset.Arm arm = data.arms().get(a);
            armIndexByCode.putIfAbsent(arm.code(), a);
            armLabelByCode.putIfAbsent(arm.code(), arm.label());
            if (data.settings().summariesByArm()) {
                groups.add(new Group(arm.label(), s -> arm.code().equals(s.armCode())));
            }
        }
        groups.add(new Group(msg.get("column.total"), s -> true));
    }

    /** The number of columns, the Total included. */
    public int size() {
        return groups.size();
    }

    /** The header of column {@code g}. */
    public String label(int g) {
        return groups.get(g).label();
    }

    /** Whether column {@code g} counts {@code s}. */
    boolean counts(int g, Subject s) {
        return groups.get(g).member().test(s);
    }

    /** Charts show one series per arm, or the total alone when the summaries are not split by arm. */
    public int chartGroups() {
        return groups.size() == 1 ? 1 : groups.size() - 1;
    }

    /** The label of the subject's arm, "" without one. */
    public String armLabel(Subject s) {
        return s.armCode() == null ? "" : armLabelByCode.getOrDefault(s.armCode(), "");
    }

    /** The position of the subject's arm in the dataset (listings sort by it); unassigned subjects last. */
    public int armIndex(Subject s) {
        return s.armCode() == null ? Integer.MAX_VALUE : armIndexByCode.getOrDefault(s.armCode(), Integer.MAX_VALUE);
    }
}
