package org.vigia.dmc.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vigia.dmc.DmcDataset.LabShift;
import org.vigia.dmc.DmcMessages;
import org.vigia.dmc.ReportCell;
import org.vigia.dmc.ReportCell.Count;
import org.vigia.dmc.ReportCell.Label;
import org.vigia.dmc.ReportTable;
import org.vigia.dmc.ReportTable.Column;
import org.vigia.terminology.LabTest;

/**
 * Lab shift tables of the treated subjects: per test, baseline CTCAE grade (rows, "missing" when any subject has
 * none) against the worst grade on treatment (columns 0–4 and missing), per column.
 * <pre>{@code
 * ReportTable t = new LabShiftTable().table(report);    // id "lab-shift"
 * }</pre>
 */
public final class LabShiftTable implements ReportSection {

    /** Index of "missing" among grades 0–4. */
    private static final int MISSING = 5;

    @Override
    public ReportTable table(ReportContext report) {
        DmcMessages msg = report.msg();
        ReportCells cells = report.cells();
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(msg.get("column.testBaseline"), ""));
        List<String> worstHeaders = new ArrayList<>();
        for (int grade = 0; grade <= 4; grade++) {
            worstHeaders.add(msg.get("grade.n", Integer.toString(grade)));
        }
        worstHeaders.add(msg.get("value.missing"));
        for (int g = 0; g < report.columns().size(); g++) {
            String group = report.columns().label(g);
            worstHeaders.forEach(h -> columns.add(new Column(h, group)));
        }
        List<List<ReportCell>> rows = new ArrayList<>();
        Map<LabTest, List<LabShift>> byTest = new EnumMap<>(LabTest.class);
        report.data().labShifts().stream().filter(l -> report.treated(report.index(l.subjectNumber())))
                .forEach(l -> byTest.computeIfAbsent(l.test(), t -> new ArrayList<>()).add(l));
        for (var entry : byTest.entrySet()) {
            List<ReportCell> head = new ArrayList<>();
            head.add(cells.heading(msg.getOrDefault("lab." + entry.getKey().name(), entry.getKey().displayName())));
            while (head.size() < columns.size()) {
                head.add(new ReportCell.Empty());
            }
            rows.add(head);
            rows.addAll(shiftRows(report, entry.getValue()));
        }
        return cells.table("lab-shift", ReportTable.Kind.SUMMARY, columns, rows, List.of(msg.get("footnote.labShift")));
    }

    /** The rows of one test: a row per baseline grade, the worst grades of each column side by side. */
    private static List<List<ReportCell>> shiftRows(ReportContext report, List<LabShift> shiftsOfTest) {
        DmcMessages msg = report.msg();
        int columns = report.columns().size();
        // [column][baseline grade 0-4, 5 = missing][worst grade 0-4, 5 = missing]; lab grades are 0-4
        int[][][] shifts = new int[columns][6][6];
        boolean anyMissingBaseline = false;
        for (LabShift l : shiftsOfTest) {
            int i = report.index(l.subjectNumber());
            int baseline = l.baselineGrade() == null ? MISSING : l.baselineGrade();
            int worst = l.worstOnTreatmentGrade() == null ? MISSING : l.worstOnTreatmentGrade();
            anyMissingBaseline |= l.baselineGrade() == null;
            for (int g = 0; g < columns; g++) {
                if (report.member(g, i)) {
                    shifts[g][baseline][worst]++;
                }
            }
        }
        List<List<ReportCell>> rows = new ArrayList<>();
        for (int baseline = 0; baseline <= (anyMissingBaseline ? MISSING : 4); baseline++) {
            List<ReportCell> row = new ArrayList<>();
            row.add(new Label(baseline == MISSING ? msg.get("lab.baselineMissing")
                    : msg.get("lab.baseline", Integer.toString(baseline)), 1, false));
            for (int g = 0; g < columns; g++) {
                for (int worst = 0; worst <= MISSING; worst++) {
                    row.add(Count.of(shifts[g][baseline][worst]));
                }
            }
            rows.add(row);
        }
        return rows;
    }
}
