package org.vigia.form;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigia.form.definition.Computation;
import org.vigia.form.definition.Condition;
import org.vigia.form.definition.EditCheck;
import org.vigia.form.definition.FormDefinition;
import org.vigia.form.definition.Item;
import org.vigia.form.definition.ItemGroup;
import org.vigia.form.definition.ItemType;
import org.vigia.form.definition.Range;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.PartialDate;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * Validates one save of a form against its definition and gives what to store ({@link FormResult}); every refusal of
 * the save is collected and thrown at once as {@link InvalidInput} naming each item path. Pure Java: the REST
 * resource and the screens reach it through the form service, so both validate the same way.
 * <ol>
 *   <li>Each path is an item of the form ({@code GROUP[row].ITEM}; a single group has row 0; a repeating group's rows
 *       are numbered from 0 without gaps up to its {@code maxRepeats}); a computed item takes no value.</li>
 *   <li>Each value is read for its type without coercion ({@link ItemValues}).</li>
 *   <li>Computed items are computed per row from the values entered ({@link org.vigia.form.definition.ComputeFunction}).</li>
 *   <li>A value for an item that is not shown ({@code showWhen} of the item or its group) is refused.</li>
 *   <li>A number outside the hard {@code range} is refused; outside the {@code softRange} it is refused unless its path
 *       is in {@code confirmedWarnings} (or the same value was stored confirmed before): then it is kept and flagged.</li>
 *   <li>Every edit check runs on each row where both sides have a value.</li>
 *   <li>What is left: the status, {@code IN_PROGRESS} while a required shown item has no value.</li>
 * </ol>
 * <pre>{@code
 * FormResult r = FormEngine.evaluate(ecg, Map.of("EG[0].EGDAT", "2026-03-02", "EG[0].QTCF", "520"),
 *         Set.of("EG[0].QTCF"), Map.of(), today);
 * r.warnings().keySet();    // [EG[0].QTCF]
 * }</pre>
 */
public final class FormEngine {

    private final FormDefinition form;
    private final LocalDate today;
    private final FieldErrors errors = new FieldErrors();
    /** Entered and computed values by path. */
    private final Map<ItemPath, String> values = new HashMap<>();
    /** Paths whose value was entered (not computed). */
    private final Map<ItemPath, Boolean> entered = new HashMap<>();
    /** Rows of each repeating group; single groups have one row. */
    private final Map<String, Integer> rows = new HashMap<>();

    private FormEngine(FormDefinition form, LocalDate today) {
        this.form = form;
        this.today = today;
    }

    /**
     * Evaluates one save.
     *
     * @param input               path → value as sent (null, blank or an empty array: no value)
     * @param confirmedWarnings   paths whose soft-range warning the user confirmed in this save
     * @param storedConfirmations path → stored value of the values stored with a confirmed warning (unchanged, they
     *                            stay confirmed)
     * @param today               the site's today (no date after it); null: not checked
     * @throws InvalidInput naming every path at fault
     */
    public static FormResult evaluate(FormDefinition form, Map<String, ?> input, Set<String> confirmedWarnings,
                                      Map<String, String> storedConfirmations, LocalDate today) {
        return new FormEngine(form, today).run(input, confirmedWarnings == null ? Set.of() : confirmedWarnings,
                storedConfirmations == null ? Map.of() : storedConfirmations);
    }

    /**
     * What the screen shows while the user types ({@link FormPreview}): the values that can be read are computed,
     * their soft ranges checked and the display conditions applied to {@code rows} rows of each repeating group (the
     * rows on screen); nothing is refused.
     * <pre>{@code
     * FormPreview p = FormEngine.preview(vitals, Map.of("VS[0].WEIGHT", "70", "VS[0].HEIGHT", "175"), Map.of());
     * p.computed().get("VS[0].BMI");   // "22.9"
     * }</pre>
     */
    public static FormPreview preview(FormDefinition form, Map<String, ?> input, Map<String, Integer> rows) {
        FormEngine engine = new FormEngine(form, null);
        engine.read(input);
        for (ItemGroup g : form.groups()) {
            if (g.repeating()) {
                engine.rows.put(g.oid(), Math.min(g.maxRows(), Math.max(engine.rows.get(g.oid()),
                        rows == null ? 0 : rows.getOrDefault(g.oid(), 0))));
            }
        }
        engine.compute();
        engine.display();
        Map<String, String> computed = new LinkedHashMap<>();
        Map<String, Text> warnings = new LinkedHashMap<>();
        java.util.Set<String> hidden = new java.util.LinkedHashSet<>();
        for (ItemGroup g : form.groups()) {
            if (g.showWhen() != null && !g.showWhen().shows(engine.value(g, 0, g.showWhen().item()))) {
                hidden.add(g.oid());
            }
            for (int row = 0; row < engine.rows.get(g.oid()); row++) {
                for (Item i : g.items()) {
                    ItemPath p = ItemPath.of(g.oid(), row, i.oid());
                    if (engine.hiding(g, row, i).isPresent()) {
                        hidden.add(p.toString());
                    } else if (i.computed() && engine.values.containsKey(p)) {
                        computed.put(p.toString(), engine.values.get(p));
                    }
                }
            }
        }
        Set<String> all = new java.util.HashSet<>();
        engine.values.keySet().forEach(p -> all.add(p.toString()));
        engine.ranges(all, Map.of()).entrySet().stream().filter(e -> !hidden.contains(e.getKey().toString()))
                .sorted(Map.Entry.comparingByKey(engine.order()))
                .forEach(e -> warnings.put(e.getKey().toString(), e.getValue()));
        return new FormPreview(computed, warnings, hidden);
    }

    private FormResult run(Map<String, ?> input, Set<String> confirmed, Map<String, String> storedConfirmations) {
        read(input);
        for (String path : confirmed) {
            Optional<ItemPath> p = ItemPath.parse(path);
            errors.require(p.isPresent() && form.group(p.get().group()).flatMap(g -> g.item(p.get().item())).isPresent(),
                    "confirmedWarnings", Text.of(Bundle.FORM, "form.refused.confirmedPath", path, form.oid()));
        }
        compute();
        display();
        Map<ItemPath, Text> warnings = ranges(confirmed, storedConfirmations);
        checks();
        errors.throwIfAny();
        List<String> missing = missing();
        Map<ItemPath, String> ordered = new LinkedHashMap<>();
        values.keySet().stream().sorted(order()).forEach(p -> ordered.put(p, values.get(p)));
        Map<ItemPath, Text> orderedWarnings = new LinkedHashMap<>();
        warnings.keySet().stream().sorted(order()).forEach(p -> orderedWarnings.put(p, warnings.get(p)));
        return new FormResult(ordered, orderedWarnings, missing.isEmpty() ? FormStatus.COMPLETE : FormStatus.IN_PROGRESS,
                missing);
    }

    /** Paths and values: each path an item of the form, each value of its item's type. */
    private void read(Map<String, ?> input) {
        Map<String, java.util.SortedSet<Integer>> used = new HashMap<>();
        for (Map.Entry<String, ?> e : input.entrySet()) {
            String key = e.getKey();
            Optional<ItemPath> parsed = ItemPath.parse(key);
            if (parsed.isEmpty()) {
                errors.require(false, key, Text.of(Bundle.FORM, "form.refused.path", key, form.oid(), example()));
                continue;
            }
            ItemPath path = parsed.get();
            Optional<ItemGroup> group = form.group(path.group());
            Optional<Item> item = group.flatMap(g -> g.item(path.item()));
            if (item.isEmpty()) {
                errors.require(false, key, Text.of(Bundle.FORM, "form.refused.unknownItem", form.oid(), path.item(),
                        path.group()));
                continue;
            }
            ItemGroup g = group.get();
            Item i = item.get();
            if (!g.repeating() && path.row() != 0) {
                errors.require(false, key, Text.of(Bundle.FORM, "form.refused.singleRow", g.name(), path.row()));
                continue;
            }
            if (path.row() >= g.maxRows()) {
                errors.require(false, key, Text.of(Bundle.FORM, "form.refused.maxRows", g.name(), g.maxRows(), path.row()));
                continue;
            }
            if (i.computed()) {
                errors.require(ItemValues.absent(e.getValue()), key, Text.of(Bundle.FORM, "form.refused.computed", i.label()));
                continue;
            }
            if (ItemValues.absent(e.getValue())) {
                continue;
            }
            try {
                values.put(path, ItemValues.parse(form, i, e.getValue(), today));
                entered.put(path, true);
                used.computeIfAbsent(g.oid(), k -> new java.util.TreeSet<>()).add(path.row());
            } catch (ItemValues.Refused r) {
                errors.require(false, key, r.text());
            }
        }
        for (ItemGroup g : form.groups()) {
            java.util.SortedSet<Integer> r = used.getOrDefault(g.oid(), new java.util.TreeSet<>());
            if (!g.repeating()) {
                rows.put(g.oid(), 1);
                continue;
            }
            int n = r.isEmpty() ? 0 : r.last() + 1;
            for (int row = 0; row < n; row++) {
                if (!r.contains(row)) {
                    errors.require(false, g.oid() + "[" + row + "]", Text.of(Bundle.FORM, "form.refused.gap", g.name(), row));
                    break;
                }
            }
            rows.put(g.oid(), n);
        }
    }

    /** An example path for the refusal of a malformed one: the first item of the form. */
    private String example() {
        ItemGroup g = form.groups().get(0);
        return ItemPath.of(g.oid(), 0, g.items().get(0).oid()).toString();
    }

    /** The computed items of every row whose arguments all have values. */
    private void compute() {
        for (ItemGroup g : form.groups()) {
            for (int row = 0; row < rows.get(g.oid()); row++) {
                for (Item i : g.items()) {
                    if (i.computed()) {
                        Optional<String> v = computed(g, row, i);
                        if (v.isPresent()) {
                            values.put(ItemPath.of(g.oid(), row, i.oid()), v.get());
                        }
                    }
                }
            }
        }
    }

    private Optional<String> computed(ItemGroup g, int row, Item item) {
        Computation c = item.compute();
        List<String> args = new ArrayList<>();
        for (String arg : c.args()) {
            String v = value(g, row, arg);
            if (v == null) {
                return Optional.empty();
            }
            args.add(v);
        }
        return Optional.ofNullable(switch (c.function()) {
            case BMI -> {
                BigDecimal weight = new BigDecimal(args.get(0));
                BigDecimal height = new BigDecimal(args.get(1));
                if (height.signum() <= 0) {
                    yield null;
                }
                yield weight.multiply(BigDecimal.valueOf(10000))
                        .divide(height.multiply(height), item.digitsOrZero(), RoundingMode.HALF_UP).toPlainString();
            }
            case DAYS_BETWEEN -> Long.toString(ChronoUnit.DAYS.between(LocalDate.parse(args.get(0)),
                    LocalDate.parse(args.get(1))));
            case SUM -> {
                BigDecimal sum = args.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
                yield (item.type() == ItemType.INTEGER ? sum.setScale(0, RoundingMode.UNNECESSARY)
                        : sum.setScale(item.digitsOrZero(), RoundingMode.UNNECESSARY)).toPlainString();
            }
        });
    }

    /** A value sent for an item that is not shown is refused; a computed item not shown is not kept. */
    private void display() {
        for (ItemPath p : new ArrayList<>(values.keySet())) {
            ItemGroup g = form.group(p.group()).orElseThrow();
            Item i = g.item(p.item()).orElseThrow();
            Optional<Condition> hiding = hiding(g, p.row(), i);
            if (hiding.isEmpty()) {
                continue;
            }
            if (entered.containsKey(p)) {
                Condition c = hiding.get();
                Item by = form.item(c.item()).orElseThrow();
                errors.require(false, p.toString(), Text.of(Bundle.FORM, c == g.showWhen() ? "form.refused.groupHidden"
                        : "form.refused.hidden", c == g.showWhen() ? g.name() : i.label(), by.label(), shown(by, c.values())));
            } else {
                values.remove(p);
            }
        }
    }

    /** Values of {@code item} as the reader sees them: a code by its label, Y and N as yes and no. */
    private List<Object> shown(Item item, List<String> codes) {
        List<Object> out = new ArrayList<>();
        for (String code : codes) {
            if (item.type() == ItemType.YES_NO) {
                out.add("Y".equals(code) ? Text.of(Bundle.FORM, "form.yes") : Text.of(Bundle.FORM, "form.no"));
            } else {
                out.add(form.codeList(item.codeList()).flatMap(l -> l.find(code)).<Object>map(c -> c.label()).orElse(code));
            }
        }
        return out;
    }

    /** The condition that hides the item on that row (its group's first), or empty when it is shown. */
    private Optional<Condition> hiding(ItemGroup g, int row, Item i) {
        if (g.showWhen() != null && !g.showWhen().shows(value(g, 0, g.showWhen().item()))) {
            return Optional.of(g.showWhen());
        }
        if (i.showWhen() != null && !i.showWhen().shows(value(g, row, i.showWhen().item()))) {
            return Optional.of(i.showWhen());
        }
        return Optional.empty();
    }

    /** Hard ranges refuse; soft ranges refuse unless confirmed, and the confirmed ones are returned. */
    private Map<ItemPath, Text> ranges(Set<String> confirmed, Map<String, String> storedConfirmations) {
        Map<ItemPath, Text> warnings = new HashMap<>();
        for (Map.Entry<ItemPath, String> e : values.entrySet()) {
            Item i = form.item(e.getKey().item()).orElseThrow();
            if (!i.type().numeric()) {
                continue;
            }
            String path = e.getKey().toString();
            BigDecimal v = new BigDecimal(e.getValue());
            String unit = i.unit() == null ? "" : " " + i.unit();
            if (i.range() != null && !i.range().holds(v)) {
                errors.require(false, path, i.range().message() != null
                        ? Text.of(Bundle.FORM, "form.refused.rangeCustom", i.range().message())
                        : Text.of(Bundle.FORM, "form.refused.range", i.label(), e.getValue(), i.range().describe(), unit));
                continue;
            }
            Range soft = i.softRange();
            if (soft == null || soft.holds(v)) {
                continue;
            }
            Text warning = soft.message() != null ? Text.of(Bundle.FORM, "form.warning.custom", soft.message())
                    : Text.of(Bundle.FORM, "form.warning.softRange", i.label(), e.getValue(), soft.describe(), unit);
            if (confirmed.contains(path) || e.getValue().equals(storedConfirmations.get(path))) {
                warnings.put(e.getKey(), warning);
            } else {
                errors.require(false, path, Text.of(Bundle.FORM, "form.refused.unconfirmed", warning, path));
            }
        }
        return warnings;
    }

    /** Every edit check on every row where both sides have a value. */
    private void checks() {
        for (EditCheck c : form.checks()) {
            ItemGroup g = form.groupOf(c.item()).orElseThrow();
            Item item = g.item(c.item()).orElseThrow();
            for (int row = 0; row < rows.get(g.oid()); row++) {
                String a = value(g, row, c.item());
                String b = c.other() != null ? value(g, row, c.other()) : c.value().toPlainString();
                if (a == null || b == null) {
                    continue;
                }
                ItemType otherType = c.other() != null ? form.item(c.other()).orElseThrow().type() : ItemType.DECIMAL;
                if (!passes(item.type(), a, otherType, b, c)) {
                    errors.require(false, ItemPath.of(g.oid(), row, c.item()).toString(),
                            Text.of(Bundle.FORM, "form.refused.check", c.message()));
                }
            }
        }
    }

    /** Whether {@code a <op> b} may hold: dates by the range each may be (partial dates conservatively). */
    static boolean passes(ItemType typeA, String a, ItemType typeB, String b, EditCheck c) {
        if (typeA.numeric()) {
            return c.operator().holds(new BigDecimal(a).compareTo(new BigDecimal(b)));
        }
        if (typeA == ItemType.TIME) {
            return c.operator().holds(LocalTime.parse(a).compareTo(LocalTime.parse(b)));
        }
        PartialDate x = PartialDate.parse(a);
        PartialDate y = PartialDate.parse(b);
        LocalDate a1 = x.earliest();
        LocalDate a2 = x.latest();
        LocalDate b1 = y.earliest();
        LocalDate b2 = y.latest();
        return switch (c.operator()) {
            case GE -> !a2.isBefore(b1);
            case GT -> a2.isAfter(b1);
            case LE -> !a1.isAfter(b2);
            case LT -> a1.isBefore(b2);
            case EQ -> !a2.isBefore(b1) && !a1.isAfter(b2);
            case NE -> !(a1.equals(a2) && b1.equals(b2) && a1.equals(b1));
        };
    }

    /** Required shown items without a value, and rows a shown repeating group still needs. */
    private List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (ItemGroup g : form.groups()) {
            if (g.showWhen() != null && !g.showWhen().shows(value(g, 0, g.showWhen().item()))) {
                continue;
            }
            int n = rows.get(g.oid());
            for (int row = 0; row < n; row++) {
                for (Item i : g.items()) {
                    ItemPath p = ItemPath.of(g.oid(), row, i.oid());
                    if (i.required() && !i.computed() && !values.containsKey(p) && hiding(g, row, i).isEmpty()) {
                        missing.add(p.toString());
                    }
                }
            }
            for (int row = n; row < g.minRows(); row++) {
                missing.add(g.oid() + "[" + row + "]");
            }
        }
        return missing;
    }

    /** The value of {@code itemOid} as a row of {@code g} sees it: its own row, or row 0 of a single group. */
    private String value(ItemGroup g, int row, String itemOid) {
        ItemGroup holder = form.groupOf(itemOid).orElseThrow();
        return values.get(ItemPath.of(holder.oid(), holder.oid().equals(g.oid()) ? row : 0, itemOid));
    }

    /** Paths in the form's order: groups and items as defined, rows ascending. */
    private Comparator<ItemPath> order() {
        Map<String, Integer> groupIndex = new HashMap<>();
        Map<String, Integer> itemIndex = new HashMap<>();
        for (int g = 0; g < form.groups().size(); g++) {
            groupIndex.put(form.groups().get(g).oid(), g);
            List<Item> items = form.groups().get(g).items();
            for (int i = 0; i < items.size(); i++) {
                itemIndex.put(items.get(i).oid(), i);
            }
        }
        return Comparator.<ItemPath>comparingInt(p -> groupIndex.get(p.group())).thenComparingInt(ItemPath::row)
                .thenComparingInt(p -> itemIndex.get(p.item()));
    }
}
