package org.vigia.dmc.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigia.dmc.DmcDataset.Endpoint;
import org.vigia.dmc.DmcMessages;
import org.vigia.dmc.ReportFigure;
import org.vigia.shared.stats.KaplanMeier;

/**
 * The Kaplan–Meier plot of one endpoint, one curve per arm (or the total alone), with numbers at risk every
 * {@link #AT_RISK_STEP_DAYS} days; none when no column has data.
 * <pre>{@code
 * Optional<ReportFigure> os = KaplanMeierFigure.of(report, Endpoint.OS);    // id "figure-km-os"
 * }</pre>
 */
public final class KaplanMeierFigure {

    /** Times (days) at which numbers at risk are printed under the plots. */
    public static final int AT_RISK_STEP_DAYS = 90;

    private KaplanMeierFigure() {
    }

    public static Optional<ReportFigure> of(ReportContext report, Endpoint endpoint) {
        DmcMessages msg = report.msg();
        List<ReportFigure.Curve> curves = new ArrayList<>();
        double max = 0;
        List<Optional<KaplanMeier>> perColumn = report.curves().of(endpoint);
        for (int g = 0; g < report.columns().chartGroups(); g++) {
            Optional<KaplanMeier> km = perColumn.get(g);
            if (km.isPresent()) {
                curves.add(new ReportFigure.Curve(report.columns().label(g), km.get()));
                max = Math.max(max, km.get().maximumTime().orElse(0));
            }
        }
        if (curves.isEmpty()) {
            return Optional.empty();
        }
        List<Double> atRisk = new ArrayList<>();
        for (double t = 0; t <= max; t += AT_RISK_STEP_DAYS) {
            atRisk.add(t);
        }
        return Optional.of(new ReportFigure.KaplanMeierChart("figure-km-" + endpoint.name().toLowerCase(Locale.ROOT),
                msg.get("figure.km", msg.get("endpoint." + endpoint.name())), endpoint,
                msg.get(endpoint == Endpoint.DOR ? "figure.km.x.DOR" : "figure.km.x"),
                msg.get("figure.km.y"), msg.get("figure.km.atRisk"), curves, atRisk));
    }
}
