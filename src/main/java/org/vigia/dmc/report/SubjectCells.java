package org.vigia.dmc.report;

import java.util.ArrayList;
import java.util.List;
import org.vigia.dmc.DmcDataset.Subject;
import org.vigia.dmc.ReportCell;
import org.vigia.dmc.ReportCell.Text;

/**
 * The first cells of every pseudonymous listing row: subject number, arm, age band and sex.
 * <pre>{@code
 * List<ReportCell> row = SubjectCells.of(report, subject);
 * }</pre>
 */
final class SubjectCells {

    private SubjectCells() {
    }

    static List<ReportCell> of(ReportContext report, Subject s) {
        List<ReportCell> cells = new ArrayList<>();
        cells.add(new Text(s.subjectNumber()));
        cells.add(new Text(report.columns().armLabel(s)));
        cells.add(new Text(s.ageBand() == null ? "" : s.ageBand()));
        cells.add(new Text(report.msg().get("sex." + s.sex().name())));
        return cells;
    }
}
