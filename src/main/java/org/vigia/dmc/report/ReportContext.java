package org.vigia.dmc.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.vigia.dmc.DmcDataset;
import org.vigia.dmc.DmcDataset.Subject;
import org.vigia.dmc.DmcMessages;
import org.vigia.dmc.ReportCell;
import org.vigia.dmc.ReportCell.Count;

/**
 * One build of the DMC report: the dataset indexed once for every section. Subjects are addressed by their
 * position in {@link #subjects()} (sorted by subject number, which is unique in a dataset); column membership and
 * the safety population (treated subjects) are resolved once, so a table row costs one pass over the subjects.
 * The safety events, the Kaplan–Meier curves, the cell helpers and the coded values hang off it.
 * <pre>{@code
 * ReportContext report = new ReportContext(dataset, new DmcMessages(locale), dataset.settings().mostFrequentTerms());
 * List<ReportCell> row = report.countRow(report.cells().label("disposition.enrolled", 0), Subject::enrolled, null);
 * }</pre>
 */
public final class ReportContext {

    private final DmcDataset data;
    private final DmcMessages msg;
    private final int mostFrequentTerms;
    private final List<Subject> subjects;
    private final Map<String, Integer> indexByNumber = new HashMap<>();
    private final ReportColumns columns;
    /** {@code member[g][i]}: subject {@code i} is counted in column {@code g}. */
    private final boolean[][] member;
    private final boolean[] treated;
    /** Treated subjects per column: the denominator of the safety tables. */
    private final int[] treatedCount;
    private final ReportCells cells;
    private final CodedValues coded;
    private final SafetyEvents safety;
    private final KaplanMeierCurves curves;

    /** Indexes {@code data} for a report in {@code msg}'s language listing {@code mostFrequentTerms} terms. */
    public ReportContext(DmcDataset data, DmcMessages msg, int mostFrequentTerms) {
        this.data = data;
        this.msg = msg;
        this.mostFrequentTerms = mostFrequentTerms;
        this.subjects = data.subjects().stream().sorted(Comparator.comparing(Subject::subjectNumber)).toList();
        for (int i = 0; i < subjects.size(); i++) {
            indexByNumber.put(subjects.get(i).subjectNumber(), i);
        }
        this.columns = new ReportColumns(data, msg);
        member = new boolean[columns.size()][subjects.size()];
        treated = new boolean[subjects.size()];
        treatedCount = new int[columns.size()];
        for (int i = 0; i < subjects.size(); i++) {
            Subject s = subjects.get(i);
            treated[i] = s.treated();
            for (int g = 0; g < columns.size(); g++) {
                member[g][i] = columns.counts(g, s);
                if (member[g][i] && treated[i]) {
                    treatedCount[g]++;
                }
            }
        }
        this.cells = new ReportCells(msg, columns);
        this.coded = new CodedValues(msg);
        this.safety = new SafetyEvents(this);
        this.curves = new KaplanMeierCurves(this);
    }

    public DmcDataset data() {
        return data;
    }

    public DmcMessages msg() {
        return msg;
    }

    /** How many of the most frequent AE terms the report lists. */
    public int mostFrequentTerms() {
        return mostFrequentTerms;
    }

    /** The subjects by subject number. */
    public List<Subject> subjects() {
        return subjects;
    }

    public ReportColumns columns() {
        return columns;
    }

    public ReportCells cells() {
        return cells;
    }

    public CodedValues coded() {
        return coded;
    }

    public SafetyEvents safety() {
        return safety;
    }

    public KaplanMeierCurves curves() {
        return curves;
    }

    /** Position of the subject in {@link #subjects()}. */
    public int index(String subjectNumber) {
        return indexByNumber.get(subjectNumber);
    }

    /** True when the dataset holds the subject {@code subjectNumber}. */
    public boolean knows(String subjectNumber) {
        return indexByNumber.containsKey(subjectNumber);
    }

    public Subject subject(String subjectNumber) {
        return subjects.get(index(subjectNumber));
    }

    /** Whether the subject at {@code i} received study treatment (the safety population). */
    public boolean treated(int i) {
        return treated[i];
    }

    /** Whether column {@code g} counts the subject at {@code i}. */
    public boolean member(int g, int i) {
        return member[g][i];
    }

    /** Treated subjects in column {@code g}. */
    public int treatedCount(int g) {
        return treatedCount[g];
    }

    /** Subjects of column {@code g} matching {@code p}, by subject number. */
    public List<Subject> in(int g, Predicate<Subject> p) {
        List<Subject> result = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            if (member[g][i] && p.test(subjects.get(i))) {
                result.add(subjects.get(i));
            }
        }
        return result;
    }

    public int count(int g, Predicate<Subject> p) {
        int n = 0;
        for (int i = 0; i < subjects.size(); i++) {
            if (member[g][i] && p.test(subjects.get(i))) {
                n++;
            }
        }
        return n;
    }

    /** As {@link #countRowAt} with predicates on the subjects. */
    public List<ReportCell> countRow(ReportCell label, Predicate<Subject> numerator, Predicate<Subject> denominator) {
        return countRowAt(label, i -> numerator.test(subjects.get(i)),
                denominator == null ? null : i -> denominator.test(subjects.get(i)));
    }

    /**
     * A row of counts per column: subjects matching {@code denominator} and {@code numerator} over those
     * matching {@code denominator} (no denominator: all subjects, shown as a plain count); one pass.
     */
    public List<ReportCell> countRowAt(ReportCell label, IntPredicate numerator, IntPredicate denominator) {
        int[] hits = new int[columns.size()];
        int[] base = new int[columns.size()];
        for (int i = 0; i < subjects.size(); i++) {
            if (denominator != null && !denominator.test(i)) {
                continue;
            }
            boolean hit = numerator.test(i);
            for (int g = 0; g < columns.size(); g++) {
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
        for (int g = 0; g < columns.size(); g++) {
            row.add(new Count(hits[g], denominator == null ? 0 : base[g]));
        }
        return row;
    }
}
