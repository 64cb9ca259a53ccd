package org.vigia.terminology;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.vigia.terminology.LabThreshold.BaselineCondition;
import org.vigia.terminology.LabThreshold.Basis;
import org.vigia.terminology.LabThreshold.Limit;
import org.vigia.terminology.LabThreshold.SymptomCondition;

/**
 * Grades a lab value against the numeric thresholds of NCI CTCAE v5.0, read from the bundled
 * {@code ctcae-v5.0-lab-thresholds.csv} ({@value #RESOURCE}; every reading of the CTCAE text is recorded in the
 * README next to it). All arithmetic is exact {@link BigDecimal}: a value is compared with {@code bound × ULN} or
 * {@code bound × baseline}, never divided, so 1.8 against 1.5 × ULN 1.2 is exactly at the edge.
 * <p>
 * The rules, as the README records them:
 * <ul>
 * <li>Each row is an interval with inclusive or exclusive edges ({@code interval=...} in its notes);
 *     {@code LLN}/{@code ULN} edges use the request's own limits. The highest grade whose interval holds the
 *     value wins; on a tie the first row in file order gives the criterion.</li>
 * <li>Units: the row in the request's unit is used; a unit the file does not list but the term's
 *     {@link LabTest} accepts (e.g. {@code /µL}, {@code mEq/L}, {@code g/100mL}) is converted with the
 *     {@link LabTest} factors, together with LLN, ULN and baseline. For xULN/xBaseline terms any unit the test
 *     accepts will do (value, ULN and baseline share it). Any other unit throws {@link LabGradingException}.</li>
 * <li>ALT, AST, ALP, GGT, bilirubin: the xULN rules apply when baseline is normal (baseline &lt;= ULN) or not
 *     given; the xBaseline rules when baseline &gt; ULN. The abnormal-baseline Grade 1 lower edge is inclusive for
 *     ALT/AST (1.5×) and ALP/GGT (2.0×), exclusive for bilirubin (&gt;1.0×); a value above ULN but below that
 *     edge gets grade 0.</li>
 * <li>Creatinine increased: the higher of the ULN-based grade and, when a baseline is given, the
 *     baseline-based grade (semicolon = "or").</li>
 * <li>Lipase, amylase and hyponatremia rows that need "asymptomatic" apply unless {@code symptomatic} is
 *     {@code TRUE}; rows that need signs or symptoms apply only when it is {@code TRUE}. So with symptom status
 *     unknown the result is the lowest grade the value guarantees.</li>
 * <li>Hypokalemia: Grade 2 ("Symptomatic with &lt;LLN - 3.0 mmol/L") is not assignable from the value alone;
 *     the value gives Grade 1, and Grade 2 only when {@code symptomatic} is {@code TRUE}.</li>
 * <li>Hyponatremia: CTCAE writes whole-number ranges ({@code 125-129}, {@code 120-124}); they are read as
 *     {@code [125, 130)} and {@code [120, 125)} so that a non-integer result such as 129.5 is graded, as the row
 *     notes say. Integer results grade exactly as written.</li>
 * <li>Clinical qualifiers that are alternatives in the text ("hospitalization indicated", "transfusion
 *     indicated", "life-threatening consequences") are not inferred: this grades the value.</li>
 * </ul>
 * <pre>{@code
 * LabGrader grader = terminology.labGrader();   // injected Terminology; tests: LabGrader.load()
 * LabGradeResult r = grader.grade(LabGradeRequest.of("Neutrophil count decreased", new BigDecimal("1499"), "/mm3")
 *         .withLln(new BigDecimal("2000")));
 * r.grade();      // 2
 * r.criterion();  // "<1500 - 1000/mm3"
 * }</pre>
 */
public final class LabGrader {

    /** Classpath location of the bundled threshold file. */
    public static final String RESOURCE = "/reference/ctcae/ctcae-v5.0-lab-thresholds.csv";

    private static final Pattern INTERVAL = Pattern.compile("interval=([\\[(])\\s*([^,]+?)\\s*,\\s*([^\\])]+?)\\s*([\\])])");
    private static final Pattern CRITERION = Pattern.compile("text: \"([^\"]*)\"");
    private static final String INTEGER_RANGES = "CTCAE writes integer ranges";

    /** Which lab tests measure each gradable term; the first is the default when a term has one. */
    private static final Map<String, List<LabTest>> TESTS_BY_TERM = testsByTerm();

    private final List<LabThreshold> thresholds;
    private final Map<String, List<LabThreshold>> byTerm = new LinkedHashMap<>();

    private LabGrader(List<LabThreshold> thresholds) {
        this.thresholds = List.copyOf(thresholds);
        for (LabThreshold t : this.thresholds) {
            byTerm.computeIfAbsent(key(t.term()), k -> new ArrayList<>()).add(t);
        }
        for (String term : byTerm.keySet()) {
            if (!TESTS_BY_TERM.containsKey(term)) {
                throw new IllegalStateException("No lab test is mapped to the CTCAE term '" + term + "'");
            }
        }
    }

    /**
     * Reads the bundled copy from the classpath. The application reads it once, through the injectable
     * {@link Terminology}; tests and tools may call this directly.
     */
    public static LabGrader load() {
        InputStream in = LabGrader.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("CTCAE lab thresholds missing from the classpath: " + RESOURCE);
        }
        return read(in);
    }

    /**
     * Reads a grader from a UTF-8 CSV with the columns of {@code ctcae-v5.0-lab-thresholds.csv}
     * ({@code term, meddra_code, unit, grade, lower_bound, upper_bound, basis, notes}).
     */
    public static LabGrader read(InputStream csv) {
        Objects.requireNonNull(csv, "csv");
        try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CtcaeDictionary.FORMAT.parse(reader)) {
            List<LabThreshold> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                rows.add(parseRow(r));
            }
            return new LabGrader(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CTCAE lab thresholds", e);
        }
    }

    /** Every threshold row, in file order. */
    public List<LabThreshold> thresholds() {
        return thresholds;
    }

    /** The rows of one term (case-insensitive), in file order; empty for a term that is not lab-graded. */
    public List<LabThreshold> thresholdsFor(String term) {
        return term == null ? List.of() : List.copyOf(byTerm.getOrDefault(key(term), List.of()));
    }

    /** The CTCAE terms this grader can grade from a lab value, as NCI spells them (24 for CTCAE v5.0). */
    public Set<String> gradableTerms() {
        Set<String> terms = new LinkedHashSet<>();
        thresholds.forEach(t -> terms.add(t.term()));
        return terms;
    }

    /**
     * The CTCAE terms a lab test grades, e.g. K gives Hyperkalemia and Hypokalemia, ANC gives Neutrophil count
     * decreased; empty for a test CTCAE v5.0 does not grade by value (e.g. TSH, INR).
     */
    public List<String> termsGradedBy(LabTest test) {
        Objects.requireNonNull(test, "test");
        List<String> terms = new ArrayList<>();
        for (List<LabThreshold> rows : byTerm.values()) {
            String term = rows.get(0).term();
            if (TESTS_BY_TERM.get(key(term)).contains(test)) {
                terms.add(term);
            }
        }
        return terms;
    }

    /** The lab tests that measure a gradable term (two for Hypocalcemia and Hypercalcemia: CA and CA_ION). */
    public List<LabTest> testsFor(String term) {
        return term == null ? List.of() : TESTS_BY_TERM.getOrDefault(key(term), List.of());
    }

    /** Mapping of every lab test CTCAE v5.0 grades by value to the terms it grades. */
    public Map<LabTest, List<String>> termsByTest() {
        Map<LabTest, List<String>> map = new EnumMap<>(LabTest.class);
        for (LabTest test : LabTest.values()) {
            List<String> terms = termsGradedBy(test);
            if (!terms.isEmpty()) {
                map.put(test, List.copyOf(terms));
            }
        }
        return map;
    }

    /**
     * Grades one lab result for one CTCAE term.
     *
     * @throws LabGradingException for a term that is not lab-graded, a unit that does not fit the term, an
     *                             ambiguous measurement (calcium without a test), or a missing LLN/ULN/baseline
     *                             that the deciding rule needs
     */
    public LabGradeResult grade(LabGradeRequest request) {
        Objects.requireNonNull(request, "request");
        List<LabThreshold> termRows = byTerm.get(key(request.term()));
        if (termRows == null) {
            throw new LabGradingException("'" + request.term() + "' is not a CTCAE v5.0 term graded by a lab value;"
                    + " gradable terms are " + gradableTerms());
        }
        String term = termRows.get(0).term();
        String meddraCode = termRows.get(0).meddraCode();
        LabTest test = testFor(term, request.test());
        List<LabThreshold> rows = termRows.stream().filter(t -> measuredBy(t, test)).toList();
        Values values = valuesInRowUnit(term, test, rows, request);

        LabThreshold best = null;
        for (LabThreshold row : rows) {
            if (!row.measurementUnit().equals(values.rowUnit()) && row.basis() == Basis.ABSOLUTE) {
                continue;
            }
            if (applies(row, values, request.symptomatic(), term) && (best == null || row.grade() > best.grade())) {
                best = row;
            }
        }
        return best == null ? LabGradeResult.notGraded(term, meddraCode)
                : new LabGradeResult(term, meddraCode, best.grade(), best.criterion());
    }

    /**
     * Grades a lab test for every CTCAE term it grades (K: Hyperkalemia and Hypokalemia) and returns the terms
     * that reach Grade 1 or worse, worst first; empty when the value grades nowhere.
     *
     * @throws LabGradingException when CTCAE v5.0 grades no term from {@code test}, or as for {@link #grade}
     */
    public List<LabGradeResult> gradeLab(LabTest test, BigDecimal value, String unit, BigDecimal lln, BigDecimal uln,
            BigDecimal baseline) {
        return gradeLab(test, value, unit, lln, uln, baseline, null);
    }

    /** As {@link #gradeLab(LabTest, BigDecimal, String, BigDecimal, BigDecimal, BigDecimal)}, with symptom status. */
    public List<LabGradeResult> gradeLab(LabTest test, BigDecimal value, String unit, BigDecimal lln, BigDecimal uln,
            BigDecimal baseline, Boolean symptomatic) {
        Objects.requireNonNull(test, "test");
        List<String> terms = termsGradedBy(test);
        if (terms.isEmpty()) {
            throw new LabGradingException(test.displayName() + " (" + test.name()
                    + ") grades no CTCAE v5.0 term by its value");
        }
        List<LabGradeResult> results = new ArrayList<>();
        for (String term : terms) {
            LabGradeResult r = grade(new LabGradeRequest(term, test, value, unit, lln, uln, baseline, symptomatic));
            if (r.isGraded()) {
                results.add(r);
            }
        }
        results.sort(Comparator.comparingInt(LabGradeResult::grade).reversed());
        return List.copyOf(results);
    }

    // ---- grading

    private LabTest testFor(String term, LabTest requested) {
        List<LabTest> tests = TESTS_BY_TERM.get(key(term));
        if (requested != null) {
            if (!tests.contains(requested)) {
                throw new LabGradingException(requested.displayName() + " (" + requested.name()
                        + ") does not grade '" + term + "'; it is graded by " + tests);
            }
            return requested;
        }
        if (tests.size() > 1) {
            throw new LabGradingException("'" + term + "' is graded by several measurements " + tests
                    + "; say which one was measured");
        }
        return tests.get(0);
    }

    private static boolean measuredBy(LabThreshold row, LabTest test) {
        Optional<String> measurement = row.measurement();
        if (measurement.isEmpty()) {
            return true;
        }
        LabTest rowTest = measurement.get().toLowerCase(Locale.ROOT).contains("ionized") ? LabTest.CA_ION : LabTest.CA;
        return rowTest == test;
    }

    /** Value, limits and baseline expressed in the unit of the rows that will be compared. */
    private record Values(String rowUnit, BigDecimal value, BigDecimal lln, BigDecimal uln, BigDecimal baseline) {
    }

    private static Values valuesInRowUnit(String term, LabTest test, List<LabThreshold> rows, LabGradeRequest r) {
        String requestUnit = test.listedUnit(r.unit()).orElseThrow(() -> new LabGradingException("Unit '" + r.unit()
                + "' does not fit '" + term + "' (" + test.displayName() + "); use one of " + test.units()));
        List<String> rowUnits = rows.stream().filter(t -> t.basis() == Basis.ABSOLUTE)
                .map(LabThreshold::measurementUnit).distinct().toList();
        if (rowUnits.isEmpty()) {
            // ratio rules: value, ULN and baseline share the request's unit
            return new Values("ratio", r.value(), r.lln(), r.uln(), r.baseline());
        }
        for (String rowUnit : rowUnits) {
            if (test.listedUnit(rowUnit).filter(requestUnit::equals).isPresent()) {
                return new Values(rowUnit, r.value(), r.lln(), r.uln(), r.baseline());
            }
        }
        // prefer a listed unit of the same size (/µL -> /mm3, mEq/L -> mmol/L for K), then the canonical unit
        String target = rowUnits.stream()
                .filter(u -> test.accepts(u) && test.convert(BigDecimal.ONE, requestUnit, u).compareTo(BigDecimal.ONE) == 0)
                .findFirst()
                .or(() -> rowUnits.stream().filter(u -> test.listedUnit(u).filter(test.canonicalUnit()::equals).isPresent())
                        .findFirst())
                .orElse(rowUnits.get(0));
        return new Values(target, convert(test, r.value(), requestUnit, target), convert(test, r.lln(), requestUnit, target),
                convert(test, r.uln(), requestUnit, target), convert(test, r.baseline(), requestUnit, target));
    }

    private static BigDecimal convert(LabTest test, BigDecimal value, String from, String to) {
        return value == null ? null : test.convert(value, from, to);
    }

    private static boolean applies(LabThreshold row, Values v, Boolean symptomatic, String term) {
        if (row.symptomCondition() == SymptomCondition.SYMPTOMATIC && !Boolean.TRUE.equals(symptomatic)) {
            return false;
        }
        if (row.symptomCondition() == SymptomCondition.ASYMPTOMATIC && Boolean.TRUE.equals(symptomatic)) {
            return false;
        }
        BigDecimal reference = switch (row.basis()) {
            case ABSOLUTE -> BigDecimal.ONE;
            case X_ULN -> positive(v.uln(), "ULN", term, row);
            // without a baseline only the xULN rules can apply (creatinine: the ULN criterion alone decides)
            case X_BASELINE -> v.baseline() == null ? null : positive(v.baseline(), "baseline", term, row);
        };
        if (reference == null) {
            return false;
        }
        if (row.baselineCondition() != BaselineCondition.ANY) {
            boolean abnormal = v.baseline() != null
                    && v.baseline().compareTo(positive(v.uln(), "ULN", term, row)) > 0;
            if (abnormal != (row.baselineCondition() == BaselineCondition.ABNORMAL)) {
                return false;
            }
        }
        // numeric edges first, so that a limit the request lacks is asked for only when it decides
        if (row.lower().kind() == Limit.Kind.NUMBER
                && !aboveLower(v.value(), row.lower().number().multiply(reference), row.lowerInclusive())) {
            return false;
        }
        if (row.upper().kind() == Limit.Kind.NUMBER
                && !belowUpper(v.value(), row.upper().number().multiply(reference), row.upperInclusive())) {
            return false;
        }
        if (isNormalLimit(row.lower())
                && !aboveLower(v.value(), normalLimit(row.lower(), v, term, row), row.lowerInclusive())) {
            return false;
        }
        return !isNormalLimit(row.upper())
                || belowUpper(v.value(), normalLimit(row.upper(), v, term, row), row.upperInclusive());
    }

    private static boolean aboveLower(BigDecimal value, BigDecimal edge, boolean inclusive) {
        int c = value.compareTo(edge);
        return inclusive ? c >= 0 : c > 0;
    }

    private static boolean belowUpper(BigDecimal value, BigDecimal edge, boolean inclusive) {
        int c = value.compareTo(edge);
        return inclusive ? c <= 0 : c < 0;
    }

    private static boolean isNormalLimit(Limit limit) {
        return limit.kind() == Limit.Kind.LLN || limit.kind() == Limit.Kind.ULN;
    }

    private static BigDecimal normalLimit(Limit limit, Values v, String term, LabThreshold row) {
        BigDecimal value = limit.kind() == Limit.Kind.LLN ? v.lln() : v.uln();
        if (value == null) {
            throw new LabGradingException("'" + term + "' needs the " + limit.kind() + " to grade this value (rule "
                    + row.intervalText() + " " + row.unit() + ", Grade " + row.grade() + ")");
        }
        return value;
    }

    private static BigDecimal positive(BigDecimal value, String name, String term, LabThreshold row) {
        if (value == null) {
            throw new LabGradingException("'" + term + "' needs the " + name + " to grade this value (rule "
                    + row.intervalText() + ", Grade " + row.grade() + ")");
        }
        if (value.signum() <= 0) {
            throw new LabGradingException("The " + name + " for '" + term + "' must be positive: " + value);
        }
        return value;
    }

    // ---- reading

    static LabThreshold parseRow(CSVRecord r) {
        String term = r.get("term");
        String notes = r.get("notes");
        Limit lower = Limit.parse(r.get("lower_bound"));
        Limit upper = Limit.parse(r.get("upper_bound"));
        Matcher interval = INTERVAL.matcher(notes);
        if (!interval.find()) {
            throw new IllegalStateException("Row " + r.getRecordNumber() + " (" + term + ") has no interval= note");
        }
        checkEdge(r, lower, interval.group(2), "-inf");
        checkEdge(r, upper, interval.group(3), "+inf");
        boolean lowerInclusive = "[".equals(interval.group(1));
        boolean upperInclusive = "]".equals(interval.group(4));
        Matcher criterion = CRITERION.matcher(notes);
        if (!criterion.find()) {
            throw new IllegalStateException("Row " + r.getRecordNumber() + " (" + term + ") quotes no grade text");
        }
        if (notes.contains(INTEGER_RANGES) && upperInclusive && upper.kind() == Limit.Kind.NUMBER
                && upper.number().stripTrailingZeros().scale() <= 0) {
            // "125-129" covers every result below 130: read as [125, 130)
            upper = new Limit(Limit.Kind.NUMBER, upper.number().add(BigDecimal.ONE));
            upperInclusive = false;
        }
        return new LabThreshold(term, r.get("meddra_code"), r.get("unit"), Integer.parseInt(r.get("grade")), lower,
                lowerInclusive, upper, upperInclusive, Basis.fromFile(r.get("basis")), symptomCondition(notes),
                baselineCondition(notes), criterion.group(1), notes);
    }

    private static void checkEdge(CSVRecord r, Limit limit, String noted, String infinity) {
        boolean same = switch (limit.kind()) {
            case UNBOUNDED -> noted.equals(infinity);
            case LLN -> noted.equals("LLN");
            case ULN -> noted.equals("ULN");
            case NUMBER -> noted.matches("[0-9.]+") && new BigDecimal(noted).compareTo(limit.number()) == 0;
        };
        if (!same) {
            throw new IllegalStateException("Row " + r.getRecordNumber() + " (" + r.get("term")
                    + "): bound " + limit + " disagrees with its interval note '" + noted + "'");
        }
    }

    private static SymptomCondition symptomCondition(String notes) {
        if (notes.contains("only if asymptomatic")) {
            return SymptomCondition.ASYMPTOMATIC;
        }
        if (notes.contains("only with signs or symptoms") || notes.contains("only if symptomatic")
                || notes.contains("not assignable from the value alone")) {
            return SymptomCondition.SYMPTOMATIC;
        }
        return SymptomCondition.ANY;
    }

    private static BaselineCondition baselineCondition(String notes) {
        if (notes.contains("applies if baseline was abnormal")) {
            return BaselineCondition.ABNORMAL;
        }
        if (notes.contains("applies if baseline was normal")) {
            return BaselineCondition.NORMAL;
        }
        return BaselineCondition.ANY;
    }

    private static String key(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }

    private static Map<String, List<LabTest>> testsByTerm() {
        Map<String, List<LabTest>> m = new LinkedHashMap<>();
        m.put("neutrophil count decreased", List.of(LabTest.ANC));
        m.put("platelet count decreased", List.of(LabTest.PLT));
        m.put("white blood cell decreased", List.of(LabTest.WBC));
        m.put("lymphocyte count decreased", List.of(LabTest.LYM));
        m.put("anemia", List.of(LabTest.HGB));
        m.put("alanine aminotransferase increased", List.of(LabTest.ALT));
        m.put("aspartate aminotransferase increased", List.of(LabTest.AST));
        m.put("alkaline phosphatase increased", List.of(LabTest.ALP));
        m.put("ggt increased", List.of(LabTest.GGT));
        m.put("blood bilirubin increased", List.of(LabTest.BILI));
        m.put("creatinine increased", List.of(LabTest.CREAT));
        m.put("cpk increased", List.of(LabTest.CPK));
        m.put("lipase increased", List.of(LabTest.LIPASE));
        m.put("serum amylase increased", List.of(LabTest.AMYLASE));
        m.put("hyperkalemia", List.of(LabTest.K));
        m.put("hypokalemia", List.of(LabTest.K));
        m.put("hypernatremia", List.of(LabTest.NA));
        m.put("hyponatremia", List.of(LabTest.NA));
        m.put("hypomagnesemia", List.of(LabTest.MG));
        m.put("hypermagnesemia", List.of(LabTest.MG));
        m.put("hypocalcemia", List.of(LabTest.CA, LabTest.CA_ION));
        m.put("hypercalcemia", List.of(LabTest.CA, LabTest.CA_ION));
        m.put("hypoglycemia", List.of(LabTest.GLU));
        m.put("hypoalbuminemia", List.of(LabTest.ALB));
        return Map.copyOf(m);
    }
}
