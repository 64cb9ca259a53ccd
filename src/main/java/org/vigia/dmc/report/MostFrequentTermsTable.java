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
 * The most frequent AE terms (the number from the settings, ties at the last place kept), any grade and grade ≥3
 * per column.
 * <pre>{@code
 * ReportTable t = new MostFrequentTermsTable().table(report);    // id "ae-most-frequent"
 * }</pre>
 */
public final class MostFrequentTermsTable implements ReportSection {

    @Override
    public ReportTable table(ReportContext report) {
        DmcMessages msg = report.msg();
        ReportCells cells = report.cells();
        SafetyEvents safety = report.safety();
        Map<String, int[]> byTerm = safety.worstGradesBy(AdverseEvent::term, a -> true);
        List<String> kept = kept(byTerm, report.mostFrequentTerms());
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(msg.get("column.term"), ""));
        for (int g = 0; g < report.columns().size(); g++) {
            columns.add(new Column(msg.get("column.anyGrade"), report.columns().label(g)));
            columns.add(new Column(msg.get("column.grade3"), report.columns().label(g)));
        }
        List<List<ReportCell>> rows = new ArrayList<>();
        for (String term : kept) {
            int[] worst = byTerm.get(term);
            // a subject's worst grade of the term is >= 3 exactly when one of its events of the term is
            List<ReportCell> any = safety.aeRow(new Label(term, 0, false), worst);
            List<ReportCell> severe = report.countRowAt(new Label(term, 0, false), i -> worst[i] >= 3,
                    report::treated);
            List<ReportCell> row = new ArrayList<>();
            row.add(any.get(0));
            for (int i = 1; i < any.size(); i++) {
                row.add(any.get(i));
                row.add(severe.get(i));
            }
            rows.add(row);
        }
        return cells.table("ae-most-frequent", ReportTable.Kind.SUMMARY, columns, rows,
                List.of(msg.get("footnote.safetyPopulation"),
                        msg.get("footnote.mostFrequent", Integer.toString(report.mostFrequentTerms()))));
    }

    /** The first {@code limit} terms by incidence, and those tied with the last of them. */
    private static List<String> kept(Map<String, int[]> byTerm, int limit) {
        List<String> kept = new ArrayList<>();
        int lastKept = 0;
        for (String term : SafetyEvents.byDescendingIncidence(byTerm)) {
            int incidence = SafetyEvents.subjectsWithEvent(byTerm.get(term));
            if (kept.size() < limit || incidence == lastKept) {
                kept.add(term);
                lastKept = incidence;
            } else {
                break;
            }
        }
        return kept;
    }
}
