package org.vigia.dmc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.vigia.dmc.DmcDataset.AdverseEvent;
import org.vigia.dmc.DmcDataset.BestOverallResponse;
import org.vigia.dmc.DmcDataset.Endpoint;
import org.vigia.dmc.DmcDataset.Exposure;
import org.vigia.dmc.DmcDataset.LabShift;
import org.vigia.dmc.DmcDataset.StoppingRule;
import org.vigia.dmc.DmcDataset.Subject;
import org.vigia.dmc.ReportCell.Count;
import org.vigia.dmc.ReportCell.Decimal;
import org.vigia.dmc.ReportCell.Label;
import org.vigia.dmc.ReportCell.Text;
import org.vigia.dmc.ReportTable.Column;
import org.vigia.terminology.LabTest;
import org.vigia.shared.stats.ExactBinomialInterval;
import org.vigia.shared.stats.KaplanMeier;

/**
 * Computes every table and chart of the DMC safety report from a {@link DmcDataset}, with the arms as
 * columns plus a Total column. Pure and deterministic: the same dataset and locale give the same tables
 * in the same order (only {@link ReportMetadata#generatedAt()} comes from the clock).
 *
 * <p>Populations and counting rules (stated in the footnotes of each table):
 * <ul>
 *   <li>Disposition: percentages of enrolled subjects; screen failures as a percentage of screened.</li>
 *   <li>Safety population = treated subjects (≥1 dose); AEs of untreated subjects are not counted.</li>
 *   <li>AE incidence: each subject once per SOC and once per term, at the worst grade of that SOC/term
 *       (MedDRA/CTCAE convention of ICH E3 section 12.2 summary tables). SOCs and terms by descending
 *       total incidence, then alphabetically.</li>
 *   <li>Exposure: per agent, among subjects exposed to the agent; relative dose intensity in %.</li>
 *   <li>Stopping rule: NCT07041788 "treatment-related mortality ≥2%" = treatment-related deaths / treated;
 *       the threshold is reached when the observed rate is ≥ the threshold; exact (Clopper–Pearson) 95% CI.</li>
 *   <li>Efficacy: ORR = CR+PR, DCR = CR+PR+SD among enrolled subjects, exact 95% CI; Kaplan–Meier from
 *       enrolment, log-log 95% CIs, Brookmeyer–Crowley CI of the median (see {@link KaplanMeier}).</li>
 * </ul>
 *
 * <pre>{@code
 * DmcReport report = new DmcReportBuilder(Locale.ENGLISH, Clock.systemUTC()).build(dataset);
 * }</pre>
 */
public final class DmcReportBuilder {

    /** Days per year for the fixed-time survival rates. */
    public static final double DAYS_PER_YEAR = 365.25;
    /** Times (days) at which numbers at risk are printed under the Kaplan–Meier plots. */
    static final int AT_RISK_STEP_DAYS = 90;

    private final Locale locale;
    private final Clock clock;
    /** The number of most frequent terms when set here, else null: the dataset's settings say. */
    private final Integer mostFrequentTermsOverride;

    /**
     * A builder writing texts in {@code locale} and stamping the generation time from {@code clock}; landmark
     * years, the number of most frequent terms and the columns follow the dataset's {@link DmcDataset.Settings}.
     */
    public DmcReportBuilder(Locale locale, Clock clock) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.mostFrequentTermsOverride = null;
    }

    /** As above, listing the {@code mostFrequentTerms} most frequent AE terms whatever the settings say. */
    public DmcReportBuilder(Locale locale, Clock clock, int mostFrequentTerms) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (mostFrequentTerms < 1) {
            throw new IllegalArgumentException("mostFrequentTerms must be >= 1");
        }
        this.mostFrequentTermsOverride = mostFrequentTerms;
    }

    /** Builds the report. */
    public DmcReport build(DmcDataset dataset) {
        return new Computation(dataset, new DmcMessages(locale)).report();
    }

    /**
     * One build: the dataset indexed, the columns, and the table methods. Subjects are addressed by their
     * position in {@link #subjects} (subject numbers are unique in a dataset); column membership, the safety
     * population and each AE's subject are resolved once, so a table row costs one pass over the subjects
     * (or over the AEs for a whole table), not one pass per column or per term.
     */
    private final class Computation {
        private final DmcDataset data;
        private final DmcMessages msg;
        private final List<Subject> subjects;
        private final Map<String, Integer> indexByNumber = new HashMap<>();
        private final List<Group> groups = new ArrayList<>();
        /** {@code member[g][i]}: subject {@code i} is counted in column {@code g}. */
        private final boolean[][] member;
        private final boolean[] treated;
        /** Treated subjects per column: the denominator of the safety tables. */
        private final int[] treatedCount;
        private final Map<String, Integer> armIndexByCode = new HashMap<>();
        private final Map<String, String> armLabelByCode = new HashMap<>();
        /** AEs of treated subjects (the safety population), and the subject index of each. */
        private final List<AdverseEvent> safetyEvents;
        private final int[] safetySubject;
        /** Worst grade per subject over all safety events (0 = none). */
        private final int[] worstOfAll;
        private final Map<Endpoint, List<Optional<KaplanMeier>>> curves = new EnumMap<>(Endpoint.class);

        private final int mostFrequentTerms;

        Computation(DmcDataset data, DmcMessages msg) {
            this.data = data;
            this.msg = msg;
            this.mostFrequentTerms = mostFrequentTermsOverride != null ? mostFrequentTermsOverride
                    : data.settings().mostFrequentTerms();
            this.subjects = data.subjects().stream().sorted(Comparator.comparing(Subject::subjectNumber)).toList();
            for (int i = 0; i < subjects.size(); i++) {
                indexByNumber.put(subjects.get(i).subjectNumber(), i);
            }
            for (int a = 0; a < data.arms().size(); a++) {
                DmcDataset.Arm arm = data.arms().get(a);
                armIndexByCode.putIfAbsent(arm.code(), a);
                armLabelByCode.putIfAbsent(arm.code(), arm.label());
                if (data.settings().summariesByArm()) {
                    groups.add(new Group(arm.label(), s -> arm.code().equals(s.armCode())));
                }
            }
            groups.add(new Group(msg.get("column.total"), s -> true));
            member = new boolean[groups.size()][subjects.size()];
            treated = new boolean[subjects.size()];
            treatedCount = new int[groups.size()];
            for (int i = 0; i < subjects.size(); i++) {
                Subject s = subjects.get(i);
                treated[i] = s.treated();
                for (int g = 0; g < groups.size(); g++) {
                    member[g][i] = groups.get(g).member().test(s);
                    if (member[g][i] && treated[i]) {
                        treatedCount[g]++;
                    }
                }
            }
            // every count over the safety events is order-independent (worst grade, sets of subjects)
            List<AdverseEvent> events = new ArrayList<>();
            List<Integer> eventSubjects = new ArrayList<>();
            for (AdverseEvent a : data.adverseEvents()) {
                int i = index(a.subjectNumber());
                if (treated[i]) {
                    events.add(a);
                    eventSubjects.add(i);
                }
            }
            this.safetyEvents = events;
            this.safetySubject = eventSubjects.stream().mapToInt(Integer::intValue).toArray();
            this.worstOfAll = worstGrades(a -> true);
        }

        DmcReport report() {
            ReportMetadata metadata = new ReportMetadata(data.studyRegistryId(), data.studyTitle(),
                    data.definitionVersion(), data.cutOffDate(), Instant.now(clock).truncatedTo(ChronoUnit.SECONDS),
                    locale, DmcDatasetChecksum.of(data), data.notes());
            List<ReportTable> tables = new ArrayList<>();
            tables.add(disposition());
            tables.add(exposure());
            tables.add(adverseEventOverview());
            tables.add(worstGrade());
            tables.add(adverseEventsBySocAndTerm());
            tables.add(gradeThreeOrWorseByTerm());
            tables.add(mostFrequentTerms());
            tables.add(seriousAdverseEventListing());
            tables.add(deathListing());
            tables.add(labShifts());
            tables.add(stoppingRules());
            tables.add(response());
            tables.add(timeToEventSummary());
            List<ReportFigure> figures = new ArrayList<>();
            figures.add(gradeChart());
            for (Endpoint endpoint : Endpoint.values()) {
                kaplanMeierChart(endpoint).ifPresent(figures::add);
            }
            return new DmcReport(metadata, tables, figures);
        }

        // ---------------------------------------------------------------- helpers

        /** Position of the subject in {@link #subjects}. */
        private int index(String subjectNumber) {
            return indexByNumber.get(subjectNumber);
        }

        private Subject subject(String subjectNumber) {
            return subjects.get(index(subjectNumber));
        }

        /** Subjects of column {@code g} matching {@code p}, by subject number. */
        private List<Subject> in(int g, Predicate<Subject> p) {
            List<Subject> result = new ArrayList<>();
            for (int i = 0; i < subjects.size(); i++) {
                if (member[g][i] && p.test(subjects.get(i))) {
                    result.add(subjects.get(i));
                }
            }
            return result;
        }

        private int count(int g, Predicate<Subject> p) {
            int n = 0;
            for (int i = 0; i < subjects.size(); i++) {
                if (member[g][i] && p.test(subjects.get(i))) {
                    n++;
                }
            }
            return n;
        }

        private List<Column> summaryColumns(String firstHeaderKey) {
            List<Column> columns = new ArrayList<>();
            columns.add(new Column(msg.get(firstHeaderKey), ""));
            groups.forEach(g -> columns.add(new Column(g.label(), "")));
            return columns;
        }

        private List<ReportCell> countRow(ReportCell label, Predicate<Subject> numerator,
                                          Predicate<Subject> denominator) {
            return countRowAt(label, i -> numerator.test(subjects.get(i)),
                    denominator == null ? null : i -> denominator.test(subjects.get(i)));
        }

        /**
         * A row of counts per column: subjects matching {@code denominator} and {@code numerator} over those
         * matching {@code denominator} (no denominator: all subjects, shown as a plain count); one pass.
         */
        private List<ReportCell> countRowAt(ReportCell label, IntPredicate numerator, IntPredicate denominator) {
            int[] hits = new int[groups.size()];
            int[] base = new int[groups.size()];
            for (int i = 0; i < subjects.size(); i++) {
                if (denominator != null && !denominator.test(i)) {
                    continue;
                }
                boolean hit = numerator.test(i);
                for (int g = 0; g < groups.size(); g++) {
                    if (member[g][i]) {
                        base[g]++;
                        if (hit) {
                            hits[g]++;
                        }
                    }
                }
            }
            List<ReportCell> row = new ArrayList<>();
            row.add(label);
            for (int g = 0; g < groups.size(); g++) {
                row.add(new Count(hits[g], denominator == null ? 0 : base[g]));
            }
            return row;
        }

        private Label label(String key, int indent) {
            return new Label(msg.get(key), indent, false);
        }

        private Label heading(String text) {
            return new Label(text, 0, true);
        }

        private ReportTable table(String id, ReportTable.Kind kind, List<Column> columns,
                                  List<List<ReportCell>> rows, List<String> footnotes) {
            String key = "table." + id;
            return new ReportTable(id, key, msg.get(key), kind, columns, rows, footnotes);
        }

        private ReportCell percent(double proportion) {
            return Decimal.of(100.0 * proportion, 1);
        }

        private ReportCell notEstimable() {
            return new ReportCell.NotEstimable(msg.get("value.notEstimable"));
        }

        // ---------------------------------------------------------------- disposition

        ReportTable disposition() {
            List<List<ReportCell>> rows = new ArrayList<>();
            Predicate<Subject> all = s -> true;
            rows.add(countRow(label("disposition.screened", 0), all, null));
            rows.add(countRow(label("disposition.screenFailures", 0), Subject::screenFailure, all));
            Predicate<Subject> enrolled = Subject::enrolled;
            rows.add(countRow(label("disposition.enrolled", 0), enrolled, null));
            rows.add(countRow(label("disposition.treated", 0), Subject::treated, enrolled));
            rows.add(countRow(label("disposition.onTreatment", 0),
                    s -> s.treated() && s.treatmentEndDate() == null && !s.dead(), enrolled));
            Predicate<Subject> discontinued = s -> s.treated() && s.treatmentEndDate() != null;
            rows.add(countRow(label("disposition.discontinued", 0), discontinued, enrolled));
            for (String reason : reasons(subjects.stream().filter(discontinued)
                    .map(Subject::treatmentDiscontinuationReason).toList())) {
                rows.add(countRow(new Label(reason, 1, false), s -> discontinued.test(s)
                        && reason.equals(reasonOf(s.treatmentDiscontinuationReason())), enrolled));
            }
            rows.add(countRow(label("disposition.inFollowUp", 0), s -> s.treated() && s.treatmentEndDate() != null
                    && !s.dead() && s.studyExitDate() == null, enrolled));
            Predicate<Subject> leftStudy = s -> s.enrolled() && s.studyExitDate() != null && !s.dead();
            rows.add(countRow(label("disposition.leftStudy", 0), leftStudy, enrolled));
            for (String reason : reasons(subjects.stream().filter(leftStudy).map(Subject::studyExitReason).toList())) {
                rows.add(countRow(new Label(reason, 1, false),
                        s -> leftStudy.test(s) && reason.equals(reasonOf(s.studyExitReason())), enrolled));
            }
            rows.add(countRow(label("disposition.deaths", 0), s -> s.enrolled() && s.dead(), enrolled));
            return table("disposition", ReportTable.Kind.SUMMARY, summaryColumns("column.category"), rows,
                    List.of(msg.get("footnote.disposition")));
        }

        private String reasonOf(String reason) {
            return reason == null || reason.isBlank() ? msg.get("value.notRecorded") : coded("reason.", reason);
        }

        /**
         * The text of a coded value in the report's language: the dataset keeps codes (e.g. {@code ADVERSE_EVENT},
         * optionally followed by ": " and free text as typed), so that its checksum does not depend on the language;
         * a value without a bundle entry under {@code prefix} is shown as it is.
         */
        private String coded(String prefix, String value) {
            if (value == null) {
                return null;
            }
            int colon = value.indexOf(": ");
            String code = colon > 0 ? value.substring(0, colon) : value;
            String rest = colon > 0 ? value.substring(colon) : "";
            String text = msg.getOrDefault(prefix + code, null);
            return text == null ? value : text + rest;
        }

        /** A list of codes ("DEATH,HOSPITALISATION") in the report's language. */
        private String codedList(String prefix, String value) {
            if (value == null) {
                return null;
            }
            List<String> parts = new ArrayList<>();
            for (String code : value.split(",")) {
                parts.add(coded(prefix, code.strip()));
            }
            return String.join(msg.get("note.separator"), parts);
        }

        /** Causality per agent ("Cisplatin=PROBABLE;RADIOTHERAPY=UNLIKELY") in the report's language. */
        private String attribution(String value) {
            if (value == null) {
                return null;
            }
            List<String> parts = new ArrayList<>();
            for (String pair : value.split(";")) {
                int eq = pair.lastIndexOf('=');
                String agent = eq < 0 ? pair : pair.substring(0, eq);
                String causality = eq < 0 ? "" : pair.substring(eq + 1);
                parts.add(coded("agent.", agent) + ": " + (causality.isEmpty() ? msg.get("value.notAssessed")
                        : coded("causality.", causality)));
            }
            return String.join(msg.get("note.separator"), parts);
        }

        private List<String> reasons(List<String> raw) {
            return new TreeSet<>(raw.stream().map(this::reasonOf).toList()).stream().toList();
        }

        // ---------------------------------------------------------------- exposure

        ReportTable exposure() {
            List<List<ReportCell>> rows = new ArrayList<>();
            // drugs by name, then radiotherapy courses by name
            List<String> agents = data.exposures().stream()
                    .sorted(Comparator.comparing(Exposure::radiotherapy).thenComparing(Exposure::agent))
                    .map(Exposure::agent).distinct().toList();
            for (String agent : agents) {
                boolean course = data.exposures().stream().anyMatch(e -> e.agent().equals(agent) && e.radiotherapy());
                rows.add(headingRow(course ? msg.get("exposure.radiotherapy", agent) : agent));
                List<Exposure> rowsOfAgent = data.exposures().stream().filter(e -> e.agent().equals(agent))
                        .filter(e -> treated[index(e.subjectNumber())])
                        .sorted(Comparator.comparing(Exposure::subjectNumber)).toList();
                Map<String, Exposure> bySubject = new LinkedHashMap<>();
                rowsOfAgent.forEach(e -> bySubject.put(e.subjectNumber(), e)); // one row per subject and agent
                Predicate<Subject> exposed = s -> bySubject.containsKey(s.subjectNumber());
                rows.add(countRow(label("exposure.exposed", 1), exposed, Subject::treated));
                boolean rt = rowsOfAgent.stream().anyMatch(Exposure::radiotherapy);
                List<List<BigDecimal>> cycles = sortedValues(bySubject, e -> bd(e.cyclesReceived()));
                String unitKey = rt ? "exposure.fractions" : "exposure.cycles";
                rows.add(statRow(msg.get(unitKey + "Median"), cycles, Stat.MEDIAN));
                rows.add(statRow(msg.get(unitKey + "Min"), cycles, Stat.MIN));
                rows.add(statRow(msg.get(unitKey + "Max"), cycles, Stat.MAX));
                List<List<BigDecimal>> dose = sortedValues(bySubject, Exposure::cumulativeDose);
                if (dose.stream().anyMatch(v -> !v.isEmpty())) {
                    String unit = rowsOfAgent.stream().map(Exposure::doseUnit).filter(Objects::nonNull).findFirst()
                            .orElse("");
                    rows.add(statRow(msg.get("exposure.doseMedian", unit), dose, Stat.MEDIAN));
                    rows.add(statRow(msg.get("exposure.doseMin", unit), dose, Stat.MIN));
                    rows.add(statRow(msg.get("exposure.doseMax", unit), dose, Stat.MAX));
                }
                if (rt) {
                    continue; // dose intensity, holds, reductions and deviations are the drugs' measures
                }
                List<List<BigDecimal>> rdi = sortedValues(bySubject, this::rdiPercent);
                rows.add(statRow(msg.get("exposure.rdiMedian"), rdi, Stat.MEDIAN));
                rows.add(statRow(msg.get("exposure.rdiMin"), rdi, Stat.MIN));
                rows.add(statRow(msg.get("exposure.rdiMax"), rdi, Stat.MAX));
                rows.add(countRow(label("exposure.holds", 1),
                        s -> bySubject.get(s.subjectNumber()).doseHolds() > 0, exposed));
                rows.add(countRow(label("exposure.reductions", 1),
                        s -> bySubject.get(s.subjectNumber()).doseReductions() > 0, exposed));
                Predicate<Subject> stopped = s -> exposed.test(s)
                        && bySubject.get(s.subjectNumber()).discontinuationReason() != null;
                rows.add(countRow(label("exposure.discontinued", 1), stopped, exposed));
                for (String reason : reasons(rowsOfAgent.stream().map(Exposure::discontinuationReason)
                        .filter(Objects::nonNull).toList())) {
                    rows.add(countRow(new Label(reason, 2, false), s -> stopped.test(s)
                            && reason.equals(reasonOf(bySubject.get(s.subjectNumber()).discontinuationReason())),
                            exposed));
                }
                rows.add(countRow(label("exposure.subjectsWithDeviation", 1),
                        s -> bySubject.get(s.subjectNumber()).dosingDeviations() > 0, exposed));
                List<ReportCell> deviations = new ArrayList<>();
                deviations.add(label("exposure.deviations", 1));
                for (int g = 0; g < groups.size(); g++) {
                    deviations.add(Count.of(in(g, exposed).stream()
                            .mapToInt(s -> bySubject.get(s.subjectNumber()).dosingDeviations()).sum()));
                }
                rows.add(deviations);
            }
            return table("exposure", ReportTable.Kind.SUMMARY, summaryColumns("column.category"), rows,
                    List.of(msg.get("footnote.exposure")));
        }

        private List<ReportCell> headingRow(String text) {
            List<ReportCell> row = new ArrayList<>();
            row.add(heading(text));
            groups.forEach(g -> row.add(new ReportCell.Empty()));
            return row;
        }

        private BigDecimal rdiPercent(Exposure e) {
            return e.relativeDoseIntensity() == null ? null : e.relativeDoseIntensity().multiply(BigDecimal.valueOf(100));
        }

        private enum Stat { MEDIAN, MIN, MAX }

        /** Per column, the non-null values of the exposed subjects (by subject number), sorted. */
        private List<List<BigDecimal>> sortedValues(Map<String, Exposure> bySubject,
                                                    Function<Exposure, BigDecimal> value) {
            List<List<BigDecimal>> perColumn = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                perColumn.add(in(g, s -> bySubject.containsKey(s.subjectNumber())).stream()
                        .map(s -> value.apply(bySubject.get(s.subjectNumber()))).filter(Objects::nonNull)
                        .sorted().toList());
            }
            return perColumn;
        }

        private List<ReportCell> statRow(String text, List<List<BigDecimal>> sortedValues, Stat stat) {
            List<ReportCell> row = new ArrayList<>();
            row.add(new Label(text, 1, false));
            for (List<BigDecimal> values : sortedValues) {
                if (values.isEmpty()) {
                    row.add(new ReportCell.Empty());
                    continue;
                }
                BigDecimal v = switch (stat) {
                    case MIN -> values.get(0);
                    case MAX -> values.get(values.size() - 1);
                    case MEDIAN -> values.size() % 2 == 1 ? values.get(values.size() / 2)
                            : values.get(values.size() / 2 - 1).add(values.get(values.size() / 2))
                                    .divide(BigDecimal.valueOf(2));
                };
                row.add(new Decimal(v.setScale(1, RoundingMode.HALF_UP)));
            }
            return row;
        }

        private static BigDecimal bd(int i) {
            return BigDecimal.valueOf(i);
        }

        // ---------------------------------------------------------------- AE tables

        /** Worst grade (1-5; 0 = no event) per subject index among the safety events matching {@code filter}. */
        private int[] worstGrades(Predicate<AdverseEvent> filter) {
            int[] worst = new int[subjects.size()];
            for (int e = 0; e < safetyEvents.size(); e++) {
                AdverseEvent a = safetyEvents.get(e);
                if (filter.test(a)) {
                    int i = safetySubject[e];
                    worst[i] = Math.max(worst[i], a.worstGrade());
                }
            }
            return worst;
        }

        /** As {@link #worstGrades(Predicate)} for each value of {@code key}, in one pass over the events. */
        private Map<String, int[]> worstGradesBy(Function<AdverseEvent, String> key, Predicate<AdverseEvent> filter) {
            Map<String, int[]> byKey = new HashMap<>();
            for (int e = 0; e < safetyEvents.size(); e++) {
                AdverseEvent a = safetyEvents.get(e);
                if (filter.test(a)) {
                    int[] worst = byKey.computeIfAbsent(key.apply(a), k -> new int[subjects.size()]);
                    int i = safetySubject[e];
                    worst[i] = Math.max(worst[i], a.worstGrade());
                }
            }
            return byKey;
        }

        /** Subjects with at least one event, from a worst-grade array. */
        private static int subjectsWithEvent(int[] worst) {
            int n = 0;
            for (int w : worst) {
                if (w > 0) {
                    n++;
                }
            }
            return n;
        }

        /** Treated subjects with an event (worst grade &gt; 0) over treated subjects, per column. */
        private List<ReportCell> aeRow(ReportCell label, int[] worst) {
            return countRowAt(label, i -> worst[i] > 0, i -> treated[i]);
        }

        ReportTable adverseEventOverview() {
            List<List<ReportCell>> rows = new ArrayList<>();
            rows.add(aeRow(label("ae.any", 0), worstOfAll));
            rows.add(aeRow(label("ae.grade3", 0), worstGrades(a -> a.worstGrade() >= 3)));
            rows.add(aeRow(label("ae.serious", 0), worstGrades(AdverseEvent::serious)));
            rows.add(aeRow(label("ae.related", 0), worstGrades(AdverseEvent::treatmentRelated)));
            rows.add(aeRow(label("ae.relatedGrade3", 0), worstGrades(a -> a.treatmentRelated() && a.worstGrade() >= 3)));
            rows.add(aeRow(label("ae.immune", 0), worstGrades(AdverseEvent::immuneRelated)));
            rows.add(aeRow(label("ae.discontinuation", 0), worstGrades(AdverseEvent::ledToDiscontinuation)));
            rows.add(aeRow(label("ae.fatal", 0), worstGrades(AdverseEvent::fatalOutcome)));
            return table("ae-overview", ReportTable.Kind.SUMMARY, summaryColumns("column.category"), rows,
                    List.of(msg.get("footnote.safetyPopulation")));
        }

        ReportTable worstGrade() {
            List<List<ReportCell>> rows = new ArrayList<>();
            for (int grade = 1; grade <= 5; grade++) {
                int g = grade;
                rows.add(countRowAt(new Label(msg.get("grade.n", Integer.toString(grade)), 0, false),
                        i -> worstOfAll[i] == g, i -> treated[i]));
            }
            rows.add(countRowAt(label("ae.none", 0), i -> worstOfAll[i] == 0, i -> treated[i]));
            return table("ae-worst-grade", ReportTable.Kind.SUMMARY, summaryColumns("column.worstGrade"), rows,
                    List.of(msg.get("footnote.safetyPopulation"), msg.get("footnote.worstGrade")));
        }

        ReportTable adverseEventsBySocAndTerm() {
            List<Column> columns = new ArrayList<>();
            columns.add(new Column(msg.get("column.socTerm"), ""));
            List<String> gradeHeaders = new ArrayList<>();
            gradeHeaders.add(msg.get("column.anyGrade"));
            for (int grade = 1; grade <= 5; grade++) {
                gradeHeaders.add(msg.get("grade.n", Integer.toString(grade)));
            }
            groups.forEach(g -> gradeHeaders.forEach(h -> columns.add(new Column(h, g.label()))));
            Map<String, int[]> bySoc = worstGradesBy(AdverseEvent::systemOrganClass, a -> true);
            Map<String, Map<String, int[]>> bySocAndTerm = new HashMap<>();
            for (int e = 0; e < safetyEvents.size(); e++) {
                AdverseEvent a = safetyEvents.get(e);
                int[] worst = bySocAndTerm.computeIfAbsent(a.systemOrganClass(), k -> new HashMap<>())
                        .computeIfAbsent(a.term(), k -> new int[subjects.size()]);
                int i = safetySubject[e];
                worst[i] = Math.max(worst[i], a.worstGrade());
            }
            List<List<ReportCell>> rows = new ArrayList<>();
            rows.add(gradeRow(heading(msg.get("ae.anySubjects")), worstOfAll));
            for (String soc : byDescendingIncidence(bySoc)) {
                rows.add(gradeRow(heading(soc), bySoc.get(soc)));
                Map<String, int[]> terms = bySocAndTerm.get(soc);
                for (String term : byDescendingIncidence(terms)) {
                    rows.add(gradeRow(new Label(term, 1, false), terms.get(term)));
                }
            }
            return table("ae-soc-term", ReportTable.Kind.SUMMARY, columns, rows,
                    List.of(msg.get("footnote.safetyPopulation"), msg.get("footnote.socTerm")));
        }

        /** Any grade then grades 1–5 at the subject's worst grade, for every group. */
        private List<ReportCell> gradeRow(ReportCell label, int[] worst) {
            int[][] n = new int[groups.size()][6]; // [column][0 = any grade, else the worst grade]
            for (int i = 0; i < subjects.size(); i++) {
                int w = worst[i];
                if (w == 0 || !treated[i]) {
                    continue;
                }
                for (int g = 0; g < groups.size(); g++) {
                    if (member[g][i]) {
                        n[g][0]++;
                        n[g][w]++;
                    }
                }
            }
            List<ReportCell> row = new ArrayList<>();
            row.add(label);
            for (int g = 0; g < groups.size(); g++) {
                for (int grade = 0; grade <= 5; grade++) {
                    row.add(new Count(n[g][grade], treatedCount[g]));
                }
            }
            return row;
        }

        /** Keys by descending number of subjects with an event in the whole safety population, then by name. */
        private List<String> byDescendingIncidence(Map<String, int[]> worstByKey) {
            Map<String, Integer> incidence = new HashMap<>();
            worstByKey.forEach((k, worst) -> incidence.put(k, subjectsWithEvent(worst)));
            return incidence.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                            .thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey).toList();
        }

        ReportTable gradeThreeOrWorseByTerm() {
            Map<String, int[]> byTerm = worstGradesBy(AdverseEvent::term, a -> a.worstGrade() >= 3);
            List<List<ReportCell>> rows = new ArrayList<>();
            rows.add(aeRow(heading(msg.get("ae.grade3Subjects")), worstGrades(a -> a.worstGrade() >= 3)));
            for (String term : byDescendingIncidence(byTerm)) {
                rows.add(aeRow(new Label(term, 1, false), byTerm.get(term)));
            }
            return table("ae-grade3-term", ReportTable.Kind.SUMMARY, summaryColumns("column.term"), rows,
                    List.of(msg.get("footnote.safetyPopulation"), msg.get("footnote.grade3")));
        }

        ReportTable mostFrequentTerms() {
            Map<String, int[]> byTerm = worstGradesBy(AdverseEvent::term, a -> true);
            List<String> ordered = byDescendingIncidence(byTerm);
            List<String> kept = new ArrayList<>();
            int lastKept = 0;
            for (String term : ordered) {
                int incidence = subjectsWithEvent(byTerm.get(term));
                if (kept.size() < mostFrequentTerms || incidence == lastKept) {
                    kept.add(term);
                    lastKept = incidence;
                } else {
                    break;
                }
            }
            List<Column> columns = new ArrayList<>();
            columns.add(new Column(msg.get("column.term"), ""));
            for (Group g : groups) {
                columns.add(new Column(msg.get("column.anyGrade"), g.label()));
                columns.add(new Column(msg.get("column.grade3"), g.label()));
            }
            List<List<ReportCell>> rows = new ArrayList<>();
            for (String term : kept) {
                int[] worst = byTerm.get(term);
                // a subject's worst grade of the term is >= 3 exactly when one of its events of the term is
                List<ReportCell> any = aeRow(new Label(term, 0, false), worst);
                List<ReportCell> severe = countRowAt(new Label(term, 0, false), i -> worst[i] >= 3, i -> treated[i]);
                List<ReportCell> row = new ArrayList<>();
                row.add(any.get(0));
                for (int i = 1; i < any.size(); i++) {
                    row.add(any.get(i));
                    row.add(severe.get(i));
                }
                rows.add(row);
            }
            return table("ae-most-frequent", ReportTable.Kind.SUMMARY, columns, rows,
                    List.of(msg.get("footnote.safetyPopulation"),
                            msg.get("footnote.mostFrequent", Integer.toString(mostFrequentTerms))));
        }

        // ---------------------------------------------------------------- listings

        private List<Column> listingColumns(String... keys) {
            List<Column> columns = new ArrayList<>();
            for (String key : keys) {
                columns.add(new Column(msg.get(key), ""));
            }
            return columns;
        }

        private String armLabel(Subject s) {
            return s.armCode() == null ? "" : armLabelByCode.getOrDefault(s.armCode(), "");
        }

        private int armIndex(Subject s) {
            return s.armCode() == null ? Integer.MAX_VALUE : armIndexByCode.getOrDefault(s.armCode(), Integer.MAX_VALUE);
        }

        private List<ReportCell> subjectCells(Subject s) {
            List<ReportCell> cells = new ArrayList<>();
            cells.add(new Text(s.subjectNumber()));
            cells.add(new Text(armLabel(s)));
            cells.add(new Text(s.ageBand() == null ? "" : s.ageBand()));
            cells.add(new Text(msg.get("sex." + s.sex().name())));
            return cells;
        }

        private Text yesNo(boolean value) {
            return new Text(msg.get(value ? "value.yes" : "value.no"));
        }

        private Text orEmpty(String s) {
            return new Text(s == null ? "" : s);
        }

        ReportTable seriousAdverseEventListing() {
            Comparator<AdverseEvent> order = Comparator
                    .comparingInt((AdverseEvent a) -> armIndex(subject(a.subjectNumber())))
                    .thenComparing(AE_ORDER);
            List<List<ReportCell>> rows = new ArrayList<>();
            data.adverseEvents().stream().filter(AdverseEvent::serious).sorted(order).forEach(a -> {
                List<ReportCell> row = subjectCells(subject(a.subjectNumber()));
                row.add(new Text(a.systemOrganClass()));
                row.add(new Text(a.term()));
                row.add(Count.of(a.worstGrade()));
                row.add(Count.of(a.onsetStudyDay()));
                row.add(yesNo(a.treatmentRelated()));
                row.add(orEmpty(attribution(a.attribution())));
                row.add(yesNo(a.immuneRelated()));
                row.add(orEmpty(codedList("seriousness.", a.seriousnessCriteria())));
                row.add(orEmpty(coded("outcome.", a.outcome())));
                rows.add(row);
            });
            return table("sae-listing", ReportTable.Kind.LISTING,
                    listingColumns("column.subject", "column.arm", "column.ageBand", "column.sex", "column.soc",
                            "column.term", "column.grade", "column.onsetDay", "column.related", "column.attribution",
                            "column.immune", "column.seriousness", "column.outcome"),
                    rows, List.of(msg.get("footnote.pseudonymous"), msg.get("footnote.saeListing")));
        }

        ReportTable deathListing() {
            List<List<ReportCell>> rows = new ArrayList<>();
            subjects.stream().filter(Subject::dead)
                    .sorted(Comparator.comparingInt(this::armIndex).thenComparing(Subject::subjectNumber))
                    .forEach(s -> {
                        List<ReportCell> row = subjectCells(s);
                        row.add(s.firstDoseDate() == null ? new ReportCell.Empty()
                                : Count.of(DmcDefinitionMapping.studyDay(s.firstDoseDate(), s.deathDate())));
                        row.add(s.enrolmentDate() == null ? new ReportCell.Empty()
                                : Count.of((int) ChronoUnit.DAYS.between(s.enrolmentDate(), s.deathDate())));
                        row.add(s.lastDoseDate() == null ? new ReportCell.Empty()
                                : Count.of((int) ChronoUnit.DAYS.between(s.lastDoseDate(), s.deathDate())));
                        row.add(orEmpty(coded("deathCause.", s.deathCause())));
                        row.add(yesNo(s.deathRelatedToTreatment()));
                        rows.add(row);
                    });
            return table("death-listing", ReportTable.Kind.LISTING,
                    listingColumns("column.subject", "column.arm", "column.ageBand", "column.sex",
                            "column.deathStudyDay", "column.daysFromEnrolment", "column.daysSinceLastDose",
                            "column.cause", "column.related"),
                    rows, List.of(msg.get("footnote.pseudonymous"), msg.get("footnote.deathListing")));
        }

        // ---------------------------------------------------------------- labs

        ReportTable labShifts() {
            List<Column> columns = new ArrayList<>();
            columns.add(new Column(msg.get("column.testBaseline"), ""));
            List<String> worstHeaders = new ArrayList<>();
            for (int grade = 0; grade <= 4; grade++) {
                worstHeaders.add(msg.get("grade.n", Integer.toString(grade)));
            }
            worstHeaders.add(msg.get("value.missing"));
            groups.forEach(g -> worstHeaders.forEach(h -> columns.add(new Column(h, g.label()))));
            List<List<ReportCell>> rows = new ArrayList<>();
            Map<LabTest, List<LabShift>> byTest = new EnumMap<>(LabTest.class);
            data.labShifts().stream().filter(l -> treated[index(l.subjectNumber())])
                    .forEach(l -> byTest.computeIfAbsent(l.test(), t -> new ArrayList<>()).add(l));
            for (var entry : byTest.entrySet()) {
                List<ReportCell> head = new ArrayList<>();
                head.add(heading(msg.getOrDefault("lab." + entry.getKey().name(), entry.getKey().displayName())));
                while (head.size() < columns.size()) {
                    head.add(new ReportCell.Empty());
                }
                rows.add(head);
                // [column][baseline grade 0-4, 5 = missing][worst grade 0-4, 5 = missing]; lab grades are 0-4
                int[][][] shifts = new int[groups.size()][6][6];
                boolean anyMissingBaseline = false;
                for (LabShift l : entry.getValue()) {
                    int i = index(l.subjectNumber());
                    int baseline = l.baselineGrade() == null ? 5 : l.baselineGrade();
                    int worst = l.worstOnTreatmentGrade() == null ? 5 : l.worstOnTreatmentGrade();
                    anyMissingBaseline |= l.baselineGrade() == null;
                    for (int g = 0; g < groups.size(); g++) {
                        if (member[g][i]) {
                            shifts[g][baseline][worst]++;
                        }
                    }
                }
                for (int baseline = 0; baseline <= (anyMissingBaseline ? 5 : 4); baseline++) {
                    List<ReportCell> row = new ArrayList<>();
                    row.add(new Label(baseline == 5 ? msg.get("lab.baselineMissing")
                            : msg.get("lab.baseline", Integer.toString(baseline)), 1, false));
                    for (int g = 0; g < groups.size(); g++) {
                        for (int worst = 0; worst <= 5; worst++) {
                            row.add(Count.of(shifts[g][baseline][worst]));
                        }
                    }
                    rows.add(row);
                }
            }
            return table("lab-shift", ReportTable.Kind.SUMMARY, columns, rows, List.of(msg.get("footnote.labShift")));
        }

        // ---------------------------------------------------------------- stopping rules

        ReportTable stoppingRules() {
            List<List<ReportCell>> rows = new ArrayList<>();
            List<String> footnotes = new ArrayList<>();
            for (StoppingRule rule : data.stoppingRules()) {
                // only TREATMENT_RELATED_MORTALITY exists
                rows.add(headingRow(msg.get("stopping." + rule.type().name(),
                        rule.threshold().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString())));
                Predicate<Subject> relatedDeath = rule::counts;
                rows.add(countRow(label("stopping.events", 1), relatedDeath, null));
                rows.add(countRow(label("stopping.treated", 1), Subject::treated, null));
                List<ReportCell> rate = rowWith(label("stopping.rate", 1));
                List<ReportCell> lower = rowWith(label("stopping.ciLower", 1));
                List<ReportCell> upper = rowWith(label("stopping.ciUpper", 1));
                List<ReportCell> threshold = rowWith(label("stopping.threshold", 1));
                List<ReportCell> reached = rowWith(label("stopping.reached", 1));
                for (int g = 0; g < groups.size(); g++) {
                    int x = count(g, relatedDeath);
                    int n = count(g, Subject::treated);
                    threshold.add(new Decimal(rule.threshold().multiply(BigDecimal.valueOf(100))
                            .setScale(1, RoundingMode.HALF_UP)));
                    if (n == 0) {
                        rate.add(notEstimable());
                        lower.add(notEstimable());
                        upper.add(notEstimable());
                        reached.add(yesNo(false));
                        continue;
                    }
                    ExactBinomialInterval ci = ExactBinomialInterval.of(x, n);
                    rate.add(percent(ci.proportion()));
                    lower.add(percent(ci.lower()));
                    upper.add(percent(ci.upper()));
                    reached.add(yesNo(rule.reached(x, n)));
                }
                rows.add(rate);
                rows.add(lower);
                rows.add(upper);
                rows.add(threshold);
                rows.add(reached);
                if (rule.description() != null && !rule.description().isBlank()) {
                    footnotes.add(rule.description());
                }
            }
            footnotes.add(msg.get("footnote.stopping"));
            return table("stopping-rules", ReportTable.Kind.SUMMARY, summaryColumns("column.category"), rows,
                    footnotes);
        }

        private List<ReportCell> rowWith(ReportCell first) {
            List<ReportCell> row = new ArrayList<>();
            row.add(first);
            return row;
        }

        // ---------------------------------------------------------------- efficacy

        ReportTable response() {
            Map<String, BestOverallResponse> bor = new HashMap<>();
            data.responses().forEach(r -> bor.put(r.subjectNumber(), r.bestOverallResponse()));
            Predicate<Subject> enrolled = Subject::enrolled;
            Predicate<Subject> population = s -> s.enrolled() && bor.containsKey(s.subjectNumber());
            List<List<ReportCell>> rows = new ArrayList<>();
            rows.add(countRow(label("response.enrolled", 0), enrolled, null));
            rows.add(countRow(label("response.notAssessed", 1), s -> s.enrolled() && !bor.containsKey(s.subjectNumber()),
                    enrolled));
            rows.add(countRow(label("response.population", 0), population, null));
            for (BestOverallResponse r : BestOverallResponse.values()) {
                rows.add(countRow(label("response." + r.name(), 1), s -> bor.get(s.subjectNumber()) == r, population));
            }
            addRateRows(rows, "response.orr", population,
                    s -> bor.containsKey(s.subjectNumber()) && bor.get(s.subjectNumber()).objectiveResponse());
            addRateRows(rows, "response.dcr", population,
                    s -> bor.containsKey(s.subjectNumber()) && bor.get(s.subjectNumber()).diseaseControl());
            return table("response", ReportTable.Kind.SUMMARY, summaryColumns("column.category"), rows,
                    List.of(msg.get("footnote.response")));
        }

        private void addRateRows(List<List<ReportCell>> rows, String key, Predicate<Subject> population,
                                 Predicate<Subject> responder) {
            rows.add(countRow(label(key, 0), responder, population));
            List<ReportCell> lower = rowWith(label("response.ciLower", 1));
            List<ReportCell> upper = rowWith(label("response.ciUpper", 1));
            for (int g = 0; g < groups.size(); g++) {
                int n = count(g, population);
                if (n == 0) {
                    lower.add(notEstimable());
                    upper.add(notEstimable());
                    continue;
                }
                ExactBinomialInterval ci = ExactBinomialInterval.of(count(g, s -> population.test(s) && responder.test(s)), n);
                lower.add(percent(ci.lower()));
                upper.add(percent(ci.upper()));
            }
            rows.add(lower);
            rows.add(upper);
        }

        /** The Kaplan–Meier estimate of each column (empty without data), computed once per endpoint. */
        private List<Optional<KaplanMeier>> kaplanMeier(Endpoint endpoint) {
            return curves.computeIfAbsent(endpoint, e -> {
                List<Optional<KaplanMeier>> perColumn = new ArrayList<>();
                for (int g = 0; g < groups.size(); g++) {
                    perColumn.add(kaplanMeier(g, e));
                }
                return List.copyOf(perColumn);
            });
        }

        private Optional<KaplanMeier> kaplanMeier(int g, Endpoint endpoint) {
            List<KaplanMeier.Observation> obs = data.timesToEvent().stream()
                    .filter(t -> t.endpoint() == endpoint && member[g][index(t.subjectNumber())]
                            && subject(t.subjectNumber()).enrolled())
                    .sorted(Comparator.comparing(DmcDataset.TimeToEvent::subjectNumber))
                    .map(t -> new KaplanMeier.Observation(t.days(), t.event())).toList();
            return obs.isEmpty() ? Optional.empty() : Optional.of(KaplanMeier.estimate(obs));
        }

        ReportTable timeToEventSummary() {
            List<List<ReportCell>> rows = new ArrayList<>();
            List<String> footnotes = new ArrayList<>();
            for (Endpoint endpoint : Endpoint.values()) {
                Optional<DmcDataset.EndpointDefinition> defined = data.endpointDefinitions().stream()
                        .filter(d -> d.endpoint() == endpoint).findFirst();
                if (data.timesToEvent().stream().noneMatch(t -> t.endpoint() == endpoint)) {
                    // the study's own definition is stated even before any time-to-event data exist
                    defined.ifPresent(d -> footnotes.add(msg.get("endpoint." + endpoint.name()) + ": "
                            + join(d.definition(), censoring(d)) + " " + msg.get("km.noData")));
                    continue;
                }
                rows.add(headingRow(msg.get("endpoint." + endpoint.name())));
                List<Optional<KaplanMeier>> curves = kaplanMeier(endpoint);
                rows.add(kmRow("km.subjects", curves, km -> Count.of(km.subjects())));
                rows.add(kmRow("km.events", curves, km -> Count.of(km.events())));
                rows.add(kmRow("km.censored", curves, km -> Count.of(km.censored())));
                rows.add(kmRow("km.median", curves, km -> days(km.median().estimate())));
                rows.add(kmRow("km.medianLower", curves, km -> days(km.median().lower())));
                rows.add(kmRow("km.medianUpper", curves, km -> days(km.median().upper())));
                for (int years : data.settings().landmarkYears()) {
                    double t = years * DAYS_PER_YEAR;
                    String y = Integer.toString(years);
                    rows.add(kmRow(msg.get("km.rate", y), curves, km -> km.survivalAtTime(t)
                            .map(r -> percent(r.survival())).orElse(notEstimable())));
                    rows.add(kmRow(msg.get("km.rateLower", y), curves, km -> km.survivalAtTime(t)
                            .map(r -> r.lower().isPresent() ? percent(r.lower().getAsDouble()) : notEstimable())
                            .orElse(notEstimable())));
                    rows.add(kmRow(msg.get("km.rateUpper", y), curves, km -> km.survivalAtTime(t)
                            .map(r -> r.upper().isPresent() ? percent(r.upper().getAsDouble()) : notEstimable())
                            .orElse(notEstimable())));
                }
                String definition = defined.map(d -> join(d.definition(), censoring(d)))
                        .orElse(join(msg.get("endpoint." + endpoint.name() + ".definition"),
                                msg.get("endpoint." + endpoint.name() + ".censoring")));
                footnotes.add(msg.get("endpoint." + endpoint.name()) + ": " + definition);
            }
            footnotes.add(msg.get("footnote.km"));
            return table("km-summary", ReportTable.Kind.SUMMARY, summaryColumns("column.category"), rows, footnotes);
        }

        /** The study's censoring rule, else the report's standard one for the endpoint. */
        private String censoring(DmcDataset.EndpointDefinition d) {
            return d.censoringRule() != null && !d.censoringRule().isBlank() ? d.censoringRule()
                    : msg.get("endpoint." + d.endpoint().name() + ".censoring");
        }

        private String join(String a, String b) {
            return ((a == null ? "" : a.strip()) + " " + (b == null ? "" : b.strip())).strip();
        }

        private ReportCell days(OptionalDouble value) {
            return value.isPresent() ? Decimal.of(value.getAsDouble(), 1) : notEstimable();
        }

        private List<ReportCell> kmRow(String keyOrText, List<Optional<KaplanMeier>> curves,
                                       java.util.function.Function<KaplanMeier, ReportCell> cell) {
            String text = keyOrText.startsWith("km.") ? msg.get(keyOrText) : keyOrText;
            List<ReportCell> row = rowWith(new Label(text, 1, false));
            curves.forEach(c -> row.add(c.map(cell).orElse(new ReportCell.Empty())));
            return row;
        }

        // ---------------------------------------------------------------- figures

        /** Charts show one series per arm, or the total alone when the summaries are not split by arm. */
        private int chartGroups() {
            return groups.size() == 1 ? 1 : groups.size() - 1;
        }

        ReportFigure gradeChart() {
            List<String> categories = new ArrayList<>();
            for (int grade = 1; grade <= 5; grade++) {
                categories.add(msg.get("grade.n", Integer.toString(grade)));
            }
            List<ReportFigure.Series> series = new ArrayList<>();
            for (int g = 0; g < chartGroups(); g++) {
                int[] n = new int[6];
                for (int i = 0; i < subjects.size(); i++) {
                    if (member[g][i] && treated[i]) {
                        n[worstOfAll[i]]++;
                    }
                }
                List<Integer> values = new ArrayList<>();
                for (int grade = 1; grade <= 5; grade++) {
                    values.add(n[grade]);
                }
                series.add(new ReportFigure.Series(groups.get(g).label(), values));
            }
            return new ReportFigure.AdverseEventGradeChart("figure-ae-grade", msg.get("figure.aeGrade"),
                    msg.get("figure.aeGrade.x"), msg.get("figure.aeGrade.y"), categories, series);
        }

        Optional<ReportFigure> kaplanMeierChart(Endpoint endpoint) {
            List<ReportFigure.Curve> curves = new ArrayList<>();
            double max = 0;
            List<Optional<KaplanMeier>> perColumn = kaplanMeier(endpoint);
            for (int g = 0; g < chartGroups(); g++) {
                Optional<KaplanMeier> km = perColumn.get(g);
                if (km.isPresent()) {
                    curves.add(new ReportFigure.Curve(groups.get(g).label(), km.get()));
                    max = Math.max(max, km.get().maximumTime().orElse(0));
                }
            }
            if (curves.isEmpty()) {
                return Optional.empty();
            }
            List<Double> atRisk = new ArrayList<>();
            for (double t = 0; t <= max; t += AT_RISK_STEP_DAYS) {
                atRisk.add(t);
            }
            return Optional.of(new ReportFigure.KaplanMeierChart("figure-km-" + endpoint.name().toLowerCase(Locale.ROOT),
                    msg.get("figure.km", msg.get("endpoint." + endpoint.name())), endpoint,
                    msg.get(endpoint == Endpoint.DOR ? "figure.km.x.DOR" : "figure.km.x"),
                    msg.get("figure.km.y"), msg.get("figure.km.atRisk"), curves, atRisk));
        }
    }

    /** Stable order of AEs: subject, onset day, SOC, term, grade, then the flags. */
    static final Comparator<AdverseEvent> AE_ORDER = Comparator.comparing(AdverseEvent::subjectNumber)
            .thenComparingInt(AdverseEvent::onsetStudyDay)
            .thenComparing(AdverseEvent::systemOrganClass)
            .thenComparing(AdverseEvent::term)
            .thenComparingInt(AdverseEvent::worstGrade)
            .thenComparing(AdverseEvent::serious)
            .thenComparing(AdverseEvent::treatmentRelated)
            .thenComparing(AdverseEvent::immuneRelated)
            .thenComparing(AdverseEvent::ledToDiscontinuation)
            .thenComparing(AdverseEvent::fatal)
            .thenComparing(a -> Objects.toString(a.seriousnessCriteria(), ""))
            .thenComparing(a -> Objects.toString(a.outcome(), ""));

    /** A column of the summary tables: an arm or the total. */
    private record Group(String label, Predicate<Subject> member) {
    }
}
