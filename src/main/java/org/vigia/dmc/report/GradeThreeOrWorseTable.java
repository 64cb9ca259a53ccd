package org.vigia.dmc.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigia.dmc.DmcDataset.AdverseEvent;
import org.vigia.dmc.DmcMessages;
import org.vigia.dmc.ReportCell;
import org.vigia.dmc.ReportCell.Label;
import org.vigia.dmc.ReportTable;

/**
 * Subjects with grade ≥3 AEs, in total and by term (descending incidence, then alphabetically).
 * <pre>{@code
 * ReportTable t = new GradeThreeOrWorseTable().table(report);    // id "ae-grade3-term"
 * }</pre>
 */
public final class GradeThreeOrWorseTable implements ReportSection {

    @Override
    public ReportTable table(ReportContext report) {
        DmcMessages msg = report.msg();
        ReportCells cells = report.cells();
        SafetyEvents safety = report.safety();
        Map<String, int[]> byTerm = safety.worstGradesBy(AdverseEvent::term, a -> a.worstGrade() >= 3);
        List<List<ReportCell>> rows = new ArrayList<>();
        rows.add(safety.aeRow(cells.heading(msg.get("ae.grade3Subjects")), safety.worstGrades(a -> a.worstGrade() >= 3)));
        for (String term : SafetyEvents.byDescendingIncidence(byTerm)) {
            rows.add(safety.aeRow(new Label(term, 1, false), byTerm.get(term)));
        }
        return cells.table("ae-grade3-term", ReportTable.Kind.SUMMARY, cells.summaryColumns("column.term"), rows,
                List.of(msg.get("footnote.safetyPopulation"), msg.get("footnote.grade3")));
    }
}
