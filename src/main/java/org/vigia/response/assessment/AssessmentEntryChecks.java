package org.vigia.response.assessment;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigia.response.LesionRole;
import org.vigia.response.NonTargetStatus;
import org.vigia.response.TargetFinding;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.SiteToday;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.subject.StudyPeriod;

/**
 * The checks of a tumour assessment as typed, before anything is stored: the baseline lesions (code, role, organ,
 * method, irradiation, diameters, scan date) and the findings of a follow-up against the baseline's lesions. Every
 * problem is a {@link Bundle#RESPONSE} text under the field it concerns ({@code lesions.<code>},
 * {@code findings.<code>}), shown in the reader's language.
 * <pre>{@code
 * AssessmentEntryChecks.requireLesions(lesions, sites.today(siteId), periods.of(subject));          // InvalidInput with every problem
 * Map<String, FindingEntry> valid = AssessmentEntryChecks.parseFindings(baselineLesions, findings, errors);
 * }</pre>
 */
final class AssessmentEntryChecks {

    private AssessmentEntryChecks() {
    }

    /**
     * The lesions of a baseline as typed; each scan date lies in the subject's time in the study as a baseline
     * assessment ({@link StudyPeriod.Kind#BASELINE}: it may precede consent within the screening window).
     */
    static void requireLesions(List<LesionEntry> lesions, SiteToday today, StudyPeriod period) {
        FieldErrors errors = new FieldErrors();
        errors.require(lesions != null && !lesions.isEmpty(), "lesions", text("resp.required.lesions"));
        Set<String> codes = new HashSet<>();
        for (LesionEntry l : lesions == null ? List.<LesionEntry>of() : lesions) {
            if (l == null) {
                continue;
            }
            String f = "lesions." + l.code();
            String code = String.valueOf(l.code());
            errors.require(l.code() != null && l.code().matches("[A-Za-z0-9]{1,16}"), "lesions",
                    text("resp.invalid.lesionCode"));
            errors.require(l.code() == null || codes.add(l.code()), f, text("resp.invalid.codeTwice", code));
            errors.require(l.role() != null, f, text("resp.required.role", code));
            errors.require(l.organ() != null, f, text("resp.required.organ", code));
            errors.require(l.method() != null, f, text("resp.required.method", code));
            errors.require(l.irradiation() != null, f, text("resp.required.irradiation", code));
            errors.require(l.diameterMm() == null || l.diameterMm().signum() >= 0, f,
                    text("resp.invalid.negativeDiameter", code));
            errors.require(l.role() != LesionRole.TARGET || l.diameterMm() != null && l.diameterMm().signum() > 0, f,
                    text("resp.required.baselineDiameter", code));
            errors.require(today.allows(l.scannedOn()), f,
                    text("resp.refused.futureScan", code, today.future("scannedOn", l.scannedOn())));
            period.refusal(StudyPeriod.Kind.BASELINE, f + ".scannedOn", l.scannedOn())
                    .ifPresent(t -> errors.require(false, f, t));
        }
        errors.throwIfAny();
    }

    /** The valid findings by lesion code; every problem goes to {@code errors} under {@code findings.<code>}. */
    static Map<String, FindingEntry> parseFindings(Map<String, TumourLesion> lesions, List<FindingEntry> entries,
                                                   FieldErrors errors) {
        Map<String, FindingEntry> valid = new LinkedHashMap<>();
        for (FindingEntry e : entries == null ? List.<FindingEntry>of() : entries) {
            if (e == null || e.lesion() == null || !lesions.containsKey(e.lesion())) {
                errors.require(false, "findings", text("resp.invalid.unknownLesion",
                        String.valueOf(e == null ? null : e.lesion()), String.valueOf(lesions.keySet())));
                continue;
            }
            String field = "findings." + e.lesion();
            TumourLesion lesion = lesions.get(e.lesion());
            if (e.finding() == null) {
                continue;
            }
            if (e.diameterMm() != null && e.diameterMm().signum() < 0) {
                errors.require(false, field, text("resp.invalid.negativeDiameter", e.lesion()));
                continue;
            }
            if (lesion.isTarget()) {
                TargetFinding finding;
                try {
                    finding = TargetFinding.valueOf(e.finding());
                } catch (IllegalArgumentException x) {
                    errors.require(false, field, text("resp.invalid.targetFinding", e.lesion()));
                    continue;
                }
                if (finding == TargetFinding.MEASURED && e.diameterMm() == null) {
                    errors.require(false, field, text("resp.required.measuredDiameter", e.lesion()));
                    continue;
                }
                valid.put(e.lesion(), new FindingEntry(e.lesion(), finding.name(),
                        finding == TargetFinding.MEASURED ? e.diameterMm() : null));
            } else {
                NonTargetStatus status;
                try {
                    status = NonTargetStatus.valueOf(e.finding());
                } catch (IllegalArgumentException x) {
                    errors.require(false, field, text("resp.invalid.nonTargetStatus", e.lesion()));
                    continue;
                }
                BigDecimal axis = lesion.isNodal() ? e.diameterMm() : null;
                if (lesion.isNodal() && status == NonTargetStatus.ABSENT && axis != null && axis.compareTo(BigDecimal.TEN) >= 0) {
                    errors.require(false, field, text("resp.invalid.absentNode", e.lesion()));
                    continue;
                }
                valid.put(e.lesion(), new FindingEntry(e.lesion(), status.name(), axis));
            }
        }
        return valid;
    }

    static Text text(String key, Object... args) {
        return Text.of(Bundle.RESPONSE, key, args);
    }
}
