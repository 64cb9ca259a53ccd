package org.vigia.bench.engines;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the engine benchmarks with JMH and returns one row per benchmark. */
public final class EngineBenchmarks {

    /** The JMH settings: forks, warm-up and measurement iterations and the length of each iteration. */
    public record Settings(int forks, int warmupIterations, int measurementIterations, int iterationSeconds) {

        public String describe() {
            return "JMH 1.37, throughput mode (DMC report renders: average time per report, -Xmx1g), 1 thread, " + forks
                    + " fork(s) (-Xms512m -Xmx512m), " + warmupIterations
                    + " warm-up × " + iterationSeconds + " s, " + measurementIterations + " measured × "
                    + iterationSeconds + " s; error = 99.9 % confidence half-width over the measured iterations";
        }
    }

    /** One benchmark's result: its score (ops/s, or ms/op for average-time benchmarks) ± error. */
    public record Row(String benchmark, String what, double score, double error, String unit) {
    }

    private static final List<Class<?>> BENCHMARKS = List.of(
            LabGradingBenchmark.class, RecistTimePointBenchmark.class, DoseDecisionBenchmark.class,
            DmcPdfRenderBenchmark.class);

    private EngineBenchmarks() {
    }

    public static List<Row> run(Settings settings, Path jsonResult) throws RunnerException {
        OptionsBuilder builder = new OptionsBuilder();
        for (Class<?> benchmark : BENCHMARKS) {
            builder.include("^" + Pattern.quote(benchmark.getName()) + "\\.");
        }
        Options options = builder
                .forks(settings.forks())
                .warmupIterations(settings.warmupIterations())
                .warmupTime(TimeValue.seconds(settings.iterationSeconds()))
                .measurementIterations(settings.measurementIterations())
                .measurementTime(TimeValue.seconds(settings.iterationSeconds()))
                .threads(1)
                .jvmArgs("-Xms512m", "-Xmx512m")
                .shouldFailOnError(true)
                .resultFormat(ResultFormatType.JSON)
                .result(jsonResult.toString())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        List<Row> rows = new ArrayList<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            String params = r.getParams().getParamsKeys().stream().map(k -> k + "=" + r.getParams().getParam(k))
                    .collect(java.util.stream.Collectors.joining(", "));
            rows.add(new Row(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1)
                    + (params.isEmpty() ? "" : " (" + params + ")"), what(name),
                    r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError(),
                    r.getPrimaryResult().getScoreUnit()));
        }
        return rows;
    }

    private static String what(String benchmark) {
        if (benchmark.contains(LabGradingBenchmark.class.getSimpleName())) {
            return "CTCAE v5.0 lab grading, `LabGrader.grade`, mix of " + LabGradingBenchmark.mix().size()
                    + " results (haematology, liver, kidney, pancreas, muscle, electrolytes; several units, xULN and xBaseline rules)";
        }
        if (benchmark.contains(RecistTimePointBenchmark.class.getSimpleName())) {
            return "RECIST 1.1 time point, `RecistCalculator.evaluate`, " + RecistTimePointBenchmark.mix().size()
                    + " time points with 3–5 target lesions (PR, SD, PD, CR, NE)";
        }
        if (benchmark.contains(DoseDecisionBenchmark.class.getSimpleName())) {
            return "dose decision, `DoseModificationPolicy.decide`, NCT07041788 rules, " + DoseDecisionBenchmark.mix().size()
                    + " requests with 0–3 open AEs (continue, hold, reduce, discontinue)";
        }
        if (benchmark.contains(DmcPdfRenderBenchmark.class.getSimpleName())) {
            return "the DMC safety report of an in-memory synthetic trial rendered as "
                    + (benchmark.endsWith(".pdf") ? "PDF (tables, listings, 4 charts, header and footer)" : "XLSX")
                    + ", `DmcReportFormat.render`; report built once beforehand";
        }
        return benchmark;
    }
}
