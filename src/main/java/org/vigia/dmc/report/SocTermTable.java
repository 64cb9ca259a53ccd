package org.vigia.dmc.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigia.dmc.DmcDataset.AdverseEvent;
import org.vigia.dmc.DmcMessages;
import org.vigia.dmc.ReportCell;
import org.vigia.dmc.ReportCell.Label;
import org.vigia.dmc.ReportTable;
import org.vigia.dmc.ReportTable.Column;

/**
 * AEs by system organ class and term, any grade and grades 1–5 at each subject's worst grade, per column; SOCs
 * and terms by descending total incidence, then alphabetically.
 * <pre>{@code
 * ReportTable t = new SocTermTable().table(report);    // id "ae-soc-term"
 * }</pre>
 */
public final class SocTermTable implements ReportSection {

    @Override
    public ReportTable table(ReportContext report) {
        DmcMessages msg = report.msg();
        ReportCells cells = report.cells();
        SafetyEvents safety = report.safety();
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(msg.get("column.socTerm"), ""));
        List<String> gradeHeaders = new ArrayList<>();
        gradeHeaders.add(msg.get("column.anyGrade"));
        for (int grade = 1; grade <= 5; grade++) {
            gradeHeaders.add(msg.get("grade.n", Integer.toString(grade)));
        }
        for (int g = 0; g < report.columns().size(); g++) {
            String group = report.columns().label(g);
            gradeHeaders.forEach(h -> columns.add(new Column(h, group)));
        }
        Map<String, int[]> bySoc = safety.worstGradesBy(AdverseEvent::systemOrganClass, a -> true);
        Map<String, Map<String, int[]>> bySocAndTerm = safety.worstGradesBySocAndTerm();
        List<List<ReportCell>> rows = new ArrayList<>();
        rows.add(safety.gradeRow(cells.heading(msg.get("ae.anySubjects")), safety.worstOfAll()));
        for (String soc : SafetyEvents.byDescendingIncidence(bySoc)) {
            rows.add(safety.gradeRow(cells.heading(soc), bySoc.get(soc)));
            Map<String, int[]> terms = bySocAndTerm.get(soc);
            for (String term : SafetyEvents.byDescendingIncidence(terms)) {
                rows.add(safety.gradeRow(new Label(term, 1, false), terms.get(term)));
            }
        }
        return cells.table("ae-soc-term", ReportTable.Kind.SUMMARY, columns, rows,
                List.of(msg.get("footnote.safetyPopulation"), msg.get("footnote.socTerm")));
    }
}
