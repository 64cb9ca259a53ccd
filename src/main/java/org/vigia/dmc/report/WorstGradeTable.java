package org.vigia.dmc.report;

import java.util.ArrayList;
import java.util.List;
import org.vigia.dmc.DmcMessages;
import org.vigia.dmc.ReportCell;
import org.vigia.dmc.ReportCell.Label;
import org.vigia.dmc.ReportTable;

/**
 * Treated subjects by the worst CTCAE grade of any AE (grades 1–5, then none).
 * <pre>{@code
 * ReportTable t = new WorstGradeTable().table(report);    // id "ae-worst-grade"
 * }</pre>
 */
public final class WorstGradeTable implements ReportSection {

    @Override
    public ReportTable table(ReportContext report) {
        DmcMessages msg = report.msg();
        ReportCells cells = report.cells();
        int[] worstOfAll = report.safety().worstOfAll();
        List<List<ReportCell>> rows = new ArrayList<>();
        for (int grade = 1; grade <= 5; grade++) {
            int g = grade;
            rows.add(report.countRowAt(new Label(msg.get("grade.n", Integer.toString(grade)), 0, false),
                    i -> worstOfAll[i] == g, report::treated));
        }
        rows.add(report.countRowAt(cells.label("ae.none", 0), i -> worstOfAll[i] == 0, report::treated));
        return cells.table("ae-worst-grade", ReportTable.Kind.SUMMARY, cells.summaryColumns("column.worstGrade"), rows,
                List.of(msg.get("footnote.safetyPopulation"), msg.get("footnote.worstGrade")));
    }
}
