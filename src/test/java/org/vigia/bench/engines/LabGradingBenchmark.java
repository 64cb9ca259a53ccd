package org.vigia.bench.engines;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.vigia.terminology.LabGradeRequest;
import org.vigia.terminology.LabGradeResult;
import org.vigia.terminology.LabGrader;
import org.vigia.terminology.LabTest;

/**
 * CTCAE v5.0 lab grading: one {@link LabGrader#grade} call per operation, cycling through a mix of 32 results
 * as an oncology lab panel produces them (haematology, liver, kidney, electrolytes; mostly normal or grade 1,
 * some grade 2-4, several units, the xULN and xBaseline rules).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LabGradingBenchmark {

    private LabGrader grader;
    private LabGradeRequest[] requests;
    private int next;

    @Setup
    public void setUp() {
        grader = LabGrader.load();
        requests = mix().toArray(LabGradeRequest[]::new);
        if (Integer.bitCount(requests.length) != 1) {
            throw new IllegalStateException("the mix must hold a power of two requests, has " + requests.length);
        }
        for (LabGradeRequest r : requests) {
            grader.grade(r); // fails fast on a request the grader refuses
        }
    }

    @Benchmark
    public LabGradeResult grade() {
        LabGradeRequest r = requests[next++ & (requests.length - 1)];
        return grader.grade(r);
    }

    /** 32 results: what a cycle's safety labs look like across a few subjects. */
    static List<LabGradeRequest> mix() {
        return List.of(
                // haematology, /mm3 and 10^9/L
                lab("Neutrophil count decreased", "3200", "/mm3").withLln(d("2000")),
                lab("Neutrophil count decreased", "1450", "/mm3").withLln(d("2000")),
                lab("Neutrophil count decreased", "0.8", "10^9/L").withLln(d("1.8")),
                lab("Neutrophil count decreased", "0.4", "10^9/L").withLln(d("1.8")),
                lab("Platelet count decreased", "210000", "/mm3").withLln(d("150000")),
                lab("Platelet count decreased", "68", "10^9/L").withLln(d("150")),
                lab("White blood cell decreased", "2.6", "10^9/L").withLln(d("4.0")),
                lab("Lymphocyte count decreased", "600", "/mm3").withLln(d("1000")),
                lab("Anemia", "13.1", "g/dL").withLln(d("12.0")),
                lab("Anemia", "9.2", "g/dL").withLln(d("12.0")),
                lab("Anemia", "78", "g/L").withLln(d("120")),
                // liver: xULN with normal baseline, xBaseline with abnormal baseline
                lab("Alanine aminotransferase increased", "32", "U/L").withUln(d("40")).withBaseline(d("25")),
                lab("Alanine aminotransferase increased", "135", "U/L").withUln(d("40")).withBaseline(d("30")),
                lab("Alanine aminotransferase increased", "190", "U/L").withUln(d("40")).withBaseline(d("60")),
                lab("Aspartate aminotransferase increased", "58", "U/L").withUln(d("40")),
                lab("Aspartate aminotransferase increased", "420", "U/L").withUln(d("40")).withBaseline(d("35")),
                lab("Alkaline phosphatase increased", "150", "U/L").withUln(d("120")),
                lab("GGT increased", "310", "U/L").withUln(d("60")).withBaseline(d("90")),
                lab("Blood bilirubin increased", "1.8", "mg/dL").withUln(d("1.2")),
                lab("Blood bilirubin increased", "14", "µmol/L").withUln(d("21")).withBaseline(d("10")),
                // kidney
                lab("Creatinine increased", "95", "µmol/L").withUln(d("110")).withBaseline(d("80")),
                lab("Creatinine increased", "1.9", "mg/dL").withUln(d("1.2")).withBaseline(d("1.0")),
                // pancreas, muscle
                lab("Lipase increased", "190", "U/L").withUln(d("60")),
                lab("CPK increased", "700", "U/L").withUln(d("190")),
                // electrolytes
                lab("Hypokalemia", "3.3", "mmol/L").withLln(d("3.5")),
                lab("Hyperkalemia", "5.8", "mmol/L").withUln(d("5.3")),
                lab("Hyponatremia", "128", "mmol/L").withLln(d("135")),
                lab("Hypernatremia", "142", "mmol/L").withUln(d("145")),
                lab("Hypomagnesemia", "0.55", "mmol/L").withLln(d("0.66")),
                lab("Hypocalcemia", "1.9", "mmol/L").withLln(d("2.1")).withTest(LabTest.CA),
                lab("Hypercalcemia", "11.9", "mg/dL").withUln(d("10.5")).withTest(LabTest.CA),
                lab("Hypoalbuminemia", "2.8", "g/dL").withLln(d("3.5")));
    }

    private static LabGradeRequest lab(String term, String value, String unit) {
        return LabGradeRequest.of(term, d(value), unit);
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }
}
