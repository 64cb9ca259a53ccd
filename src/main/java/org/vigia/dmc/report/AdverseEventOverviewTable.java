package org.vigia.dmc.report;

import java.util.ArrayList;
import java.util.List;
import org.vigia.dmc.DmcDataset.AdverseEvent;
import org.vigia.dmc.ReportCell;
import org.vigia.dmc.ReportTable;

/**
 * AE overview of the safety population: subjects with any AE, grade ≥3, serious, treatment-related (and grade ≥3),
 * immune-related, leading to discontinuation, and fatal.
 * <pre>{@code
 * ReportTable t = new AdverseEventOverviewTable().table(report);    // id "ae-overview"
 * }</pre>
 */
public final class AdverseEventOverviewTable implements ReportSection {

    @Override
    public ReportTable table(ReportContext report) {
        ReportCells cells = report.cells();
        SafetyEvents safety = report.safety();
        List<List<ReportCell>> rows = new ArrayList<>();
        rows.add(safety.aeRow(cells.label("ae.any", 0), safety.worstOfAll()));
        rows.add(safety.aeRow(cells.label("ae.grade3", 0), safety.worstGrades(a -> a.worstGrade() >= 3)));
        rows.add(safety.aeRow(cells.label("ae.serious", 0), safety.worstGrades(AdverseEvent::serious)));
        rows.add(safety.aeRow(cells.label("ae.related", 0), safety.worstGrades(AdverseEvent::treatmentRelated)));
        rows.add(safety.aeRow(cells.label("ae.relatedGrade3", 0),
                safety.worstGrades(a -> a.treatmentRelated() && a.worstGrade() >= 3)));
        rows.add(safety.aeRow(cells.label("ae.immune", 0), safety.worstGrades(AdverseEvent::immuneRelated)));
        rows.add(safety.aeRow(cells.label("ae.discontinuation", 0),
                safety.worstGrades(AdverseEvent::ledToDiscontinuation)));
        rows.add(safety.aeRow(cells.label("ae.fatal", 0), safety.worstGrades(AdverseEvent::fatalOutcome)));
        return cells.table("ae-overview", ReportTable.Kind.SUMMARY, cells.summaryColumns("column.category"), rows,
                List.of(report.msg().get("footnote.safetyPopulation")));
    }
}
