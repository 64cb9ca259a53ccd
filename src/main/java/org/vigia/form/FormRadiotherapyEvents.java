package org.vigia.form;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vigia.subject.RadiotherapyEventSource;
import org.vigia.form.definition.FormDefinition;
import org.vigia.form.definition.Item;
import org.vigia.form.definition.ItemGroup;

/**
 * The form answers that raise a radiotherapy event ({@code radiotherapyEvent} on an item, e.g. the ulcer check's
 * "Ulcer in the irradiated field?" = Y raises ULCER): each complete form record with such an item is a finding of
 * that event on the form's date (its first dated item of the subject's time in a single group, else the day it was
 * saved), raised when the answer is the one named, lifted otherwise.
 */
@ApplicationScoped
public class FormRadiotherapyEvents implements RadiotherapyEventSource {

    @Inject
    private CompleteFormRecords records;

    @Override
    public List<Finding> findings(Long subjectId) {
        List<Finding> out = new ArrayList<>();
        for (CompleteFormRecords.Filled f : records.of(subjectId, def -> def.groups().stream()
                .flatMap(g -> g.items().stream()).anyMatch(i -> i.radiotherapyEvent() != null))) {
            FormRecord r = f.record();
            FormDefinition def = f.definition();
            java.util.Map<ItemPath, String> values = f.values();
            LocalDate on = FormService.formDate(def, values).orElse(r.getUpdatedAt().atOffset(ZoneOffset.UTC).toLocalDate());
            for (ItemGroup g : def.groups()) {
                for (Item item : g.items()) {
                    if (item.radiotherapyEvent() == null) {
                        continue;
                    }
                    boolean raised = values.entrySet().stream().anyMatch(e -> e.getKey().group().equals(g.oid())
                            && e.getKey().item().equals(item.oid()) && item.radiotherapyEvent().raisedBy(e.getValue()));
                    out.add(new Finding(item.radiotherapyEvent().event(), on, raised,
                            "form " + def.oid() + " at visit " + r.getVisitCode() + " (" + on + ")"));
                }
            }
        }
        out.sort(Comparator.comparing(Finding::on));
        return out;
    }
}
