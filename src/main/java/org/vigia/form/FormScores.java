package org.vigia.form;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.vigia.form.definition.FormDefinition;
import org.vigia.form.definition.Item;
import org.vigia.form.definition.ItemGroup;
import org.vigia.instrument.EortcScoring;
import org.vigia.instrument.Instrument;

/**
 * The scores of the questionnaires a form holds: for each group that names an {@code instrument}, every scale, single
 * item and summary score of it ({@link EortcScoring}, the EORTC scoring manual's rules, half-items rule included),
 * from the answers stored at the group's items ({@code instrumentItem} → answer code). Computed when a record is
 * shown, never stored, so a score always follows the answers it comes from.
 * <pre>{@code
 * Map<String, Map<String, BigDecimal>> s = FormScores.of(definition, Map.of("C30[0].Q29", "6", "C30[0].Q30", "5"));
 * s.get("EORTC_QLQ_C30").get("QL2");   // 75.00
 * }</pre>
 */
public final class FormScores {

    private static final EortcScoring SCORING = new EortcScoring();

    private FormScores() {
    }

    /**
     * By instrument name, in the form's order: scale code → score rounded to two decimals, null where the scale cannot
     * be scored (too few answers). Empty when the form holds no questionnaire.
     */
    public static Map<String, Map<String, BigDecimal>> of(FormDefinition def, Map<String, String> values) {
        Map<String, Map<String, BigDecimal>> out = new LinkedHashMap<>();
        for (ItemGroup g : def.groups()) {
            if (g.instrument() == null) {
                continue;
            }
            Instrument instrument = Instrument.find(g.instrument()).orElseThrow(); // checked when the form was read
            Map<Integer, Integer> codes = new TreeMap<>();
            for (Item item : g.items()) {
                String value = values.get(new ItemPath(g.oid(), 0, item.oid()).toString());
                if (value != null && item.instrumentItem() != null) {
                    codes.put(item.instrumentItem(), Integer.valueOf(value));
                }
            }
            out.put(instrument.name(), SCORING.scoreCodes(instrument, codes).rounded());
        }
        return Collections.unmodifiableMap(out);
    }
}
