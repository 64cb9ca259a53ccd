package org.vigia.dmc;

import java.util.List;
import org.vigia.shared.stats.KaplanMeier;

/** Data of a chart of the DMC report; the renderers draw it. */
public sealed interface ReportFigure {

    /** Stable id, used as file name of the PNG. */
    String id();

    /** Title in the report language. */
    String title();

    /**
     * Subjects by worst CTCAE grade of any AE, one bar series per arm.
     *
     * @param categories grade labels (x axis)
     * @param series     one per arm, counts per category
     */
    record AdverseEventGradeChart(String id, String title, String xAxisTitle, String yAxisTitle,
                                  List<String> categories, List<Series> series) implements ReportFigure {
        public AdverseEventGradeChart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    /** One bar series. */
    record Series(String name, List<Integer> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    /**
     * Kaplan–Meier curves of one endpoint, one per arm, with numbers at risk at {@code atRiskTimes}.
     */
    record KaplanMeierChart(String id, String title, DmcDataset.Endpoint endpoint, String xAxisTitle,
                            String yAxisTitle, String atRiskTitle, List<Curve> curves, List<Double> atRiskTimes)
            implements ReportFigure {
        public KaplanMeierChart {
            curves = List.copyOf(curves);
            atRiskTimes = List.copyOf(atRiskTimes);
        }
    }

    /** One arm's curve. */
    record Curve(String name, KaplanMeier estimate) {
    }
}
