package org.vigia.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.vigia.audit.AuditQuery;
import org.vigia.audit.AuditRecord;
import org.vigia.audit.AuditService;

/** Backs {@code audit/index.xhtml}: search the audit trail by subject, record, user and dates; download CSV. */
@Named
@ViewScoped
public class AuditSearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditService audit;

    @Inject
    private jakarta.enterprise.inject.Instance<AuditFieldLabels> labellers;

    /** The rows of the page shown whose feature labels them ({@link AuditFieldLabels}), by audit row id. */
    private final java.util.HashMap<Long, AuditFieldLabels.Labelled> labelled = new java.util.HashMap<>();

    private String username;
    private String entityType;
    private String entityId;
    private String subject;
    private String action;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<AuditRecord> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) audit.count(query());
        }

        @Override
        public List<AuditRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            List<AuditRecord> page = audit.search(query(), first, pageSize);
            labelled.clear();
            java.util.Locale locale = org.vigia.platform.web.Messages.locale();
            labellers.forEach(l -> labelled.putAll(l.label(page, locale)));
            return page;
        }

        @Override
        public String getRowKey(AuditRecord r) {
            return String.valueOf(r.getId());
        }

        @Override
        public AuditRecord getRowData(String key) {
            return null;
        }
    };

    /** The field of a row: as its feature labels it, else the field name. */
    public String field(AuditRecord r) {
        AuditFieldLabels.Labelled l = labelled.get(r.getId());
        return l == null ? r.getField() : l.field();
    }

    public String oldValue(AuditRecord r) {
        AuditFieldLabels.Labelled l = labelled.get(r.getId());
        return l == null ? r.getOldValue() : l.oldValue();
    }

    public String newValue(AuditRecord r) {
        AuditFieldLabels.Labelled l = labelled.get(r.getId());
        return l == null ? r.getNewValue() : l.newValue();
    }

    AuditQuery query() {
        return new AuditQuery(username, entityType, entityId, subject, action, from, to);
    }

    public void clear() {
        username = entityType = entityId = subject = action = null;
        from = to = null;
    }

    public StreamedContent getCsv() {
        AuditQuery q = query();
        return DefaultStreamedContent.builder()
                .name("vigia-audit.csv")
                .contentType("text/csv")
                .stream(() -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    try (OutputStreamWriter w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                        audit.exportCsv(q, w);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return new java.io.ByteArrayInputStream(bytes.toByteArray());
                })
                .build();
    }

    public LazyDataModel<AuditRecord> getRows() { return rows; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getEntityType() { return entityType; }
    public void setEntityType(String entityType) { this.entityType = entityType; }
    public String getEntityId() { return entityId; }
    public void setEntityId(String entityId) { this.entityId = entityId; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
