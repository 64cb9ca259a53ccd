package org.vigia.bench;

import org.vigia.bench.http.VigiaApi;

/**
 * Placeholder: server time per page of the subject matrix (50 rows) at 780 and 7,800 subjects. To fill in once the
 * synthetic trial generator (demo and scale sizes) and the subject matrix screen exist: load the study at each size,
 * then time the page (e.g. the server's own timing of the Faces request, or the HTTP time of a signed-in GET minus
 * the floor) over repeated requests and report p50/p95.
 */
final class SubjectMatrixPageBenchmark implements DataBenchmark {

    @Override
    public String title() {
        return "Subject matrix page, 50 rows, at 780 and 7,800 subjects";
    }

    @Override
    public String goal() {
        return "under 50 ms of server time per page at both sizes";
    }

    @Override
    public Outcome run(VigiaApi api) {
        return Outcome.notAvailableYet("needs the synthetic trial generator (sizes demo and scale) and the subject matrix"
                + " screen; nothing was measured");
    }
}
