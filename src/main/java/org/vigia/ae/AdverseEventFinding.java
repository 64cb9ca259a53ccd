package org.vigia.ae;

import java.util.Objects;

/**
 * One inconsistency found in an adverse-event record by {@link AdverseEventChecks}: a stable code, the resource
 * bundle key of its message, and the form field it concerns (for placing the message next to the field).
 *
 * @param code       stable identifier, e.g. "AE_END_BEFORE_ONSET"
 * @param messageKey resource bundle key, e.g. "ae.check.endBeforeOnset"
 * @param field      the {@link AdverseEventEntry} component it concerns, e.g. "end"
 */
public record AdverseEventFinding(String code, String messageKey, String field) {

    public AdverseEventFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(field, "field");
    }
}
