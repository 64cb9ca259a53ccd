package org.vigia.dmc.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigia.dmc.DmcDataset;
import org.vigia.dmc.DmcDataset.Endpoint;
import org.vigia.shared.stats.KaplanMeier;

/**
 * The Kaplan–Meier estimate of each column per endpoint, over the enrolled subjects' times to event (by subject
 * number), computed once per build and shared by the time-to-event table and the plots.
 * <pre>{@code
 * List<Optional<KaplanMeier>> perColumn = report.curves().of(Endpoint.OS);   // empty where a column has no data
 * }</pre>
 */
public final class KaplanMeierCurves {

    private final ReportContext report;
    private final Map<Endpoint, List<Optional<KaplanMeier>>> curves = new EnumMap<>(Endpoint.class);

    KaplanMeierCurves(ReportContext report) {
        this.report = report;
    }

    /** Per column, the estimate of {@code endpoint}, empty without data. */
    public List<Optional<KaplanMeier>> of(Endpoint endpoint) {
        return curves.computeIfAbsent(endpoint, e -> {
            List<Optional<KaplanMeier>> perColumn = new ArrayList<>();
            for (int g = 0; g < report.columns().size(); g++) {
                perColumn.add(estimate(g, e));
            }
            return List.copyOf(perColumn);
        });
    }

    private Optional<KaplanMeier> estimate(int g, Endpoint endpoint) {
        List<KaplanMeier.Observation> obs = report.data().timesToEvent().stream()
                .filter(t -> t.endpoint() == endpoint && report.member(g, report.index(t.subjectNumber()))
                        && report.subject(t.subjectNumber()).enrolled())
                .sorted(Comparator.comparing(DmcDataset.TimeToEvent::subjectNumber))
                .map(t -> new KaplanMeier.Observation(t.days(), t.event())).toList();
        return obs.isEmpty() ? Optional.empty() : Optional.of(KaplanMeier.estimate(obs));
    }
}
