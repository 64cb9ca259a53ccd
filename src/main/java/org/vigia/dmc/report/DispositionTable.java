package org.vigia.dmc.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.vigia.dmc.DmcDataset.Subject;
import org.vigia.dmc.ReportCell;
import org.vigia.dmc.ReportCell.Label;
import org.vigia.dmc.ReportTable;

/**
 * Enrolment and disposition: screened, screen failures (of screened), enrolled, treated, on treatment,
 * discontinued by reason, in follow-up, left the study by reason and deaths (of enrolled).
 * <pre>{@code
 * ReportTable t = new DispositionTable().table(report);    // id "disposition"
 * }</pre>
 */
public final class DispositionTable implements ReportSection {

    @Override
    public ReportTable table(ReportContext report) {
        ReportCells cells = report.cells();
        CodedValues coded = report.coded();
        List<List<ReportCell>> rows = new ArrayList<>();
        Predicate<Subject> all = s -> true;
        rows.add(report.countRow(cells.label("disposition.screened", 0), all, null));
        rows.add(report.countRow(cells.label("disposition.screenFailures", 0), Subject::screenFailure, all));
        Predicate<Subject> enrolled = Subject::enrolled;
        rows.add(report.countRow(cells.label("disposition.enrolled", 0), enrolled, null));
        rows.add(report.countRow(cells.label("disposition.treated", 0), Subject::treated, enrolled));
        rows.add(report.countRow(cells.label("disposition.onTreatment", 0),
                s -> s.treated() && s.treatmentEndDate() == null && !s.dead(), enrolled));
        Predicate<Subject> discontinued = s -> s.treated() && s.treatmentEndDate() != null;
        rows.add(report.countRow(cells.label("disposition.discontinued", 0), discontinued, enrolled));
        for (String reason : coded.reasons(report.subjects().stream().filter(discontinued)
                .map(Subject::treatmentDiscontinuationReason).toList())) {
            rows.add(report.countRow(new Label(reason, 1, false), s -> discontinued.test(s)
                    && reason.equals(coded.reasonOf(s.treatmentDiscontinuationReason())), enrolled));
        }
        rows.add(report.countRow(cells.label("disposition.inFollowUp", 0), s -> s.treated()
                && s.treatmentEndDate() != null && !s.dead() && s.studyExitDate() == null, enrolled));
        Predicate<Subject> leftStudy = s -> s.enrolled() && s.studyExitDate() != null && !s.dead();
        rows.add(report.countRow(cells.label("disposition.leftStudy", 0), leftStudy, enrolled));
        for (String reason : coded.reasons(report.subjects().stream().filter(leftStudy)
                .map(Subject::studyExitReason).toList())) {
            rows.add(report.countRow(new Label(reason, 1, false),
                    s -> leftStudy.test(s) && reason.equals(coded.reasonOf(s.studyExitReason())), enrolled));
        }
        rows.add(report.countRow(cells.label("disposition.deaths", 0), s -> s.enrolled() && s.dead(), enrolled));
        return cells.table("disposition", ReportTable.Kind.SUMMARY, cells.summaryColumns("column.category"), rows,
                List.of(report.msg().get("footnote.disposition")));
    }
}
