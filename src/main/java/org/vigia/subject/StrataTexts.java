package org.vigia.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.shared.text.Texts;
import org.vigia.study.definition.StratificationFactor;

/**
 * The words of a stratification message: a factor by its name, a level by its label, a baseline item
 * ({@code FORM.item}) by its label on the baseline form and a coded value by its label ("Primary site Oropharynx"),
 * so that neither the refusal nor the screen shows codes such as {@code TUMOUR.primarySite=OROPHARYNX}.
 * <pre>{@code
 * Text from = StrataTexts.recorded("TUMOUR.pdl1Cps=12, TUMOUR.primarySite=OROPHARYNX");
 * }</pre>
 */
public final class StrataTexts {

    private StrataTexts() {
    }

    /** The factor as the definition names it. */
    public static Text factor(StratificationFactor f) {
        return Text.plain(f.name() == null || f.name().isBlank() ? f.id() : f.name());
    }

    /** A level of the factor by its label (the code only when the definition has no such level). */
    public static Text level(StratificationFactor f, String code) {
        return Text.plain(f.findLevel(code).map(l -> l.label()).orElse(code));
    }

    /** A baseline item ({@code FORM.item}) by its label on the baseline form. */
    public static Text item(String item) {
        String name = item.substring(item.indexOf('.') + 1);
        return known("baseline." + name) ? Text.of(Bundle.SUBJECT, "baseline." + name) : Text.plain(item);
    }

    /** Baseline items, each by its label. */
    public static List<Text> items(List<String> items) {
        return items.stream().map(StrataTexts::item).toList();
    }

    /**
     * The recorded values a factor looked at, as {@link org.vigia.study.StrataDerivation} describes them
     * ({@code FORM.item=value, ...}): each as "label value", a coded value by its label.
     */
    public static List<Text> recorded(String recorded) {
        List<Text> parts = new ArrayList<>();
        if (recorded == null || recorded.isBlank()) {
            return parts;
        }
        for (String part : recorded.split(", ")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                parts.add(Text.plain(part));
                continue;
            }
            String item = part.substring(0, eq);
            parts.add(Text.of(Bundle.SUBJECT, "strata.recordedValue", item(item), value(item, part.substring(eq + 1))));
        }
        return parts;
    }

    private static Text value(String item, String value) {
        String prefix = item.endsWith(".primarySite") ? "site." : item.endsWith(".hpvP16") ? "hpv." : null;
        return prefix != null && known(prefix + value) ? Text.of(Bundle.SUBJECT, prefix + value) : Text.plain(value);
    }

    private static boolean known(String key) {
        return Texts.find(Bundle.SUBJECT, Locale.ENGLISH, key).isPresent();
    }
}
