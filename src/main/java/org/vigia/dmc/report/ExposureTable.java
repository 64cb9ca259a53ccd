package org.vigia.dmc.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.vigia.dmc.DmcDataset.Exposure;
import org.vigia.dmc.DmcDataset.Subject;
import org.vigia.dmc.DmcMessages;
import org.vigia.dmc.ReportCell;
import org.vigia.dmc.ReportCell.Count;
import org.vigia.dmc.ReportCell.Decimal;
import org.vigia.dmc.ReportCell.Label;
import org.vigia.dmc.ReportTable;

/**
 * Exposure per agent (drugs by name, then radiotherapy courses), among the treated subjects exposed to it: cycles
 * or fractions and cumulative dose (median, min, max); for drugs also relative dose intensity in %, holds,
 * reductions, discontinuation by reason and dosing deviations.
 * <pre>{@code
 * ReportTable t = new ExposureTable().table(report);    // id "exposure"
 * }</pre>
 */
public final class ExposureTable implements ReportSection {

    private enum Stat { MEDIAN, MIN, MAX }

    @Override
    public ReportTable table(ReportContext report) {
        List<List<ReportCell>> rows = new ArrayList<>();
        List<Exposure> exposures = report.data().exposures();
        List<String> agents = exposures.stream()
                .sorted(Comparator.comparing(Exposure::radiotherapy).thenComparing(Exposure::agent))
                .map(Exposure::agent).distinct().toList();
        for (String agent : agents) {
            rows.addAll(agentRows(report, agent));
        }
        ReportCells cells = report.cells();
        return cells.table("exposure", ReportTable.Kind.SUMMARY, cells.summaryColumns("column.category"), rows,
                List.of(report.msg().get("footnote.exposure")));
    }

    private List<List<ReportCell>> agentRows(ReportContext report, String agent) {
        DmcMessages msg = report.msg();
        ReportCells cells = report.cells();
        List<List<ReportCell>> rows = new ArrayList<>();
        boolean course = report.data().exposures().stream().anyMatch(e -> e.agent().equals(agent) && e.radiotherapy());
        rows.add(cells.headingRow(course ? msg.get("exposure.radiotherapy", agent) : agent));
        List<Exposure> rowsOfAgent = report.data().exposures().stream().filter(e -> e.agent().equals(agent))
                .filter(e -> report.treated(report.index(e.subjectNumber())))
                .sorted(Comparator.comparing(Exposure::subjectNumber)).toList();
        Map<String, Exposure> bySubject = new LinkedHashMap<>();
        rowsOfAgent.forEach(e -> bySubject.put(e.subjectNumber(), e)); // one row per subject and agent
        Predicate<Subject> exposed = s -> bySubject.containsKey(s.subjectNumber());
        rows.add(report.countRow(cells.label("exposure.exposed", 1), exposed, Subject::treated));
        boolean rt = rowsOfAgent.stream().anyMatch(Exposure::radiotherapy);
        List<List<BigDecimal>> cycles = sortedValues(report, bySubject, e -> BigDecimal.valueOf(e.cyclesReceived()));
        String unitKey = rt ? "exposure.fractions" : "exposure.cycles";
        rows.add(statRow(msg.get(unitKey + "Median"), cycles, Stat.MEDIAN));
        rows.add(statRow(msg.get(unitKey + "Min"), cycles, Stat.MIN));
        rows.add(statRow(msg.get(unitKey + "Max"), cycles, Stat.MAX));
        List<List<BigDecimal>> dose = sortedValues(report, bySubject, Exposure::cumulativeDose);
        if (dose.stream().anyMatch(v -> !v.isEmpty())) {
            String unit = rowsOfAgent.stream().map(Exposure::doseUnit).filter(Objects::nonNull).findFirst()
                    .orElse("");
            rows.add(statRow(msg.get("exposure.doseMedian", unit), dose, Stat.MEDIAN));
            rows.add(statRow(msg.get("exposure.doseMin", unit), dose, Stat.MIN));
            rows.add(statRow(msg.get("exposure.doseMax", unit), dose, Stat.MAX));
        }
        if (!rt) { // dose intensity, holds, reductions and deviations are the drugs' measures
            rows.addAll(drugRows(report, rowsOfAgent, bySubject, exposed));
        }
        return rows;
    }

    private List<List<ReportCell>> drugRows(ReportContext report, List<Exposure> rowsOfAgent,
                                            Map<String, Exposure> bySubject, Predicate<Subject> exposed) {
        DmcMessages msg = report.msg();
        ReportCells cells = report.cells();
        CodedValues coded = report.coded();
        List<List<ReportCell>> rows = new ArrayList<>();
        List<List<BigDecimal>> rdi = sortedValues(report, bySubject, ExposureTable::rdiPercent);
        rows.add(statRow(msg.get("exposure.rdiMedian"), rdi, Stat.MEDIAN));
        rows.add(statRow(msg.get("exposure.rdiMin"), rdi, Stat.MIN));
        rows.add(statRow(msg.get("exposure.rdiMax"), rdi, Stat.MAX));
        rows.add(report.countRow(cells.label("exposure.holds", 1),
                s -> bySubject.get(s.subjectNumber()).doseHolds() > 0, exposed));
        rows.add(report.countRow(cells.label("exposure.reductions", 1),
                s -> bySubject.get(s.subjectNumber()).doseReductions() > 0, exposed));
        Predicate<Subject> stopped = s -> exposed.test(s)
                && bySubject.get(s.subjectNumber()).discontinuationReason() != null;
        rows.add(report.countRow(cells.label("exposure.discontinued", 1), stopped, exposed));
        for (String reason : coded.reasons(rowsOfAgent.stream().map(Exposure::discontinuationReason)
                .filter(Objects::nonNull).toList())) {
            rows.add(report.countRow(new Label(reason, 2, false), s -> stopped.test(s)
                    && reason.equals(coded.reasonOf(bySubject.get(s.subjectNumber()).discontinuationReason())),
                    exposed));
        }
        rows.add(report.countRow(cells.label("exposure.subjectsWithDeviation", 1),
                s -> bySubject.get(s.subjectNumber()).dosingDeviations() > 0, exposed));
        List<ReportCell> deviations = cells.rowWith(cells.label("exposure.deviations", 1));
        for (int g = 0; g < report.columns().size(); g++) {
            deviations.add(Count.of(report.in(g, exposed).stream()
                    .mapToInt(s -> bySubject.get(s.subjectNumber()).dosingDeviations()).sum()));
        }
        rows.add(deviations);
        return rows;
    }

    private static BigDecimal rdiPercent(Exposure e) {
        return e.relativeDoseIntensity() == null ? null : e.relativeDoseIntensity().multiply(BigDecimal.valueOf(100));
    }

    /** Per column, the non-null values of the exposed subjects (by subject number), sorted. */
    private static List<List<BigDecimal>> sortedValues(ReportContext report, Map<String, Exposure> bySubject,
                                                       Function<Exposure, BigDecimal> value) {
        List<List<BigDecimal>> perColumn = new ArrayList<>();
        for (int g = 0; g < report.columns().size(); g++) {
            perColumn.add(report.in(g, s -> bySubject.containsKey(s.subjectNumber())).stream()
                    .map(s -> value.apply(bySubject.get(s.subjectNumber()))).filter(Objects::nonNull)
                    .sorted().toList());
        }
        return perColumn;
    }

    private static List<ReportCell> statRow(String text, List<List<BigDecimal>> sortedValues, Stat stat) {
        List<ReportCell> row = new ArrayList<>();
        row.add(new Label(text, 1, false));
        for (List<BigDecimal> values : sortedValues) {
            if (values.isEmpty()) {
                row.add(new ReportCell.Empty());
                continue;
            }
            BigDecimal v = switch (stat) {
                case MIN -> values.get(0);
                case MAX -> values.get(values.size() - 1);
                case MEDIAN -> values.size() % 2 == 1 ? values.get(values.size() / 2)
                        : values.get(values.size() / 2 - 1).add(values.get(values.size() / 2))
                                .divide(BigDecimal.valueOf(2));
            };
            row.add(new Decimal(v.setScale(1, RoundingMode.HALF_UP)));
        }
        return row;
    }
}
