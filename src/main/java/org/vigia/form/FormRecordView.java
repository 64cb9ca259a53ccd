package org.vigia.form;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.vigia.shared.text.Text;

/**
 * A form record as the API and the screens show it: where it belongs, the form version it was entered under, its
 * status and row version (null while never saved), the values by item path in the form's order, the confirmed
 * soft-range warnings by path (the flagged values), the required items still missing, who saved it last, and the
 * scores of the questionnaires it holds ({@link FormScores}: by instrument, scale → score, null where not scorable).
 */
public record FormRecordView(Long id, Long subjectId, String visitCode, String formOid, int formVersion,
                             FormStatus status, Long version, Map<String, String> values, Map<String, Text> warnings,
                             List<String> missing, Instant updatedAt, String updatedBy,
                             Map<String, Map<String, java.math.BigDecimal>> scores) {
}
