package org.vigia.bench;

import java.util.List;
import org.vigia.bench.http.VigiaApi;

/**
 * A benchmark that needs a study filled with data (780 and 7,800 subjects, from the synthetic trial generator) and
 * measures server time for one screen or report. The runner calls it on its running Vigia after the load scenarios.
 */
interface DataBenchmark {

    /** Heading in the results. */
    String title();

    /** The goal from issue 8, shown beside the figures. */
    String goal();

    /** Measures; or says why it cannot yet (never a made-up figure). */
    Outcome run(VigiaApi api) throws Exception;

    /**
     * Figures as a table ({@code header} and {@code rows}), or only a note when nothing was measured.
     */
    record Outcome(List<String> header, List<List<String>> rows, String note) {

        static Outcome notAvailableYet(String why) {
            return new Outcome(List.of(), List.of(), "not available yet: " + why);
        }

        boolean measured() {
            return !rows.isEmpty();
        }
    }
}
