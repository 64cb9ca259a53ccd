package org.vigia.audit.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigia.audit.AuditRecord;

/**
 * How the audit screen shows the field and values of rows whose record type it cannot read by itself: a feature above
 * the audit trail (e.g. forms as data, whose fields are item paths) implements this as a CDI bean, and the audit screen
 * asks every implementation for the rows of the page it shows (one call per page, so the feature can look its records
 * up at once).
 * <pre>{@code
 * @ApplicationScoped
 * public class FormAuditLabels implements AuditFieldLabels {
 *     public Map<Long, Labelled> label(List<AuditRecord> rows, Locale locale) { ... }
 * }
 * }</pre>
 */
public interface AuditFieldLabels {

    /**
     * A row as the reader reads it: the field (its label, and the stored field name where readers need it to tell
     * rows apart) and the old and new values with codes by their labels.
     */
    record Labelled(String field, String oldValue, String newValue) implements java.io.Serializable {
    }

    /** The rows of {@code rows} this feature labels, by audit row id; the others are left out. */
    Map<Long, Labelled> label(List<AuditRecord> rows, Locale locale);
}
