package org.vigia.worklist;

import java.time.Duration;
import java.time.Instant;

/**
 * One record left undone, for the person who must resolve it: the study, site and subject (by label), the record
 * (its id, its term and its date: the lab's collection date, the awareness instant of an SAE, the subject's death
 * date), since when it is overdue and how long by {@code now}, and the page where it is resolved.
 *
 * @param record     the AE term (proposed or recorded)
 * @param recordDate the date the lateness is counted from, ISO 8601
 */
public record WorklistItem(WorkKind kind, Long studyId, String studyRegistryId, Long siteId, String siteCode,
                           String siteName, Long subjectId, String subjectLabel, Long recordId, String record,
                           String recordDate, Instant overdueSince, Instant now) implements java.io.Serializable {

    /** How long the record is overdue. */
    public Duration overdue() {
        return Duration.between(overdueSince, now);
    }

    /** Whole days overdue (0 during the first day). */
    public long overdueDays() {
        return overdue().toDays();
    }

    /** Whole hours overdue. */
    public long overdueHours() {
        return overdue().toHours();
    }

    /**
     * The record's date as a screen shows it: a date as it is, an instant (the SAE awareness) to the minute in UTC,
     * e.g. {@code 2026-12-04 10:00 UTC}.
     */
    public String recordDateLabel() {
        if (recordDate == null || !recordDate.contains("T")) {
            return recordDate;
        }
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(java.time.ZoneOffset.UTC).format(Instant.parse(recordDate));
    }

    /** The page (path and query, below the context root) where the record is resolved. */
    public String link() {
        return switch (kind) {
            case LAB_PROPOSAL -> "/ae/labs.xhtml?subject=" + subjectId;
            case SAE_REPORT, ONGOING_AE_AFTER_DEATH -> "/ae/edit.xhtml?subject=" + subjectId + "&id=" + recordId;
        };
    }
}
