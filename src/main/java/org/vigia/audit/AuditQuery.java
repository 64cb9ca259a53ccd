package org.vigia.audit;

import java.time.LocalDate;

/** Search criteria for the audit trail; null fields do not filter. Dates are UTC days, inclusive. */
public record AuditQuery(String username, String entityType, String entityId, String subjectRef, String action,
                         LocalDate fromDate, LocalDate toDate) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }
}
