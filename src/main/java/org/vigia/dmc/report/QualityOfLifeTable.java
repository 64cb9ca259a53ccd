package org.vigia.dmc.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigia.dmc.DmcDataset.QolScore;
import org.vigia.dmc.ReportCell;
import org.vigia.dmc.ReportTable;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Texts;

/**
 * Quality of life by arm and time point: for each questionnaire and scale (EORTC scoring manual, scores 0-100), at
 * each time point the mean (SD) and n of the scored subjects of each column, and the mean (SD) change from baseline and
 * its n among the subjects scored at both. Baseline is the subject's last questionnaire dated on or before its
 * enrolment (or, never dosed or enrolled, none). Time points are the visits' names, in the order of their earliest
 * questionnaire. Printed only for a study whose dataset holds questionnaire scores.
 * <pre>{@code
 * ReportTable t = new QualityOfLifeTable().table(report);    // id "qol"
 * }</pre>
 */
public final class QualityOfLifeTable implements ReportSection {

    /** True when the report has a QoL table to print. */
    public static boolean applies(ReportContext report) {
        return !report.data().qualityOfLife().isEmpty();
    }

    @Override
    public ReportTable table(ReportContext report) {
        ReportCells cells = report.cells();
        Locale locale = report.msg().locale();
        List<QolScore> scores = report.data().qualityOfLife().stream().filter(q -> report.knows(q.subjectNumber()))
                .toList();
        // baseline per subject and questionnaire: the last one on or before enrolment
        Map<String, LocalDate> baselineDate = new HashMap<>();
        for (QolScore q : scores) {
            var s = report.subject(q.subjectNumber());
            if (s.enrolmentDate() == null || q.date().isAfter(s.enrolmentDate())) {
                continue;
            }
            baselineDate.merge(q.subjectNumber() + "|" + q.instrument(), q.date(), (a, b) -> a.isAfter(b) ? a : b);
        }
        Map<String, BigDecimal> baseline = new HashMap<>();
        for (QolScore q : scores) {
            if (q.date().equals(baselineDate.get(q.subjectNumber() + "|" + q.instrument()))) {
                baseline.put(q.subjectNumber() + "|" + q.instrument() + "|" + q.scale(), q.score());
            }
        }
        // time points in the order of their first questionnaire; scales in the manual's order (as the rows arrive)
        Map<String, LocalDate> firstDate = new HashMap<>();
        scores.forEach(q -> firstDate.merge(q.timePoint(), q.date(), (a, b) -> a.isBefore(b) ? a : b));
        List<String> timePoints = new ArrayList<>(firstDate.keySet());
        timePoints.sort(Comparator.comparing((String t) -> firstDate.get(t)).thenComparing(Comparator.naturalOrder()));
        Map<String, Set<String>> scalesByInstrument = new LinkedHashMap<>();
        scores.forEach(q -> scalesByInstrument.computeIfAbsent(q.instrument(), k -> new LinkedHashSet<>()).add(q.scale()));
        Map<String, List<QolScore>> byCell = new HashMap<>();
        scores.forEach(q -> byCell.computeIfAbsent(q.instrument() + "|" + q.scale() + "|" + q.timePoint(),
                k -> new ArrayList<>()).add(q));

        List<List<ReportCell>> rows = new ArrayList<>();
        scalesByInstrument.forEach((instrument, scales) -> {
            String instrumentName = Texts.text(Bundle.INSTRUMENT, locale, "enum.Instrument." + instrument);
            for (String scale : scales) {
                rows.add(cells.headingRow(instrumentName + " · " + scale + " "
                        + Texts.find(Bundle.INSTRUMENT, locale, "scale." + scale).orElse(scale)));
                for (String timePoint : timePoints) {
                    List<QolScore> at = byCell.getOrDefault(instrument + "|" + scale + "|" + timePoint, List.of());
                    if (at.isEmpty()) {
                        continue;
                    }
                    List<ReportCell> value = cells.rowWith(new ReportCell.Label(timePoint, 1, false));
                    List<ReportCell> change = cells.rowWith(new ReportCell.Label(
                            report.msg().get("qol.changeFromBaseline"), 2, false));
                    boolean anyChange = false;
                    for (int g = 0; g < report.columns().size(); g++) {
                        List<Double> values = new ArrayList<>();
                        List<Double> changes = new ArrayList<>();
                        for (QolScore q : at) {
                            if (!report.member(g, report.index(q.subjectNumber()))) {
                                continue;
                            }
                            values.add(q.score().doubleValue());
                            BigDecimal base = baseline.get(q.subjectNumber() + "|" + instrument + "|" + scale);
                            boolean isBaseline = q.date().equals(baselineDate.get(q.subjectNumber() + "|" + instrument));
                            if (base != null && !isBaseline) {
                                changes.add(q.score().subtract(base).doubleValue());
                            }
                        }
                        value.add(summary(values));
                        change.add(changes.isEmpty() ? new ReportCell.Empty() : summary(changes));
                        anyChange |= !changes.isEmpty();
                    }
                    rows.add(value);
                    if (anyChange) {
                        rows.add(change);
                    }
                }
            }
        });
        return cells.table("qol", ReportTable.Kind.SUMMARY, cells.summaryColumns("column.qolScale"), rows,
                List.of(report.msg().get("footnote.qol")));
    }

    /** "mean (SD), n" with one decimal; the SD with n − 1, none for one value; empty without values. */
    static ReportCell summary(List<Double> values) {
        if (values.isEmpty()) {
            return new ReportCell.Empty();
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
        String sd = "-";
        if (values.size() > 1) {
            double ss = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
            sd = round(Math.sqrt(ss / (values.size() - 1)));
        }
        return new ReportCell.Text(round(mean) + " (" + sd + "), n=" + values.size());
    }

    private static String round(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
