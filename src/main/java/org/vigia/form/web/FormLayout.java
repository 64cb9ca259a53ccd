package org.vigia.form.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigia.form.ItemPath;
import org.vigia.form.definition.CodeList;
import org.vigia.form.definition.FormDefinition;
import org.vigia.form.definition.Item;
import org.vigia.form.definition.ItemGroup;
import org.vigia.form.definition.Label;
import org.vigia.instrument.InstrumentWording;
import org.vigia.instrument.WordingFile;

/**
 * What {@code subject/form.xhtml} draws of a form definition, in the reader's language: its groups (single: one row;
 * repeating: as many rows as are on screen), each with its columns (the items: label, help, unit, required mark, how
 * the value is typed, the choices by label) and its rows of cells (one item path each). Built from the definition and
 * the rows on screen; never kept in the view's state.
 * <p>
 * A questionnaire's group ({@code instrument}) whose licensed wording is loaded in the reader's language
 * ({@link InstrumentWording}) shows each item's question text ({@code "1. <question>"}) instead of its neutral label,
 * and the file's instructions; otherwise the neutral labels of the form file.
 */
public record FormLayout(String name, List<Group> groups) {

    /**
     * How a value is typed on screen; {@code ADVERSE_EVENT}: a drop-down of the subject's adverse events by term, grade
     * and onset ({@code reference: ADVERSE_EVENT}), never the raw id.
     */
    public enum Input { TEXT, CHOICE, MULTI_CHOICE, YES_NO, COMPUTED, ADVERSE_EVENT }

    /**
     * @param depends        style classes {@code vigia-dep-<ITEM>} of the items it depends on (its {@code showWhen}): the
     *                       controlling item's change updates it
     * @param instrument     the questionnaire of the group ({@code EORTC_QLQ_C30}), or null
     * @param licensedWording the questionnaire's licensed wording is shown (loaded in the reader's language)
     * @param instructions   the licensed wording's instructions, or null
     */
    public record Group(String oid, String name, boolean repeating, int maxRows, String depends, List<Column> columns,
                        List<Row> rows, String instrument, boolean licensedWording, String instructions) {
        public boolean full() {
            return rows.size() >= maxRows;
        }
    }

    /**
     * @param depends style classes {@code vigia-dep-<ITEM>} of the items whose change shows, hides or computes it
     * @param update  what a change of its value updates: its own warning and message (a refusal of the value before goes),
     *                and the items and groups that depend on it
     */
    public record Column(String oid, String label, String help, String unit, boolean required, Input input, String hint,
                  Integer maxLength, List<Choice> choices, String depends, String update) {
    }

    public record Row(int index, String path, List<Cell> cells) {
    }

    public record Cell(String path, Column column) {
    }

    public record Choice(String code, String label) implements java.io.Serializable {
    }

    static FormLayout of(FormDefinition def, Map<String, Integer> rows, Locale locale, Map<String, String> hints) {
        return of(def, rows, locale, hints, InstrumentWording.none());
    }

    static FormLayout of(FormDefinition def, Map<String, Integer> rows, Locale locale, Map<String, String> hints,
                         InstrumentWording wording) {
        List<Group> groups = new ArrayList<>();
        for (ItemGroup g : def.groups()) {
            WordingFile licensed = wording.file(g.instrument(), locale).orElse(null);
            List<Column> columns = g.items().stream().map(i -> column(def, i, locale, hints, licensed)).toList();
            List<Row> out = new ArrayList<>();
            int n = g.repeating() ? rows.getOrDefault(g.oid(), 0) : 1;
            for (int r = 0; r < n; r++) {
                int row = r;
                out.add(new Row(row, g.oid() + "[" + row + "]", columns.stream()
                        .map(c -> new Cell(ItemPath.of(g.oid(), row, c.oid()).toString(), c)).toList()));
            }
            groups.add(new Group(g.oid(), text(g.name(), locale), g.repeating(), g.maxRows(),
                    g.showWhen() == null ? "" : DEPENDS + g.showWhen().item(), columns, out, g.instrument(),
                    licensed != null, licensed == null ? null : licensed.instructions()));
        }
        return new FormLayout(text(def.name(), locale), groups);
    }

    private static Column column(FormDefinition def, Item i, Locale locale, Map<String, String> hints,
                                 WordingFile licensed) {
        Input input = i.computed() ? Input.COMPUTED : i.referencesAdverseEvent() ? Input.ADVERSE_EVENT : switch (i.type()) {
            case CHOICE -> Input.CHOICE;
            case MULTI_CHOICE -> Input.MULTI_CHOICE;
            case YES_NO -> Input.YES_NO;
            default -> Input.TEXT;
        };
        List<Choice> choices = new ArrayList<>();
        if (i.type() == org.vigia.form.definition.ItemType.YES_NO) {
            choices.add(new Choice("Y", hints.get("Y")));
            choices.add(new Choice("N", hints.get("N")));
        } else if (i.codeList() != null) {
            CodeList list = def.codeList(i.codeList()).orElseThrow();
            list.codes().forEach(c -> choices.add(new Choice(c.code(), text(c.label(), locale))));
        }
        List<String> on = new ArrayList<>();
        if (i.showWhen() != null) {
            on.add(DEPENDS + i.showWhen().item());
        }
        if (i.computed()) {
            i.compute().args().forEach(a -> on.add(DEPENDS + a));
        }
        boolean controls = def.groups().stream().anyMatch(g -> g.showWhen() != null && g.showWhen().item().equals(i.oid())
                || g.items().stream().anyMatch(x -> x.showWhen() != null && x.showWhen().item().equals(i.oid())
                || x.computed() && x.compute().args().contains(i.oid())));
        String label = licensed != null && i.instrumentItem() != null && licensed.question(i.instrumentItem()) != null
                ? i.instrumentItem() + ". " + licensed.question(i.instrumentItem()) : text(i.label(), locale);
        return new Column(i.oid(), label, text(i.help(), locale), i.unit(), i.required(), input,
                hints.get(i.type().name()), i.type() == org.vigia.form.definition.ItemType.TEXT ? i.maxLengthOrDefault() : null,
                choices, String.join(" ", on), "warn message" + (controls ? " @(." + DEPENDS + i.oid() + ")" : ""));
    }

    private static final String DEPENDS = "vigia-dep-";

    private static String text(Label label, Locale locale) {
        return label == null ? null : label.in(locale);
    }
}
