package org.vigia.form.definition;

import java.util.List;
import java.util.Optional;

/**
 * A group of items: single (one row, index 0) or {@code repeating} (rows 0, 1, ... such as a medication log, at most
 * {@code maxRepeats}, at least {@code minRepeats} for the form to be complete while the group is shown);
 * {@code showWhen} hides the whole group; {@code domain} is the SDTM domain its items go to (e.g. {@code CM}), and
 * {@code odmOid} the ODM ItemGroupOID (default {@code IG.<oid>}). A group that is a scored questionnaire names its
 * {@code instrument} ({@code EORTC_QLQ_C30}, {@code EORTC_QLQ_HN35}: {@link org.vigia.instrument.Instrument}); each of
 * its items then gives its {@code instrumentItem} number and is scored by the instrument's manual.
 */
public record ItemGroup(String oid, Label name, boolean repeating, Integer minRepeats, Integer maxRepeats,
                        Condition showWhen, String domain, String odmOid, String instrument, List<Item> items) {

    /** Most rows of a repeating group whose file gives no {@code maxRepeats}. */
    public static final int DEFAULT_MAX_REPEATS = 50;

    public ItemGroup {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public int maxRows() {
        return repeating ? (maxRepeats == null ? DEFAULT_MAX_REPEATS : maxRepeats) : 1;
    }

    public int minRows() {
        return repeating && minRepeats != null ? minRepeats : 0;
    }

    public Optional<Item> item(String itemOid) {
        return items.stream().filter(i -> i.oid().equals(itemOid)).findFirst();
    }

    public String odmOidOrDefault() {
        return odmOid != null ? odmOid : "IG." + oid;
    }
}
