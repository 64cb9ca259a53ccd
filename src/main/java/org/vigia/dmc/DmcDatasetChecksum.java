package org.vigia.dmc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * SHA-256 checksum of a {@link DmcDataset}, over a canonical text form that does not depend on the order
 * of the input lists or on any timestamp: one line per value object ({@code TYPE|field|field...}, fields
 * escaped, {@code ∅} for null), lines of each type sorted, types in a fixed order, UTF-8, "\n" separated.
 * Two datasets with the same content therefore have the same checksum, and the report states it so a DMC
 * member can tell two reports built from the same data.
 */
public final class DmcDatasetChecksum {

    private DmcDatasetChecksum() {
    }

    /**
     * Lower-case hex SHA-256 of {@link #canonicalForm(DmcDataset)}, fed line by line (the same bytes, without
     * holding the whole text of a large trial in memory).
     */
    public static String of(DmcDataset dataset) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            forEachLine(dataset, line -> digest.update(line.getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** The canonical text the checksum is computed over. */
    public static String canonicalForm(DmcDataset d) {
        StringBuilder out = new StringBuilder();
        forEachLine(d, out::append);
        return out.toString();
    }

    /** The lines of the canonical form, in order, each ending in "\n". */
    private static void forEachLine(DmcDataset d, Consumer<String> out) {
        out.accept(line("STUDY", d.studyRegistryId(), d.studyTitle(), d.definitionVersion(), d.cutOffDate()));
        out.accept(line("SETTINGS", d.settings().landmarkYears(), d.settings().mostFrequentTerms(),
                d.settings().treatmentEmergentDays(), d.settings().summariesByArm()));
        List<String> arms = new ArrayList<>();
        for (int i = 0; i < d.arms().size(); i++) {
            arms.add(line("ARM", i, d.arms().get(i).code(), d.arms().get(i).label())); // display order matters
        }
        append(out, arms);
        append(out, d.stoppingRules().stream()
                .map(r -> line("STOP", r.type(), r.threshold().stripTrailingZeros().toPlainString(), r.description()))
                .toList());
        append(out, d.endpointDefinitions().stream()
                .map(e -> line("ENDPOINT", e.endpoint(), e.definition(), e.censoringRule())).toList());
        append(out, d.subjects().stream().map(s -> line("SUBJECT", s.subjectNumber(), s.armCode(), s.ageBand(),
                s.sex(), s.screeningDate(), s.screenFailure(), s.enrolmentDate(), s.firstDoseDate(), s.lastDoseDate(),
                s.treatmentEndDate(), s.treatmentDiscontinuationReason(), s.studyExitDate(), s.studyExitReason(),
                s.deathDate(), s.deathCause(), s.deathRelatedToTreatment())).toList());
        append(out, d.exposures().stream().map(e -> line("EXPOSURE", e.subjectNumber(), e.agent(), e.cyclesReceived(),
                e.relativeDoseIntensity() == null ? null : e.relativeDoseIntensity().stripTrailingZeros().toPlainString(),
                e.doseHolds(), e.doseReductions(), e.discontinuationReason(), e.dosingDeviations(),
                e.cumulativeDose() == null ? null : e.cumulativeDose().stripTrailingZeros().toPlainString(),
                e.doseUnit())).toList());
        append(out, d.adverseEvents().stream().map(a -> line("AE", a.subjectNumber(), a.systemOrganClass(), a.term(),
                a.worstGrade(), a.serious(), a.treatmentRelated(), a.immuneRelated(), a.ledToDiscontinuation(),
                a.fatal(), a.onsetStudyDay(), a.seriousnessCriteria(), a.outcome(), a.attribution())).toList());
        append(out, d.labShifts().stream().map(l -> line("LAB", l.subjectNumber(), l.test(), l.baselineGrade(),
                l.worstOnTreatmentGrade())).toList());
        append(out, d.responses().stream().map(r -> line("BOR", r.subjectNumber(), r.bestOverallResponse())).toList());
        append(out, d.timesToEvent().stream().map(t -> line("TTE", t.subjectNumber(), t.endpoint(), t.days(),
                t.event())).toList());
        // absent for a study without questionnaires, so the checksums of such datasets stay what they were
        append(out, d.qualityOfLife().stream().map(q -> line("QOL", q.subjectNumber(), q.timePoint(), q.date(),
                q.instrument(), q.scale(), q.score().stripTrailingZeros().toPlainString())).toList());
    }

    private static void append(Consumer<String> out, List<String> lines) {
        lines.stream().sorted().forEach(out);
    }

    private static String line(String type, Object... fields) {
        StringBuilder b = new StringBuilder(type);
        for (Object f : fields) {
            b.append('|').append(f == null ? "∅" : escape(Objects.toString(f)));
        }
        return b.append('\n').toString();
    }

    private static String escape(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c != '\\' && c != '|' && c != '\n' && c != '\r' && c != '∅';
        }
        if (plain) {
            return s;
        }
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n").replace("\r", "\\r")
                .replace("∅", "\\∅");
    }
}
