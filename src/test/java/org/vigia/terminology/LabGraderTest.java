package org.vigia.terminology;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CTCAE v5.0 lab grading against the hand-derived case table {@code ctcae/lab-grade-cases.csv}, plus a check that
 * the table reaches every row and every edge of the threshold file.
 */
class LabGraderTest {

    private static final LabGrader GRADER = LabGrader.load();
    private static final BigDecimal NEAR = new BigDecimal("0.05"); // "just above/below" = within 5 % of the edge

    /** One line of the case table. */
    record Case(long line, String term, LabTest test, BigDecimal value, String unit, BigDecimal lln, BigDecimal uln,
            BigDecimal baseline, Boolean symptomatic, int grade, String criterion) {

        LabGradeRequest request() {
            return new LabGradeRequest(term, test, value, unit, lln, uln, baseline, symptomatic);
        }

        @Override
        public String toString() {
            return "line " + line + ": " + term + (test == null ? "" : " [" + test + "]") + " " + value.toPlainString()
                    + " " + unit + (lln == null ? "" : " LLN " + lln) + (uln == null ? "" : " ULN " + uln)
                    + (baseline == null ? "" : " baseline " + baseline)
                    + (symptomatic == null ? "" : symptomatic ? " symptomatic" : " asymptomatic")
                    + " -> G" + grade;
        }
    }

    static List<Case> cases() throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .get();
        List<Case> cases = new ArrayList<>();
        try (InputStream in = LabGraderTest.class.getResourceAsStream("/ctcae/lab-grade-cases.csv");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = format.parse(reader)) {
            for (CSVRecord r : parser) {
                cases.add(new Case(r.getParser().getCurrentLineNumber(), r.get("term"),
                        r.get("test").isEmpty() ? null : LabTest.valueOf(r.get("test")), decimal(r.get("value")),
                        r.get("unit"), decimal(r.get("lln")), decimal(r.get("uln")), decimal(r.get("baseline")),
                        r.get("symptomatic").isEmpty() ? null : Boolean.valueOf(r.get("symptomatic")),
                        Integer.parseInt(r.get("grade")), r.get("criterion")));
            }
        }
        return cases;
    }

    static Stream<Arguments> caseTable() throws IOException {
        return cases().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseTable")
    void gradesEveryHandDerivedCase(Case c) {
        LabGradeResult result = GRADER.grade(c.request());
        assertAll(
                () -> assertEquals(c.grade(), result.grade(), "grade"),
                () -> assertEquals(c.criterion(), result.criterion(), "criterion"),
                () -> assertEquals(c.term(), result.term(), "term"));
    }

    @Test
    void caseTableIsLargeAndCoversAll24Terms() throws IOException {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 500, "cases: " + cases.size());
        Set<String> terms = new LinkedHashSet<>();
        cases.forEach(c -> terms.add(c.term()));
        assertEquals(GRADER.gradableTerms(), terms);
    }

    // ---- the case table reaches every threshold row, read straight from the shipped file

    /** A row of ctcae-v5.0-lab-thresholds.csv, read here independently of the grader. */
    record Row(long number, String term, String unit, int grade, String lower, String upper, String basis,
            String notes, String clause) {

        boolean fits(Case c) {
            if (!c.term().equals(term)) {
                return false;
            }
            if (basis.equals("absolute")) {
                String rowUnit = unit.replaceAll("\\s*\\(.*\\)", "");
                if (!rowUnit.equals(c.unit())) {
                    return false;
                }
                if (unit.contains("ionized") && c.test() != LabTest.CA_ION
                        || unit.contains("corrected") && c.test() != LabTest.CA) {
                    return false;
                }
            }
            if (notes.contains("applies if baseline was normal")
                    && c.baseline() != null && c.baseline().compareTo(c.uln()) > 0) {
                return false;
            }
            if (notes.contains("applies if baseline was abnormal")
                    && (c.baseline() == null || c.baseline().compareTo(c.uln()) <= 0)) {
                return false;
            }
            if (basis.equals("xBaseline") && c.baseline() == null) {
                return false;
            }
            if (notes.contains("only if asymptomatic") && Boolean.TRUE.equals(c.symptomatic())) {
                return false;
            }
            boolean needsSymptoms = notes.contains("only with signs or symptoms") || notes.contains("only if symptomatic")
                    || notes.contains("not assignable from the value alone");
            return !needsSymptoms || Boolean.TRUE.equals(c.symptomatic());
        }

        /** The edge in the case's own value space, or null when the case lacks what the edge needs. */
        BigDecimal edge(String bound, Case c) {
            switch (bound) {
                case "LLN":
                    return c.lln();
                case "ULN":
                    return c.uln();
                default:
                    BigDecimal b = new BigDecimal(bound);
                    return switch (basis) {
                        case "absolute" -> b;
                        case "xULN" -> c.uln() == null ? null : b.multiply(c.uln());
                        default -> c.baseline() == null ? null : b.multiply(c.baseline());
                    };
            }
        }
    }

    static List<Row> thresholdRows() throws IOException {
        Pattern clause = Pattern.compile("text: \"([^\"]*)\"");
        List<Row> rows = new ArrayList<>();
        try (InputStream in = LabGraderTest.class.getResourceAsStream(LabGrader.RESOURCE);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader)) {
            for (CSVRecord r : parser) {
                Matcher m = clause.matcher(r.get("notes"));
                assertTrue(m.find(), "row " + r.getRecordNumber() + " quotes its clause");
                rows.add(new Row(r.getRecordNumber(), r.get("term"), r.get("unit"), Integer.parseInt(r.get("grade")),
                        r.get("lower_bound"), r.get("upper_bound"), r.get("basis"), r.get("notes"), m.group(1)));
            }
        }
        return rows;
    }

    @Test
    void thresholdFileHas172RowsFor24Terms() throws IOException {
        assertEquals(172, thresholdRows().size());
        assertEquals(172, GRADER.thresholds().size());
        assertEquals(24, GRADER.gradableTerms().size());
    }

    @Test
    void caseTableExpectsEveryRowOfTheThresholdFile() throws IOException {
        List<Case> cases = cases();
        List<String> untouched = new ArrayList<>();
        for (Row row : thresholdRows()) {
            boolean touched = cases.stream().anyMatch(c -> row.fits(c) && c.grade() == row.grade()
                    && c.criterion().equals(row.clause()));
            if (!touched) {
                untouched.add("row " + row.number() + " " + row.term() + " G" + row.grade() + " " + row.unit() + " "
                        + row.basis() + " \"" + row.clause() + "\"");
            }
        }
        assertEquals(List.of(), untouched, "threshold rows no hand-derived case expects");
    }

    @Test
    void caseTableTestsEveryEdgeAtJustAboveAndJustBelow() throws IOException {
        List<Case> cases = cases();
        List<String> missing = new ArrayList<>();
        for (Row row : thresholdRows()) {
            for (String bound : List.of(row.lower(), row.upper())) {
                if (bound.isEmpty()) {
                    continue; // -inf / +inf
                }
                boolean at = false;
                boolean above = false;
                boolean below = false;
                for (Case c : cases) {
                    if (!row.fits(c)) {
                        continue;
                    }
                    BigDecimal edge = row.edge(bound, c);
                    if (edge == null) {
                        continue;
                    }
                    BigDecimal near = edge.multiply(NEAR);
                    int cmp = c.value().compareTo(edge);
                    at |= cmp == 0;
                    above |= cmp > 0 && c.value().subtract(edge).compareTo(near) <= 0;
                    below |= cmp < 0 && edge.subtract(c.value()).compareTo(near) <= 0;
                }
                if (!(at && above && below)) {
                    missing.add("row " + row.number() + " " + row.term() + " G" + row.grade() + " " + row.unit() + " "
                            + row.basis() + " edge " + bound + ": at=" + at + " above=" + above + " below=" + below);
                }
            }
        }
        assertEquals(List.of(), missing, "edges without at/just-above/just-below cases");
    }

    // ---- behaviour named in the issue

    @Test
    void neutrophilsExampleFromTheIssue() {
        LabGradeResult r = GRADER.grade(LabGradeRequest.of("Neutrophil count decreased", new BigDecimal("1499"), "/mm3")
                .withLln(new BigDecimal("2000")));
        assertEquals(new LabGradeResult("Neutrophil count decreased", "10029366", 2, "<1500 - 1000/mm3"), r);
    }

    @Test
    void decimalEdgesAreExactWhereBinaryFloatingPointIsNot() {
        // 1.2 x 1.5 is 1.7999999999999998 in double: a double grader would call 1.8 mg/dL "> 1.5 x ULN"
        assertNotEquals(1.8, 1.2 * 1.5);
        LabGradeRequest bilirubin = LabGradeRequest.of("Blood bilirubin increased", new BigDecimal("1.8"), "mg/dL")
                .withUln(new BigDecimal("1.2"));
        assertEquals(1, GRADER.grade(bilirubin).grade());
        assertEquals(1, GRADER.grade(bilirubin.withTerm("Creatinine increased")).grade());
        // 3 x 1.2 = 3.5999999999999996 in double
        assertEquals(2, GRADER.grade(bilirubin.withValue(new BigDecimal("3.6"))).grade());
        // ALT, abnormal baseline: 1.5 x 1.3 = 1.9500000000000002 in double; inclusive edge
        LabGradeRequest alt = LabGradeRequest.of("Alanine aminotransferase increased", new BigDecimal("1.95"), "U/L")
                .withUln(new BigDecimal("1.2")).withBaseline(new BigDecimal("1.3"));
        assertEquals(1, GRADER.grade(alt).grade());
    }

    @Test
    void abnormalBaselineValueAboveUlnButBelowTheFirstMultipleIsNotGraded() {
        LabGradeRequest alt = LabGradeRequest.of("ALANINE AMINOTRANSFERASE INCREASED", new BigDecimal("80"), "U/L")
                .withUln(new BigDecimal("40")).withBaseline(new BigDecimal("60"));
        LabGradeResult r = GRADER.grade(alt);
        assertEquals(0, r.grade());
        assertEquals("", r.criterion());
        assertEquals("Alanine aminotransferase increased", r.term());
    }

    @Test
    void neededLimitsAreAskedForOnlyWhenTheyDecide() {
        LabGradeRequest anc = LabGradeRequest.of("Neutrophil count decreased", new BigDecimal("400"), "/mm3");
        assertEquals(4, GRADER.grade(anc).grade(), "below 500 needs no LLN");
        LabGradingException e = assertThrows(LabGradingException.class,
                () -> GRADER.grade(anc.withValue(new BigDecimal("1600"))));
        assertTrue(e.getMessage().contains("LLN"), e.getMessage());

        LabGradingException noUln = assertThrows(LabGradingException.class, () -> GRADER.grade(
                LabGradeRequest.of("Alanine aminotransferase increased", new BigDecimal("100"), "U/L")));
        assertTrue(noUln.getMessage().contains("ULN"), noUln.getMessage());
    }

    @Test
    void rejectsUnknownTermsUnitsAndAmbiguousMeasurements() {
        LabGradingException unknown = assertThrows(LabGradingException.class,
                () -> GRADER.grade(LabGradeRequest.of("Hyperglycemia", new BigDecimal("300"), "mg/dL")));
        assertTrue(unknown.getMessage().contains("Hyperglycemia"), unknown.getMessage());
        assertThrows(LabGradingException.class,
                () -> GRADER.grade(LabGradeRequest.of("No such term", BigDecimal.ONE, "U/L")));

        LabGradingException unit = assertThrows(LabGradingException.class, () -> GRADER.grade(
                LabGradeRequest.of("Neutrophil count decreased", new BigDecimal("1.2"), "g/dL")
                        .withLln(new BigDecimal("2"))));
        assertTrue(unit.getMessage().contains("g/dL"), unit.getMessage());
        assertThrows(LabGradingException.class, () -> GRADER.grade(
                LabGradeRequest.of("Alanine aminotransferase increased", new BigDecimal("100"), "mmol/L")
                        .withUln(new BigDecimal("40"))));
        assertThrows(IllegalArgumentException.class, () -> GRADER.grade(
                LabGradeRequest.of("Hypokalemia", new BigDecimal("3.2"), "mg/dL").withLln(new BigDecimal("3.5"))));

        LabGradingException calcium = assertThrows(LabGradingException.class, () -> GRADER.grade(
                LabGradeRequest.of("Hypocalcemia", new BigDecimal("1.0"), "mmol/L").withLln(new BigDecimal("2.1"))));
        assertTrue(calcium.getMessage().contains("CA_ION"), calcium.getMessage());
        assertThrows(LabGradingException.class, () -> GRADER.grade(
                LabGradeRequest.of("Anemia", new BigDecimal("9"), "g/dL").withTest(LabTest.ANC)));
    }

    @Test
    void mapsLabTestsToTheTermsTheyGrade() {
        Map<LabTest, List<String>> expected = Map.ofEntries(
                Map.entry(LabTest.ANC, List.of("Neutrophil count decreased")),
                Map.entry(LabTest.PLT, List.of("Platelet count decreased")),
                Map.entry(LabTest.WBC, List.of("White blood cell decreased")),
                Map.entry(LabTest.LYM, List.of("Lymphocyte count decreased")),
                Map.entry(LabTest.HGB, List.of("Anemia")),
                Map.entry(LabTest.ALT, List.of("Alanine aminotransferase increased")),
                Map.entry(LabTest.AST, List.of("Aspartate aminotransferase increased")),
                Map.entry(LabTest.ALP, List.of("Alkaline phosphatase increased")),
                Map.entry(LabTest.GGT, List.of("GGT increased")),
                Map.entry(LabTest.BILI, List.of("Blood bilirubin increased")),
                Map.entry(LabTest.CREAT, List.of("Creatinine increased")),
                Map.entry(LabTest.CPK, List.of("CPK increased")),
                Map.entry(LabTest.LIPASE, List.of("Lipase increased")),
                Map.entry(LabTest.AMYLASE, List.of("Serum amylase increased")),
                Map.entry(LabTest.K, List.of("Hyperkalemia", "Hypokalemia")),
                Map.entry(LabTest.NA, List.of("Hypernatremia", "Hyponatremia")),
                Map.entry(LabTest.MG, List.of("Hypomagnesemia", "Hypermagnesemia")),
                Map.entry(LabTest.CA, List.of("Hypocalcemia", "Hypercalcemia")),
                Map.entry(LabTest.CA_ION, List.of("Hypocalcemia", "Hypercalcemia")),
                Map.entry(LabTest.GLU, List.of("Hypoglycemia")),
                Map.entry(LabTest.ALB, List.of("Hypoalbuminemia")));
        assertEquals(expected, GRADER.termsByTest());
        assertEquals(List.of(), GRADER.termsGradedBy(LabTest.TSH));
        assertEquals(List.of(LabTest.CA, LabTest.CA_ION), GRADER.testsFor("hypercalcemia"));
    }

    @Test
    void gradeLabReturnsTheDirectionThatIsAbnormal() {
        BigDecimal lln = new BigDecimal("3.5");
        BigDecimal uln = new BigDecimal("5.1");
        assertEquals(List.of(new LabGradeResult("Hypokalemia", "10021018", 3, "<3.0 - 2.5 mmol/L")),
                GRADER.gradeLab(LabTest.K, new BigDecimal("2.9"), "mmol/L", lln, uln, null));
        assertEquals(List.of(new LabGradeResult("Hyperkalemia", "10020647", 3, ">6.0 - 7.0 mmol/L")),
                GRADER.gradeLab(LabTest.K, new BigDecimal("6.5"), "mEq/L", lln, uln, null));
        assertEquals(List.of(), GRADER.gradeLab(LabTest.K, new BigDecimal("4.2"), "mmol/L", lln, uln, null));
        assertEquals(List.of(new LabGradeResult("Hypercalcemia", "10020587", 2, "Ionized calcium >1.5 - 1.6 mmol/L")),
                GRADER.gradeLab(LabTest.CA_ION, new BigDecimal("1.55"), "mmol/L", new BigDecimal("1.15"),
                        new BigDecimal("1.3"), null));
        assertEquals(List.of(new LabGradeResult("Anemia", "10002272", 2, "Hgb <10.0 - 8.0 g/dL")),
                GRADER.gradeLab(LabTest.HGB, new BigDecimal("9.5"), "g/dL", new BigDecimal("12"), null, null));
        assertThrows(LabGradingException.class,
                () -> GRADER.gradeLab(LabTest.TSH, BigDecimal.TEN, "mIU/L", BigDecimal.ONE, BigDecimal.ONE, null));
    }

    private static BigDecimal decimal(String s) {
        return s.isEmpty() ? null : new BigDecimal(s);
    }
}
