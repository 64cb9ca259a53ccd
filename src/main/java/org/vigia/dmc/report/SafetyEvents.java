package org.vigia.dmc.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.vigia.dmc.DmcDataset.AdverseEvent;
import org.vigia.dmc.ReportCell;
import org.vigia.dmc.ReportCell.Count;

/**
 * The AEs of the safety population (treated subjects; AEs of untreated subjects are not counted) and the
 * worst-grade arrays the AE tables count from: each subject once per SOC and once per term, at the worst grade of
 * that SOC/term (MedDRA/CTCAE convention of ICH E3 section 12.2 summary tables). Every count is independent of the
 * order of the events.
 * <pre>{@code
 * SafetyEvents safety = report.safety();
 * int[] serious = safety.worstGrades(AdverseEvent::serious);    // per subject index, 0 = no such event
 * rows.add(safety.aeRow(cells.label("ae.serious", 0), serious));
 * }</pre>
 */
public final class SafetyEvents {

    private final ReportContext report;
    private final List<AdverseEvent> events;
    /** The subject index of each event. */
    private final int[] subjectOf;
    /** Worst grade per subject over all safety events (0 = none). */
    private final int[] worstOfAll;

    SafetyEvents(ReportContext report) {
        this.report = report;
        List<AdverseEvent> kept = new ArrayList<>();
        List<Integer> keptSubjects = new ArrayList<>();
        for (AdverseEvent a : report.data().adverseEvents()) {
            int i = report.index(a.subjectNumber());
            if (report.treated(i)) {
                kept.add(a);
                keptSubjects.add(i);
            }
        }
        this.events = kept;
        this.subjectOf = keptSubjects.stream().mapToInt(Integer::intValue).toArray();
        this.worstOfAll = worstGrades(a -> true);
    }

    /** Worst grade per subject index over all safety events (0 = none); do not change the array. */
    public int[] worstOfAll() {
        return worstOfAll;
    }

    /** Worst grade (1-5; 0 = no event) per subject index among the safety events matching {@code filter}. */
    public int[] worstGrades(Predicate<AdverseEvent> filter) {
        int[] worst = new int[report.subjects().size()];
        for (int e = 0; e < events.size(); e++) {
            AdverseEvent a = events.get(e);
            if (filter.test(a)) {
                int i = subjectOf[e];
                worst[i] = Math.max(worst[i], a.worstGrade());
            }
        }
        return worst;
    }

    /** As {@link #worstGrades(Predicate)} for each value of {@code key}, in one pass over the events. */
    public Map<String, int[]> worstGradesBy(Function<AdverseEvent, String> key, Predicate<AdverseEvent> filter) {
        Map<String, int[]> byKey = new HashMap<>();
        for (int e = 0; e < events.size(); e++) {
            AdverseEvent a = events.get(e);
            if (filter.test(a)) {
                int[] worst = byKey.computeIfAbsent(key.apply(a), k -> new int[report.subjects().size()]);
                int i = subjectOf[e];
                worst[i] = Math.max(worst[i], a.worstGrade());
            }
        }
        return byKey;
    }

    /** Worst grades per SOC, then per term within it, in one pass over the events. */
    public Map<String, Map<String, int[]>> worstGradesBySocAndTerm() {
        Map<String, Map<String, int[]>> bySocAndTerm = new HashMap<>();
        for (int e = 0; e < events.size(); e++) {
            AdverseEvent a = events.get(e);
            int[] worst = bySocAndTerm.computeIfAbsent(a.systemOrganClass(), k -> new HashMap<>())
                    .computeIfAbsent(a.term(), k -> new int[report.subjects().size()]);
            int i = subjectOf[e];
            worst[i] = Math.max(worst[i], a.worstGrade());
        }
        return bySocAndTerm;
    }

    /** Subjects with at least one event, from a worst-grade array. */
    public static int subjectsWithEvent(int[] worst) {
        int n = 0;
        for (int w : worst) {
            if (w > 0) {
                n++;
            }
        }
        return n;
    }

    /** Keys by descending number of subjects with an event in the whole safety population, then by name. */
    public static List<String> byDescendingIncidence(Map<String, int[]> worstByKey) {
        Map<String, Integer> incidence = new HashMap<>();
        worstByKey.forEach((k, worst) -> incidence.put(k, subjectsWithEvent(worst)));
        return incidence.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
    }

    /** Treated subjects with an event (worst grade &gt; 0) over treated subjects, per column. */
    public List<ReportCell> aeRow(ReportCell label, int[] worst) {
        return report.countRowAt(label, i -> worst[i] > 0, report::treated);
    }

    /** Any grade then grades 1–5 at the subject's worst grade, for every column, over treated subjects. */
    public List<ReportCell> gradeRow(ReportCell label, int[] worst) {
        int columns = report.columns().size();
        int[][] n = new int[columns][6]; // [column][0 = any grade, else the worst grade]
        for (int i = 0; i < report.subjects().size(); i++) {
            int w = worst[i];
            if (w == 0 || !report.treated(i)) {
                continue;
            }
            for (int g = 0; g < columns; g++) {
                if (report.member(g, i)) {
                    n[g][0]++;
                    n[g][w]++;
                }
            }
        }
        List<ReportCell> row = new ArrayList<>();
        row.add(label);
        for (int g = 0; g < columns; g++) {
            for (int grade = 0; grade <= 5; grade++) {
                row.add(new Count(n[g][grade], report.treatedCount(g)));
            }
        }
        return row;
    }
}
