package org.vigia.form;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.vigia.form.definition.FormDefinition;
import org.vigia.form.definition.Item;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * The values of items marked {@code reference: ADVERSE_EVENT} (the adverse event a medication treats,
 * {@code CM[n].CMAENO}) are ids of adverse events of the same subject: a save is refused, naming each item path at
 * fault, when a value is the id of another subject's AE or of no AE at all (the other subject's AE is not named).
 * <p>
 * Called by {@link FormService#save} once the engine has read the values, before anything is stored; the subject's AE
 * ids are asked for only when the form has such a value:
 * <pre>{@code
 * ItemReferences.check(def, result, () -> adverseEventIdsOf(subject));
 * }</pre>
 */
public final class ItemReferences {

    private ItemReferences() {
    }

    /**
     * Refuses ({@link InvalidInput}, every path at fault) values of {@code reference: ADVERSE_EVENT} items of
     * {@code result} that are not among {@code subjectAdverseEvents}.
     *
     * @param subjectAdverseEvents the ids of the subject's adverse events (read only when needed)
     */
    public static void check(FormDefinition def, FormResult result, Supplier<? extends Collection<Long>> subjectAdverseEvents) {
        Map<ItemPath, String> refs = adverseEventReferences(def, result.values());
        if (refs.isEmpty()) {
            return;
        }
        Set<String> known = subjectAdverseEvents.get().stream().map(String::valueOf).collect(Collectors.toSet());
        FieldErrors errors = new FieldErrors();
        refs.forEach((p, v) -> {
            if (!known.contains(v)) {
                Item item = def.item(p.item()).orElseThrow();
                errors.require(false, p.toString(), Text.of(Bundle.FORM, "form.refused.notSubjectsAdverseEvent",
                        item.label(), v));
            }
        });
        errors.throwIfAny();
    }

    /** The values of the save whose item is {@code reference: ADVERSE_EVENT}, as the engine normalised them. */
    static Map<ItemPath, String> adverseEventReferences(FormDefinition def, Map<ItemPath, String> values) {
        Map<ItemPath, String> out = new LinkedHashMap<>();
        values.forEach((p, v) -> {
            if (v != null && !v.isBlank() && def.item(p.item()).map(Item::referencesAdverseEvent).orElse(false)) {
                out.put(p, v.trim());
            }
        });
        return out;
    }
}
