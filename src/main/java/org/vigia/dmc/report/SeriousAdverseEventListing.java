package org.vigia.dmc.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.vigia.dmc.DmcDataset.AdverseEvent;
import org.vigia.dmc.ReportCell;
import org.vigia.dmc.ReportCell.Count;
import org.vigia.dmc.ReportCell.Text;
import org.vigia.dmc.ReportTable;

/**
 * Pseudonymous listing of serious AEs (of all subjects), by arm, then in {@link #AE_ORDER}: SOC, term, grade,
 * onset day, relatedness and attribution per agent, immune-related, seriousness criteria and outcome.
 * <pre>{@code
 * ReportTable t = new SeriousAdverseEventListing().table(report);    // id "sae-listing"
 * }</pre>
 */
public final class SeriousAdverseEventListing implements ReportSection {

    /** Stable order of AEs: subject, onset day, SOC, term, grade, then the flags. */
    static final Comparator<AdverseEvent> AE_ORDER = Comparator.comparing(AdverseEvent::subjectNumber)
            .thenComparingInt(AdverseEvent::onsetStudyDay)
            .thenComparing(AdverseEvent::systemOrganClass)
            .thenComparing(AdverseEvent::term)
            .thenComparingInt(AdverseEvent::worstGrade)
            .thenComparing(AdverseEvent::serious)
            .thenComparing(AdverseEvent::treatmentRelated)
            .thenComparing(AdverseEvent::immuneRelated)
            .thenComparing(AdverseEvent::ledToDiscontinuation)
            .thenComparing(AdverseEvent::fatal)
            .thenComparing(a -> Objects.toString(a.seriousnessCriteria(), ""))
            .thenComparing(a -> Objects.toString(a.outcome(), ""));

    @Override
    public ReportTable table(ReportContext report) {
        ReportCells cells = report.cells();
        CodedValues coded = report.coded();
        Comparator<AdverseEvent> order = Comparator
                .comparingInt((AdverseEvent a) -> report.columns().armIndex(report.subject(a.subjectNumber())))
                .thenComparing(AE_ORDER);
        List<List<ReportCell>> rows = new ArrayList<>();
        report.data().adverseEvents().stream().filter(AdverseEvent::serious).sorted(order).forEach(a -> {
            List<ReportCell> row = SubjectCells.of(report, report.subject(a.subjectNumber()));
            row.add(new Text(a.systemOrganClass()));
            row.add(new Text(a.term()));
            row.add(Count.of(a.worstGrade()));
            row.add(Count.of(a.onsetStudyDay()));
            row.add(cells.yesNo(a.treatmentRelated()));
            row.add(cells.orEmpty(coded.attribution(a.attribution())));
            row.add(cells.yesNo(a.immuneRelated()));
            row.add(cells.orEmpty(coded.codedList("seriousness.", a.seriousnessCriteria())));
            row.add(cells.orEmpty(coded.coded("outcome.", a.outcome())));
            rows.add(row);
        });
        return cells.table("sae-listing", ReportTable.Kind.LISTING,
                cells.listingColumns("column.subject", "column.arm", "column.ageBand", "column.sex", "column.soc",
                        "column.term", "column.grade", "column.onsetDay", "column.related", "column.attribution",
                        "column.immune", "column.seriousness", "column.outcome"),
                rows, List.of(report.msg().get("footnote.pseudonymous"), report.msg().get("footnote.saeListing")));
    }
}
