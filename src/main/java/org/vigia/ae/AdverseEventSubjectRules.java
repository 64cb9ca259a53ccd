package org.vigia.ae;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigia.shared.PartialDate;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * The rules an adverse event must keep against the subject's other records (issue 15), as opposed to
 * {@link AdverseEventChecks}, which reads one form on its own:
 * <ul>
 * <li>Causality: an attribution other than {@link Causality#UNRELATED} only to an agent given on or before the onset
 *     (radiotherapy: the first delivered fraction); an agent never given, or first given after the onset, cannot
 *     have caused the event.</li>
 * <li>One AE per episode: an AE of the same CTCAE term whose period overlaps another AE of the subject is refused; a
 *     change of grade is a grade change of that AE (its grade history), not a new AE.</li>
 * <li>AE dates (onset, end, the date a new grade applies from) are not before the informed consent and not after the
 *     death date; an AE with a fatal outcome ends on the death date when the death is recorded.</li>
 * </ul>
 * A partial date breaks a rule only when it does so whatever its unknown parts are ("2026-03" is not before a
 * consent on 2026-03-14; an onset "2026-03" is not before a first dose on 2026-03-10).
 * <pre>{@code
 * List<Violation> v = AdverseEventSubjectRules.check(details, gradeSince, records);
 * }</pre>
 */
public final class AdverseEventSubjectRules {

    /**
     * Another adverse event of the subject, as far as the overlap rule reads it.
     *
     * @param id         its id
     * @param meddraCode its CTCAE term's MedDRA code
     * @param term       its CTCAE term
     * @param onset      onset as stored
     * @param end        end as stored, null while ongoing
     */
    public record Episode(long id, String meddraCode, String term, PartialDate onset, PartialDate end) {
    }

    /**
     * What an AE of one subject is checked against.
     *
     * @param consent    the informed consent date, null when not recorded
     * @param death      the death date recorded on the follow-up form, null when none
     * @param firstGiven per agent id of the attributions (and {@link AdverseEventAttribution#RADIOTHERAPY}), the
     *                   first date given; an agent never given is absent
     * @param agentNames the agents' names by id, for the messages
     * @param others     the subject's other AEs (not the one being checked)
     */
    public record SubjectRecords(LocalDate consent, LocalDate death, Map<String, LocalDate> firstGiven,
                                 Map<String, String> agentNames, List<Episode> others) {

        public SubjectRecords {
            firstGiven = Map.copyOf(firstGiven);
            agentNames = Map.copyOf(agentNames);
            others = List.copyOf(others);
        }
    }

    /**
     * One rule broken.
     *
     * @param code    what is broken, stable across edits (rule and the record it concerns, e.g.
     *                {@code CAUSALITY:DOCETAXEL}, {@code OVERLAP:42}, {@code BEFORE_CONSENT:onset})
     * @param field   the field to show it at, e.g. {@code term}, {@code onset}, {@code attributions[1].causality}
     * @param message the refusal, naming the field and the conflicting record or date
     */
    public record Violation(String code, String field, Text message) {
    }

    private AdverseEventSubjectRules() {
    }

    /**
     * Every rule broken by {@code d} (its attributions as sent, index by index) for the subject's {@code records};
     * empty when none. {@code gradeSince} is the date a new grade applies from (null when the grade does not change).
     */
    public static List<Violation> check(AdverseEventDetails d, PartialDate gradeSince, SubjectRecords records) {
        Objects.requireNonNull(d, "details");
        List<Violation> out = new ArrayList<>();
        dates(d, gradeSince, records, out);
        fatalEnd(d, records, out);
        overlap(d, records, out);
        causality(d, records, out);
        return List.copyOf(out);
    }

    private static void dates(AdverseEventDetails d, PartialDate gradeSince, SubjectRecords r, List<Violation> out) {
        date("onset", d.onset(), r, out);
        date("end", d.ongoing() ? null : d.end(), r, out);
        date("gradeSince", gradeSince, r, out);
    }

    private static void date(String field, PartialDate day, SubjectRecords r, List<Violation> out) {
        if (day == null) {
            return;
        }
        if (r.consent() != null && day.isDefinitelyBefore(r.consent())) {
            out.add(new Violation("BEFORE_CONSENT:" + field, field,
                    Text.of(Bundle.AE, "ae.rule.beforeConsent", field, day.toIso(), r.consent())));
        }
        if (r.death() != null && day.isDefinitelyAfter(r.death())) {
            out.add(new Violation("AFTER_DEATH:" + field, field,
                    Text.of(Bundle.AE, "ae.rule.afterDeath", field, day.toIso(), r.death())));
        }
    }

    /** A fatal AE ends on the recorded death date (its end is the death, CTCAE Grade 5). */
    private static void fatalEnd(AdverseEventDetails d, SubjectRecords r, List<Violation> out) {
        if (d.outcome() != AeOutcome.FATAL || r.death() == null) {
            return;
        }
        PartialDate end = d.ongoing() ? null : d.end();
        if (end == null) {
            out.add(new Violation("FATAL_END", "end", Text.of(Bundle.AE, "ae.rule.fatalEndMissing", r.death())));
        } else if (end.isDefinitelyBefore(r.death())) { // after the death is refused above
            out.add(new Violation("FATAL_END", "end",
                    Text.of(Bundle.AE, "ae.rule.fatalEnd", end.toIso(), r.death())));
        }
    }

    /** One AE per episode: no other AE of the same term whose period certainly shares a day with this one. */
    private static void overlap(AdverseEventDetails d, SubjectRecords r, List<Violation> out) {
        if (d.meddraCode() == null || d.onset() == null) {
            return;
        }
        PartialDate end = d.ongoing() ? null : d.end();
        for (Episode other : r.others()) {
            if (!d.meddraCode().trim().equals(other.meddraCode()) || other.onset() == null) {
                continue;
            }
            if (overlap(d.onset(), end, other.onset(), other.end())) {
                Text message = other.end() == null
                        ? Text.of(Bundle.AE, "ae.rule.overlapOpen", other.term(), other.id(), other.onset().toIso())
                        : Text.of(Bundle.AE, "ae.rule.overlapClosed", other.term(), other.id(), other.onset().toIso(),
                                other.end().toIso());
                out.add(new Violation("OVERLAP:" + other.id(), "term", message));
                return;
            }
        }
    }

    /**
     * True when the periods certainly share a day: each starts (at the latest) no later than the other ends (at the
     * earliest); no end is ongoing. The same reading as the consistency report's AE_OVERLAP.
     */
    static boolean overlap(PartialDate aStart, PartialDate aEnd, PartialDate bStart, PartialDate bEnd) {
        LocalDate aTo = aEnd == null ? LocalDate.MAX : aEnd.earliest();
        LocalDate bTo = bEnd == null ? LocalDate.MAX : bEnd.earliest();
        return !aStart.latest().isAfter(bTo) && !bStart.latest().isAfter(aTo);
    }

    /** Related (anything but unrelated) only to an agent given on or before the onset. */
    private static void causality(AdverseEventDetails d, SubjectRecords r, List<Violation> out) {
        if (d.onset() == null) {
            return;
        }
        for (int i = 0; i < d.attributions().size(); i++) {
            AdverseEventDetails.Attribution a = d.attributions().get(i);
            if (a.causality() == null || a.causality() == Causality.UNRELATED) {
                continue;
            }
            String field = "attributions[" + i + "].causality";
            String name = r.agentNames().getOrDefault(a.agentId(), a.agentName() == null ? a.agentId() : a.agentName());
            LocalDate first = r.firstGiven().get(a.agentId());
            if (first == null) {
                out.add(new Violation("CAUSALITY:" + a.agentId(), field, Text.of(Bundle.AE, "ae.rule.causalityNeverGiven",
                        field, a.causality().label(), name, d.onset().toIso())));
            } else if (d.onset().isDefinitelyBefore(first)) {
                out.add(new Violation("CAUSALITY:" + a.agentId(), field, Text.of(Bundle.AE,
                        "ae.rule.causalityBeforeFirst", field, a.causality().label(), name, first, d.onset().toIso())));
            }
        }
    }
}
