package org.vigia.dmc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vigia.dmc.DmcDataset.AdverseEvent;
import org.vigia.dmc.DmcDataset.Arm;
import org.vigia.dmc.DmcDataset.LabShift;
import org.vigia.dmc.DmcDataset.Sex;
import org.vigia.dmc.DmcDataset.Subject;
import org.vigia.terminology.LabTest;

/**
 * The AE and lab shift tables of {@link DmcReportBuilder} (computed from per-subject worst-grade arrays in one
 * pass) against a plain recount, cell by cell, on a seeded random trial with untreated and unassigned subjects,
 * ties in incidence and missing lab grades.
 */
class DmcReportBuilderCrossCheckTest {

    private static final String[] SOCS = {"Gastrointestinal disorders", "Investigations", "Skin disorders",
            "Blood disorders"};
    private static final String[] TERMS = {"Nausea", "Diarrhea", "Colitis", "ALT increased", "Rash", "Pruritus",
            "Anemia", "Neutropenia", "Fatigue"};

    private static DmcDataset randomTrial(long seed) {
        Random r = new Random(seed);
        List<Arm> arms = List.of(new Arm("A", "Arm A"), new Arm("B", "Arm B"));
        List<Subject> subjects = new ArrayList<>();
        List<AdverseEvent> aes = new ArrayList<>();
        List<LabShift> labs = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 300; i++) {
            String number = String.format("S%03d", 300 - i); // listed out of order
            boolean enrolled = r.nextInt(10) > 0;
            boolean treated = enrolled && r.nextInt(8) > 0;
            String arm = enrolled ? (r.nextBoolean() ? "A" : "B") : null;
            subjects.add(new Subject(number, arm, "50-59", Sex.FEMALE, day, !enrolled, enrolled ? day : null,
                    treated ? day : null, null, null, null, null, null, null, null, false));
            if (!enrolled) {
                continue;
            }
            for (int k = r.nextInt(12); k > 0; k--) {
                int term = r.nextInt(TERMS.length);
                aes.add(new AdverseEvent(number, SOCS[term % SOCS.length], TERMS[term], 1 + r.nextInt(5),
                        r.nextInt(10) == 0, r.nextBoolean(), r.nextInt(5) == 0, r.nextInt(20) == 0,
                        r.nextInt(50) == 0, r.nextInt(300), null, null));
            }
            for (LabTest test : List.of(LabTest.ANC, LabTest.ALT)) {
                int b = r.nextInt(6);
                int w = r.nextInt(6);
                labs.add(new LabShift(number, test, b == 5 ? null : b, w == 5 ? null : w));
            }
        }
        return new DmcDataset("NCT00000000", "Cross-check", "1", day.plusYears(1), arms, List.of(), List.of(),
                subjects, List.of(), aes, labs, List.of(), List.of());
    }

    private static final class Recount {
        final DmcDataset d;
        final List<Predicate<Subject>> columns = new ArrayList<>();
        final List<AdverseEvent> safety;

        Recount(DmcDataset d) {
            this.d = d;
            d.arms().forEach(a -> columns.add(s -> a.code().equals(s.armCode())));
            columns.add(s -> true);
            Set<String> treated = d.subjects().stream().filter(Subject::treated).map(Subject::subjectNumber)
                    .collect(Collectors.toSet());
            safety = d.adverseEvents().stream().filter(a -> treated.contains(a.subjectNumber())).toList();
        }

        /** Count cells "n/N" of treated subjects of each column whose worst grade among matching events passes. */
        List<String> cells(Predicate<AdverseEvent> events, List<Predicate<Integer>> worstGrade) {
            Map<String, Integer> worst = new TreeMap<>();
            safety.stream().filter(events).forEach(a -> worst.merge(a.subjectNumber(), a.worstGrade(), Math::max));
            List<String> cells = new ArrayList<>();
            for (Predicate<Subject> column : columns) {
                List<Subject> treated = d.subjects().stream().filter(column).filter(Subject::treated).toList();
                for (Predicate<Integer> w : worstGrade) {
                    long n = treated.stream().filter(s -> worst.containsKey(s.subjectNumber())
                            && w.test(worst.get(s.subjectNumber()))).count();
                    cells.add(n + "/" + treated.size());
                }
            }
            return cells;
        }

        List<String> terms(Predicate<AdverseEvent> events, java.util.function.Function<AdverseEvent, String> key) {
            Map<String, Set<String>> subjects = new TreeMap<>();
            safety.stream().filter(events).forEach(a -> subjects.computeIfAbsent(key.apply(a), k -> new java.util.TreeSet<>())
                    .add(a.subjectNumber()));
            return subjects.keySet().stream().sorted(Comparator.comparingInt((String k) -> -subjects.get(k).size())
                    .thenComparing(k -> k)).toList();
        }
    }

    private static String text(ReportCell cell) {
        if (cell instanceof ReportCell.Count c) {
            return c.n() + "/" + c.denominator();
        }
        if (cell instanceof ReportCell.Label l) {
            return l.value();
        }
        return cell.toString();
    }

    private static List<String> row(ReportTable t, int i) {
        return t.rows().get(i).stream().skip(1).map(DmcReportBuilderCrossCheckTest::text).toList();
    }

    private static final List<Predicate<Integer>> ANY_AND_GRADES = List.of(w -> w > 0, w -> w == 1, w -> w == 2,
            w -> w == 3, w -> w == 4, w -> w == 5);

    @Test
    void adverseEventAndLabShiftTablesMatchAPlainRecount() {
        for (long seed = 1; seed <= 5; seed++) {
            DmcDataset d = randomTrial(seed);
            Recount rc = new Recount(d);
            DmcReport report = new DmcReportBuilder(Locale.ENGLISH,
                    Clock.fixed(Instant.parse("2027-01-02T00:00:00Z"), ZoneOffset.UTC), 3).build(d);

            ReportTable overview = report.getTable("ae-overview");
            List<Predicate<AdverseEvent>> overviewRows = List.of(a -> true, a -> a.worstGrade() >= 3,
                    AdverseEvent::serious, AdverseEvent::treatmentRelated, a -> a.treatmentRelated() && a.worstGrade() >= 3,
                    AdverseEvent::immuneRelated, AdverseEvent::ledToDiscontinuation, AdverseEvent::fatalOutcome);
            for (int i = 0; i < overviewRows.size(); i++) {
                assertEquals(rc.cells(overviewRows.get(i), List.of(w -> w > 0)), row(overview, i), "overview " + i);
            }

            ReportTable worst = report.getTable("ae-worst-grade");
            for (int g = 1; g <= 5; g++) {
                int grade = g;
                assertEquals(rc.cells(a -> true, List.of(w -> w == grade)), row(worst, g - 1), "worst grade " + g);
            }

            ReportTable socTerm = report.getTable("ae-soc-term");
            int i = 0;
            assertEquals(rc.cells(a -> true, ANY_AND_GRADES), row(socTerm, i++));
            for (String soc : rc.terms(a -> true, AdverseEvent::systemOrganClass)) {
                assertEquals(soc, text(socTerm.rows().get(i).get(0)));
                assertEquals(rc.cells(a -> a.systemOrganClass().equals(soc), ANY_AND_GRADES), row(socTerm, i++));
                for (String term : rc.terms(a -> a.systemOrganClass().equals(soc), AdverseEvent::term)) {
                    assertEquals(term, text(socTerm.rows().get(i).get(0)));
                    assertEquals(rc.cells(a -> a.systemOrganClass().equals(soc) && a.term().equals(term),
                            ANY_AND_GRADES), row(socTerm, i++), soc + " / " + term);
                }
            }
            assertEquals(i, socTerm.rows().size());

            ReportTable severe = report.getTable("ae-grade3-term");
            List<String> severeTerms = rc.terms(a -> a.worstGrade() >= 3, AdverseEvent::term);
            assertEquals(severeTerms.size() + 1, severe.rows().size());
            for (int t = 0; t < severeTerms.size(); t++) {
                String term = severeTerms.get(t);
                assertEquals(term, text(severe.rows().get(t + 1).get(0)));
                assertEquals(rc.cells(a -> a.worstGrade() >= 3 && a.term().equals(term), List.of(w -> w > 0)),
                        row(severe, t + 1));
            }

            ReportTable frequent = report.getTable("ae-most-frequent");
            List<String> byIncidence = rc.terms(a -> true, AdverseEvent::term);
            for (int t = 0; t < frequent.rows().size(); t++) {
                String term = byIncidence.get(t);
                assertEquals(term, text(frequent.rows().get(t).get(0)));
                List<String> any = rc.cells(a -> a.term().equals(term), List.of(w -> w > 0));
                List<String> grade3 = rc.cells(a -> a.term().equals(term) && a.worstGrade() >= 3, List.of(w -> w > 0));
                List<String> expected = new ArrayList<>();
                for (int c = 0; c < any.size(); c++) {
                    expected.add(any.get(c));
                    expected.add(grade3.get(c));
                }
                assertEquals(expected, row(frequent, t), term);
            }

            ReportTable labs = report.getTable("lab-shift");
            List<Integer> grades = new ArrayList<>(List.of(0, 1, 2, 3, 4));
            grades.add(null);
            int r = 0;
            for (LabTest test : List.of(LabTest.ANC, LabTest.ALT)) {
                r++; // heading
                for (Integer baseline : grades) {
                    List<String> expected = new ArrayList<>();
                    for (Predicate<Subject> column : rc.columns) {
                        Set<String> members = d.subjects().stream().filter(column).filter(Subject::treated)
                                .map(Subject::subjectNumber).collect(Collectors.toSet());
                        for (Integer w : grades) {
                            expected.add(Long.toString(d.labShifts().stream().filter(l -> l.test() == test
                                    && members.contains(l.subjectNumber()) && Objects.equals(l.baselineGrade(), baseline)
                                    && Objects.equals(l.worstOnTreatmentGrade(), w)).count()));
                        }
                    }
                    assertEquals(expected, labs.rows().get(r++).stream().skip(1)
                            .map(c -> Integer.toString(((ReportCell.Count) c).n())).toList(), test + " " + baseline);
                }
            }
            assertEquals(r, labs.rows().size());
        }
    }
}
