package org.vigia.dmc.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.vigia.dmc.DmcDataset;
import org.vigia.dmc.DmcDataset.Endpoint;
import org.vigia.dmc.DmcMessages;
import org.vigia.dmc.ReportCell;
import org.vigia.dmc.ReportCell.Count;
import org.vigia.dmc.ReportCell.Label;
import org.vigia.dmc.ReportTable;
import org.vigia.shared.stats.KaplanMeier;

/**
 * Time-to-event summary per endpoint (Kaplan–Meier from enrolment, log-log 95% CIs, Brookmeyer–Crowley CI of the
 * median): subjects, events, censored, median with its CI, and the survival rates at the landmark years of the
 * settings; each endpoint's definition and censoring rule (the study's, else the report's standard) as a footnote,
 * also for an endpoint without data yet.
 * <pre>{@code
 * ReportTable t = new TimeToEventTable().table(report);    // id "km-summary"
 * }</pre>
 */
public final class TimeToEventTable implements ReportSection {

    /** Days per year for the fixed-time survival rates. */
    public static final double DAYS_PER_YEAR = 365.25;

    @Override
    public ReportTable table(ReportContext report) {
        DmcMessages msg = report.msg();
        DmcDataset data = report.data();
        List<List<ReportCell>> rows = new ArrayList<>();
        List<String> footnotes = new ArrayList<>();
        for (Endpoint endpoint : Endpoint.values()) {
            Optional<DmcDataset.EndpointDefinition> defined = data.endpointDefinitions().stream()
                    .filter(d -> d.endpoint() == endpoint).findFirst();
            if (data.timesToEvent().stream().noneMatch(t -> t.endpoint() == endpoint)) {
                // the study's own definition is stated even before any time-to-event data exist
                defined.ifPresent(d -> footnotes.add(msg.get("endpoint." + endpoint.name()) + ": "
                        + join(d.definition(), censoring(msg, d)) + " " + msg.get("km.noData")));
                continue;
            }
            rows.add(report.cells().headingRow(msg.get("endpoint." + endpoint.name())));
            rows.addAll(endpointRows(report, report.curves().of(endpoint)));
            String definition = defined.map(d -> join(d.definition(), censoring(msg, d)))
                    .orElse(join(msg.get("endpoint." + endpoint.name() + ".definition"),
                            msg.get("endpoint." + endpoint.name() + ".censoring")));
            footnotes.add(msg.get("endpoint." + endpoint.name()) + ": " + definition);
        }
        footnotes.add(msg.get("footnote.km"));
        ReportCells cells = report.cells();
        return cells.table("km-summary", ReportTable.Kind.SUMMARY, cells.summaryColumns("column.category"), rows,
                footnotes);
    }

    private static List<List<ReportCell>> endpointRows(ReportContext report, List<Optional<KaplanMeier>> curves) {
        DmcMessages msg = report.msg();
        ReportCells cells = report.cells();
        List<List<ReportCell>> rows = new ArrayList<>();
        rows.add(kmRow(msg.get("km.subjects"), curves, km -> Count.of(km.subjects())));
        rows.add(kmRow(msg.get("km.events"), curves, km -> Count.of(km.events())));
        rows.add(kmRow(msg.get("km.censored"), curves, km -> Count.of(km.censored())));
        rows.add(kmRow(msg.get("km.median"), curves, km -> cells.days(km.median().estimate())));
        rows.add(kmRow(msg.get("km.medianLower"), curves, km -> cells.days(km.median().lower())));
        rows.add(kmRow(msg.get("km.medianUpper"), curves, km -> cells.days(km.median().upper())));
        for (int years : report.data().settings().landmarkYears()) {
            double t = years * DAYS_PER_YEAR;
            String y = Integer.toString(years);
            rows.add(kmRow(msg.get("km.rate", y), curves, km -> km.survivalAtTime(t)
                    .map(r -> cells.percent(r.survival())).orElse(cells.notEstimable())));
            rows.add(kmRow(msg.get("km.rateLower", y), curves, km -> km.survivalAtTime(t)
                    .map(r -> r.lower().isPresent() ? cells.percent(r.lower().getAsDouble()) : cells.notEstimable())
                    .orElse(cells.notEstimable())));
            rows.add(kmRow(msg.get("km.rateUpper", y), curves, km -> km.survivalAtTime(t)
                    .map(r -> r.upper().isPresent() ? cells.percent(r.upper().getAsDouble()) : cells.notEstimable())
                    .orElse(cells.notEstimable())));
        }
        return rows;
    }

    /** The study's censoring rule, else the report's standard one for the endpoint. */
    private static String censoring(DmcMessages msg, DmcDataset.EndpointDefinition d) {
        return d.censoringRule() != null && !d.censoringRule().isBlank() ? d.censoringRule()
                : msg.get("endpoint." + d.endpoint().name() + ".censoring");
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a.strip()) + " " + (b == null ? "" : b.strip())).strip();
    }

    private static List<ReportCell> kmRow(String text, List<Optional<KaplanMeier>> curves,
                                          Function<KaplanMeier, ReportCell> cell) {
        List<ReportCell> row = new ArrayList<>();
        row.add(new Label(text, 1, false));
        curves.forEach(c -> row.add(c.map(cell).orElse(new ReportCell.Empty())));
        return row;
    }
}
