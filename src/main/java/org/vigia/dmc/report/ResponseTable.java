package org.vigia.dmc.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.vigia.dmc.DmcDataset.BestOverallResponse;
import org.vigia.dmc.DmcDataset.Subject;
import org.vigia.dmc.ReportCell;
import org.vigia.dmc.ReportTable;
import org.vigia.shared.stats.ExactBinomialInterval;

/**
 * Best overall response of the enrolled subjects with an assessment: each RECIST category, ORR (CR+PR) and DCR
 * (CR+PR+SD) with exact 95% CIs.
 * <pre>{@code
 * ReportTable t = new ResponseTable().table(report);    // id "response"
 * }</pre>
 */
public final class ResponseTable implements ReportSection {

    @Override
    public ReportTable table(ReportContext report) {
        ReportCells cells = report.cells();
        Map<String, BestOverallResponse> bor = new HashMap<>();
        report.data().responses().forEach(r -> bor.put(r.subjectNumber(), r.bestOverallResponse()));
        Predicate<Subject> enrolled = Subject::enrolled;
        Predicate<Subject> population = s -> s.enrolled() && bor.containsKey(s.subjectNumber());
        List<List<ReportCell>> rows = new ArrayList<>();
        rows.add(report.countRow(cells.label("response.enrolled", 0), enrolled, null));
        rows.add(report.countRow(cells.label("response.notAssessed", 1),
                s -> s.enrolled() && !bor.containsKey(s.subjectNumber()), enrolled));
        rows.add(report.countRow(cells.label("response.population", 0), population, null));
        for (BestOverallResponse r : BestOverallResponse.values()) {
            rows.add(report.countRow(cells.label("response." + r.name(), 1), s -> bor.get(s.subjectNumber()) == r,
                    population));
        }
        addRateRows(report, rows, "response.orr", population,
                s -> bor.containsKey(s.subjectNumber()) && bor.get(s.subjectNumber()).objectiveResponse());
        addRateRows(report, rows, "response.dcr", population,
                s -> bor.containsKey(s.subjectNumber()) && bor.get(s.subjectNumber()).diseaseControl());
        return cells.table("response", ReportTable.Kind.SUMMARY, cells.summaryColumns("column.category"), rows,
                List.of(report.msg().get("footnote.response")));
    }

    private static void addRateRows(ReportContext report, List<List<ReportCell>> rows, String key,
                                    Predicate<Subject> population, Predicate<Subject> responder) {
        ReportCells cells = report.cells();
        rows.add(report.countRow(cells.label(key, 0), responder, population));
        List<ReportCell> lower = cells.rowWith(cells.label("response.ciLower", 1));
        List<ReportCell> upper = cells.rowWith(cells.label("response.ciUpper", 1));
        for (int g = 0; g < report.columns().size(); g++) {
            int n = report.count(g, population);
            if (n == 0) {
                lower.add(cells.notEstimable());
                upper.add(cells.notEstimable());
                continue;
            }
            ExactBinomialInterval ci = ExactBinomialInterval.of(
                    report.count(g, s -> population.test(s) && responder.test(s)), n);
            lower.add(cells.percent(ci.lower()));
            upper.add(cells.percent(ci.upper()));
        }
        rows.add(lower);
        rows.add(upper);
    }
}
