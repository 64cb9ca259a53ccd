package org.vigia.form.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.vigia.audit.AuditRecord;
import org.vigia.audit.web.AuditFieldLabels;
import org.vigia.form.FormService;
import org.vigia.form.FormStatus;
import org.vigia.form.ItemPath;
import org.vigia.form.definition.FormDefinition;
import org.vigia.form.definition.Item;
import org.vigia.form.definition.ItemGroup;
import org.vigia.form.definition.ItemType;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Texts;

/**
 * The audit rows of form records ({@code FormRecord}, field the item path) as the audit screen shows them: the item's
 * label from the form version of the record (with the group and row number in a repeating group), codes by their
 * labels, a confirmed warning as yes / no, the status by its label.
 */
@ApplicationScoped
public class FormAuditLabels implements AuditFieldLabels {

    private static final String RECORD_TYPE = "FormRecord";
    private static final String CONFIRMED = ".warningConfirmed";

    @Inject
    private FormService forms;

    @Override
    public Map<Long, Labelled> label(List<AuditRecord> rows, Locale locale) {
        List<Long> ids = new ArrayList<>();
        for (AuditRecord r : rows) {
            if (RECORD_TYPE.equals(r.getEntityType()) && r.getEntityId() != null && r.getEntityId().matches("\\d{1,18}")) {
                ids.add(Long.valueOf(r.getEntityId()));
            }
        }
        Map<Long, Labelled> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        Map<Long, FormDefinition> defs = forms.definitionsOf(ids);
        for (AuditRecord r : rows) {
            FormDefinition def = RECORD_TYPE.equals(r.getEntityType()) && r.getEntityId() != null
                    && r.getEntityId().matches("\\d{1,18}") ? defs.get(Long.valueOf(r.getEntityId())) : null;
            if (def != null && r.getField() != null) {
                labelled(def, r, locale).ifPresent(l -> out.put(r.getId(), l));
            }
        }
        return out;
    }

    private static Optional<Labelled> labelled(FormDefinition def, AuditRecord r, Locale locale) {
        if ("form".equals(r.getField()) || "visitCode".equals(r.getField())) {
            String key = "form".equals(r.getField()) ? "form.subject.form" : "form.subject.visit";
            return Optional.of(new Labelled(Texts.text(Bundle.FORM, locale, key), r.getOldValue(), r.getNewValue()));
        }
        if ("status".equals(r.getField())) {
            return Optional.of(new Labelled(Texts.text(Bundle.FORM, locale, "form.screen.status"),
                    status(r.getOldValue(), locale), status(r.getNewValue(), locale)));
        }
        boolean confirmation = r.getField().endsWith(CONFIRMED);
        String field = confirmation ? r.getField().substring(0, r.getField().length() - CONFIRMED.length()) : r.getField();
        Optional<ItemPath> path = ItemPath.parse(field);
        Optional<ItemGroup> group = path.flatMap(p -> def.group(p.group()));
        Optional<Item> item = path.flatMap(p -> group.flatMap(g -> g.item(p.item())));
        if (item.isEmpty()) {
            return Optional.empty();
        }
        String label = item.get().label().in(locale) + (group.get().repeating()
                ? " (" + group.get().name().in(locale) + " " + (path.get().row() + 1) + ")" : "");
        if (confirmation) {
            return Optional.of(new Labelled(label + " – " + Texts.text(Bundle.FORM, locale, "form.audit.warningConfirmed")
                    + " · " + r.getField(),
                    yesNo(r.getOldValue(), locale), yesNo(r.getNewValue(), locale)));
        }
        return Optional.of(new Labelled(label + " · " + r.getField(), value(def, item.get(), r.getOldValue(), locale),
                value(def, item.get(), r.getNewValue(), locale)));
    }

    private static String value(FormDefinition def, Item item, String value, Locale locale) {
        if (value == null) {
            return null;
        }
        if (item.type() == ItemType.YES_NO) {
            return "Y".equals(value) ? Texts.text(Bundle.FORM, locale, "form.yes")
                    : "N".equals(value) ? Texts.text(Bundle.FORM, locale, "form.no") : value;
        }
        if (item.type().coded()) {
            List<String> labels = new ArrayList<>();
            for (String code : item.type() == ItemType.MULTI_CHOICE ? List.of(value.split(",")) : List.of(value)) {
                labels.add(def.codeList(item.codeList()).flatMap(l -> l.find(code)).map(c -> c.label().in(locale)).orElse(code));
            }
            return String.join(", ", labels);
        }
        return value;
    }

    private static String yesNo(String value, Locale locale) {
        if (value == null) {
            return null;
        }
        String key = Boolean.parseBoolean(value) ? "form.yes" : "form.no";
        return Texts.text(Bundle.FORM, locale, key);
    }

    private static String status(String value, Locale locale) {
        if (value == null) {
            return null;
        }
        try {
            return Texts.text(Bundle.FORM, locale, Texts.enumKey(FormStatus.valueOf(value)));
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
