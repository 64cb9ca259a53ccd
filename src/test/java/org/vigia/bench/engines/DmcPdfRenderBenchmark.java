package org.vigia.bench.engines;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.vigia.dmc.DmcDataset;
import org.vigia.dmc.DmcReport;
import org.vigia.dmc.DmcReportBuilder;
import org.vigia.dmc.DmcReportFormat;

/**
 * The DMC report as PDF without a database: {@link DmcReportFormat#PDF}{@code .render(report)} (fonts, tables,
 * listings, charts, header/footer stamping) of a report built once from {@link DmcSyntheticTrial} at 780 and
 * 7,800 enrolled subjects, in English and Simplified Chinese. The XLSX render of the same report is measured
 * beside it for comparison. Average time per report, in milliseconds.
 *
 * <p>{@link #main} runs the same renders without JMH (warm-up, then timed runs) and prints each one:
 * {@code java -cp <test class path> org.vigia.bench.engines.DmcPdfRenderBenchmark [subjects...]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = "-Xmx1g") // the 7,800-subject report and its PDF do not fit the engines' 512 MB
public class DmcPdfRenderBenchmark {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2028-07-01T08:00:00Z"), ZoneOffset.UTC);

    @Param({"780", "7800"})
    public int subjects;

    @Param({"en", "zh"})
    public String language;

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private DmcReport report;

    private static long allocatedBytes() {
        return THREADS instanceof com.sun.management.ThreadMXBean sun
                ? sun.getThreadAllocatedBytes(Thread.currentThread().getId()) : 0;
    }

    @Setup
    public void setUp() {
        report = report(subjects, language);
    }

    @Benchmark
    public byte[] pdf() {
        return DmcReportFormat.PDF.render(report);
    }

    @Benchmark
    public byte[] xlsx() {
        return DmcReportFormat.XLSX.render(report);
    }

    static DmcReport report(int subjects, String language) {
        DmcDataset data = DmcSyntheticTrial.dataset(subjects);
        Locale locale = "zh".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        return new DmcReportBuilder(locale, CLOCK).build(data);
    }

    /**
     * Plain timing: {@code -Dwarmup=3} warm-up renders then {@code -Druns=5} timed ones per size, language
     * ({@code -Dlangs=en,zh}) and format ({@code -Dformats=pdf,xlsx}); prints the wall-clock mean and the CPU
     * time of the rendering thread (steadier than wall clock on a busy machine: it leaves out waiting for a core).
     */
    public static void main(String[] args) {
        int warmup = Integer.getInteger("warmup", 3);
        int runs = Integer.getInteger("runs", 5);
        String[] langs = System.getProperty("langs", "en,zh").split(",");
        DmcReportFormat[] formats = java.util.Arrays.stream(System.getProperty("formats", "pdf,xlsx").split(","))
                .map(c -> DmcReportFormat.ofCode(c).orElseThrow()).toArray(DmcReportFormat[]::new);
        int[] sizes = args.length == 0 ? new int[] {780, 7800} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int size : sizes) {
            for (String lang : langs) {
                long t0 = System.nanoTime();
                DmcDataset data = DmcSyntheticTrial.dataset(size);
                long t1 = System.nanoTime();
                DmcReport r = report(size, lang);
                long t2 = System.nanoTime();
                int rows = r.tables().stream().mapToInt(t -> t.rows().size()).sum();
                System.out.printf("%d subjects %s: %d AEs, %d table rows (SAE listing %d, deaths %d); dataset %.0f ms,"
                                + " build %.0f ms%n", size, lang, data.adverseEvents().size(), rows,
                        r.getTable("sae-listing").rows().size(), r.getTable("death-listing").rows().size(),
                        (t1 - t0) / 1e6, (t2 - t1) / 1e6);
                for (DmcReportFormat format : formats) {
                    int bytes = 0;
                    StringBuilder times = new StringBuilder();
                    double sum = 0;
                    double cpuSum = 0;
                    double allocated = 0;
                    for (int i = 0; i < warmup + runs; i++) {
                        long cpu = THREADS.getCurrentThreadCpuTime();
                        long bytesBefore = allocatedBytes();
                        long s = System.nanoTime();
                        bytes = format.render(r).length;
                        double ms = (System.nanoTime() - s) / 1e6;
                        if (i >= warmup) {
                            sum += ms;
                            cpuSum += (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
                            allocated += (allocatedBytes() - bytesBefore) / 1e6;
                        }
                        times.append(i == warmup ? " | " : " ").append(Math.round(ms));
                    }
                    System.out.printf("  %-4s mean %.0f ms (CPU of the rendering thread %.0f ms, %.0f MB allocated) over %d runs after %d"
                                    + " warm-up, %d bytes; all runs (ms):%s%n", format.code(), sum / runs, cpuSum / runs,
                            allocated / runs, runs, warmup, bytes, times);
                }
            }
        }
    }
}
