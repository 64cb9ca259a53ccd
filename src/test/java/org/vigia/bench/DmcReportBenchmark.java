package org.vigia.bench;

import org.vigia.bench.http.VigiaApi;

/**
 * Placeholder: DMC report generation at 780 and 7,800 subjects, beside the same aggregations run as plain SQL. To
 * fill in once the synthetic trial generator exists: load the study at each size, time the report build (and each
 * rendering: PDF, XLSX, CSV) through its endpoint or screen, and time the equivalent SQL aggregations over JDBC.
 */
final class DmcReportBenchmark implements DataBenchmark {

    @Override
    public String title() {
        return "DMC report at 780 and 7,800 subjects, beside plain SQL";
    }

    @Override
    public String goal() {
        return "under 5 s at 780 subjects, and within 3× the plain-SQL time";
    }

    @Override
    public Outcome run(VigiaApi api) {
        return Outcome.notAvailableYet("needs the synthetic trial generator (sizes demo and scale) to fill a study with"
                + " AEs, doses and responses; nothing was measured");
    }
}
