package org.vigia.dmc.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.vigia.dmc.DmcDataset.StoppingRule;
import org.vigia.dmc.DmcDataset.Subject;
import org.vigia.dmc.DmcMessages;
import org.vigia.dmc.ReportCell;
import org.vigia.dmc.ReportCell.Decimal;
import org.vigia.dmc.ReportTable;
import org.vigia.shared.stats.ExactBinomialInterval;

/**
 * The stopping rules of the study: per rule, events and treated subjects, the observed rate with its exact
 * (Clopper–Pearson) 95% CI, the threshold and whether it is reached (observed rate ≥ threshold). NCT07041788:
 * "treatment-related mortality ≥2%" = treatment-related deaths / treated.
 * <pre>{@code
 * ReportTable t = new StoppingRuleTable().table(report);    // id "stopping-rules"
 * }</pre>
 */
public final class StoppingRuleTable implements ReportSection {

    @Override
    public ReportTable table(ReportContext report) {
        DmcMessages msg = report.msg();
        List<List<ReportCell>> rows = new ArrayList<>();
        List<String> footnotes = new ArrayList<>();
        for (StoppingRule rule : report.data().stoppingRules()) {
            rows.addAll(ruleRows(report, rule));
            if (rule.description() != null && !rule.description().isBlank()) {
                footnotes.add(rule.description());
            }
        }
        footnotes.add(msg.get("footnote.stopping"));
        ReportCells cells = report.cells();
        return cells.table("stopping-rules", ReportTable.Kind.SUMMARY, cells.summaryColumns("column.category"), rows,
                footnotes);
    }

    private static List<List<ReportCell>> ruleRows(ReportContext report, StoppingRule rule) {
        ReportCells cells = report.cells();
        List<List<ReportCell>> rows = new ArrayList<>();
        // only TREATMENT_RELATED_MORTALITY exists
        rows.add(cells.headingRow(report.msg().get("stopping." + rule.type().name(),
                rule.threshold().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString())));
        Predicate<Subject> relatedDeath = rule::counts;
        rows.add(report.countRow(cells.label("stopping.events", 1), relatedDeath, null));
        rows.add(report.countRow(cells.label("stopping.treated", 1), Subject::treated, null));
        List<ReportCell> rate = cells.rowWith(cells.label("stopping.rate", 1));
        List<ReportCell> lower = cells.rowWith(cells.label("stopping.ciLower", 1));
        List<ReportCell> upper = cells.rowWith(cells.label("stopping.ciUpper", 1));
        List<ReportCell> threshold = cells.rowWith(cells.label("stopping.threshold", 1));
        List<ReportCell> reached = cells.rowWith(cells.label("stopping.reached", 1));
        for (int g = 0; g < report.columns().size(); g++) {
            int x = report.count(g, relatedDeath);
            int n = report.count(g, Subject::treated);
            threshold.add(new Decimal(rule.threshold().multiply(BigDecimal.valueOf(100))
                    .setScale(1, RoundingMode.HALF_UP)));
            if (n == 0) {
                rate.add(cells.notEstimable());
                lower.add(cells.notEstimable());
                upper.add(cells.notEstimable());
                reached.add(cells.yesNo(false));
                continue;
            }
            ExactBinomialInterval ci = ExactBinomialInterval.of(x, n);
            rate.add(cells.percent(ci.proportion()));
            lower.add(cells.percent(ci.lower()));
            upper.add(cells.percent(ci.upper()));
            reached.add(cells.yesNo(rule.reached(x, n)));
        }
        rows.add(rate);
        rows.add(lower);
        rows.add(upper);
        rows.add(threshold);
        rows.add(reached);
        return rows;
    }
}
