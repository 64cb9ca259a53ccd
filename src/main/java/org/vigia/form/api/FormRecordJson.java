package org.vigia.form.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigia.form.FormRecordView;
import org.vigia.form.FormStatus;

/**
 * A form record in the API: {@code values} by item path, {@code warnings} the confirmed soft-range warnings by path
 * (English: the flagged values), {@code missing} the required shown items still without a value; {@code id},
 * {@code version}, {@code status} absent while never saved; {@code scores} the scores of the questionnaires the form
 * holds, by instrument ({@code {"EORTC_QLQ_C30": {"QL2": 66.67, ...}}}, null where a scale cannot be scored; absent
 * for a form without one).
 */
public record FormRecordJson(Long id, Long subjectId, String visitCode, String form, int formVersion, FormStatus status,
                             Long version, Map<String, String> values, Map<String, String> warnings, List<String> missing,
                             Instant updatedAt, String updatedBy,
                             @com.fasterxml.jackson.annotation.JsonInclude(content = com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
                             Map<String, Map<String, java.math.BigDecimal>> scores) {

    static FormRecordJson of(FormRecordView v) {
        Map<String, String> warnings = new LinkedHashMap<>();
        v.warnings().forEach((p, t) -> warnings.put(p, t.english()));
        return new FormRecordJson(v.id(), v.subjectId(), v.visitCode(), v.formOid(), v.formVersion(), v.status(),
                v.version(), v.values(), warnings, v.missing(), v.updatedAt(), v.updatedBy(),
                v.scores().isEmpty() ? null : v.scores());
    }
}
