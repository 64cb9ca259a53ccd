package org.vigia.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one audit row says, before the service stamps it with the user and the UTC time.
 * <pre>{@code
 * audit.record(AuditEntry.of("UPDATE", "Site", site.getId()).field("timeZone", "UTC", "Asia/Shanghai").reason("typo"));
 * }</pre>
 */
public record AuditEntry(String action, String entityType, String entityId, Long studyId, Long siteId,
                         String subjectRef, String field, String oldValue, String newValue, String reason) {

    public static AuditEntry of(String action, String entityType, Object entityId) {
        return new AuditEntry(action, entityType, entityId == null ? null : entityId.toString(),
                null, null, null, null, null, null, null);
    }

    public AuditEntry field(String name, Object oldValue, Object newValue) {
        return new AuditEntry(action, entityType, entityId, studyId, siteId, subjectRef, name,
                text(oldValue), text(newValue), reason);
    }

    public AuditEntry reason(String why) {
        return new AuditEntry(action, entityType, entityId, studyId, siteId, subjectRef, field, oldValue, newValue, why);
    }

    public AuditEntry scope(Long study, Long site, String subject) {
        return new AuditEntry(action, entityType, entityId, study, site, subject, field, oldValue, newValue, reason);
    }

    /**
     * One entry per field whose value differs between {@code before} and {@code after} (keys in the order of
     * {@code after}); an empty list when nothing changed.
     */
    public List<AuditEntry> changes(Map<String, ?> before, Map<String, ?> after) {
        List<AuditEntry> entries = new ArrayList<>();
        after.forEach((name, value) -> {
            Object old = before == null ? null : before.get(name);
            if (!Objects.equals(text(old), text(value))) {
                entries.add(field(name, old, value));
            }
        });
        return entries;
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
