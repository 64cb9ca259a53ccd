package org.vigia.dmc.report;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vigia.dmc.DmcDataset.Subject;
import org.vigia.dmc.DmcDefinitionMapping;
import org.vigia.dmc.ReportCell;
import org.vigia.dmc.ReportCell.Count;
import org.vigia.dmc.ReportTable;

/**
 * Pseudonymous listing of deaths, by arm and subject: study day of death, days from enrolment and since the last
 * dose, cause and relatedness to treatment.
 * <pre>{@code
 * ReportTable t = new DeathListing().table(report);    // id "death-listing"
 * }</pre>
 */
public final class DeathListing implements ReportSection {

    @Override
    public ReportTable table(ReportContext report) {
        ReportCells cells = report.cells();
        List<List<ReportCell>> rows = new ArrayList<>();
        report.subjects().stream().filter(Subject::dead)
                .sorted(Comparator.comparingInt((Subject s) -> report.columns().armIndex(s))
                        .thenComparing(Subject::subjectNumber))
                .forEach(s -> {
                    List<ReportCell> row = SubjectCells.of(report, s);
                    row.add(s.firstDoseDate() == null ? new ReportCell.Empty()
                            : Count.of(DmcDefinitionMapping.studyDay(s.firstDoseDate(), s.deathDate())));
                    row.add(s.enrolmentDate() == null ? new ReportCell.Empty()
                            : Count.of((int) ChronoUnit.DAYS.between(s.enrolmentDate(), s.deathDate())));
                    row.add(s.lastDoseDate() == null ? new ReportCell.Empty()
                            : Count.of((int) ChronoUnit.DAYS.between(s.lastDoseDate(), s.deathDate())));
                    row.add(cells.orEmpty(report.coded().coded("deathCause.", s.deathCause())));
                    row.add(cells.yesNo(s.deathRelatedToTreatment()));
                    rows.add(row);
                });
        return cells.table("death-listing", ReportTable.Kind.LISTING,
                cells.listingColumns("column.subject", "column.arm", "column.ageBand", "column.sex",
                        "column.deathStudyDay", "column.daysFromEnrolment", "column.daysSinceLastDose",
                        "column.cause", "column.related"),
                rows, List.of(report.msg().get("footnote.pseudonymous"), report.msg().get("footnote.deathListing")));
    }
}
