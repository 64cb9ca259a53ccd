package org.vigia.form.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one form definition after binding and lists every problem with its location ({@code groups[1] (CM).items[7]
 * (CMENDAT): ...}): OIDs well formed and unique (groups, items across the form, code lists, codes in a list, checks),
 * both languages of every text, what each type allows (a range on a text item, digits on an integer, a choice without
 * its code list are errors), conditions and computations and edit checks naming items that exist and that a row can
 * reach (its own group or a single group), of types they can use, and no item whose display depends on itself.
 */
public final class FormDefinitionValidator {

    static final Pattern OID = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    static final Pattern PROCEDURE = Pattern.compile("[A-Z][A-Z0-9_]{0,47}");
    static final Pattern CODE = Pattern.compile("(?=.{1,64}$)[A-Za-z0-9_.()/\\-]+( [A-Za-z0-9_.()/\\-]+)*");
    static final Pattern SDTM = Pattern.compile("[A-Z][A-Z0-9]{0,7}");
    static final Pattern CDASH = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");
    static final Pattern ODM_OID = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]{0,63}");
    /** Most decimals a {@code DECIMAL} item may have. */
    static final int MAX_DIGITS = 6;
    static final int MAX_REPEATS = 500;

    private final FormDefinition form;
    private final List<String> problems = new ArrayList<>();

    private FormDefinitionValidator(FormDefinition form) {
        this.form = form;
    }

    /** Every problem of {@code form}; empty when it is valid. */
    public static List<String> validate(FormDefinition form) {
        FormDefinitionValidator v = new FormDefinitionValidator(form);
        v.run();
        return List.copyOf(v.problems);
    }

    private void run() {
        pattern("oid", form.oid(), OID);
        if (form.version() == null || form.version() < 1) {
            problem("version", "must be a whole number ≥ 1 (got " + form.version() + ")");
        }
        pattern("procedure", form.procedure(), PROCEDURE);
        label("name", form.name(), true);
        optionalPattern("odmOid", form.odmOid(), ODM_OID);
        if (form.groups().isEmpty()) {
            problem("groups", "a form needs at least one group");
        }
        codeLists();
        Set<String> groupOids = new HashSet<>();
        Map<String, String> itemAt = new HashMap<>();
        for (int g = 0; g < form.groups().size(); g++) {
            ItemGroup group = form.groups().get(g);
            String at = "groups[" + g + "]" + (group.oid() == null ? "" : " (" + group.oid() + ")");
            if (group.oid() != null && !groupOids.add(group.oid())) {
                problem(at, "duplicate group OID " + group.oid());
            }
            for (int i = 0; i < group.items().size(); i++) {
                Item item = group.items().get(i);
                String itemLocation = at + ".items[" + i + "]" + (item.oid() == null ? "" : " (" + item.oid() + ")");
                if (item.oid() != null && itemAt.putIfAbsent(item.oid(), itemLocation) != null) {
                    problem(itemLocation, "duplicate item OID " + item.oid() + " (also at " + itemAt.get(item.oid())
                            + "); item OIDs are unique in a form");
                }
            }
        }
        for (int g = 0; g < form.groups().size(); g++) {
            group("groups[" + g + "]" + (form.groups().get(g).oid() == null ? "" : " (" + form.groups().get(g).oid() + ")"),
                    form.groups().get(g));
        }
        checks();
        cycles();
    }

    private void codeLists() {
        Set<String> oids = new HashSet<>();
        for (int c = 0; c < form.codeLists().size(); c++) {
            CodeList list = form.codeLists().get(c);
            String at = "codeLists[" + c + "]" + (list.oid() == null ? "" : " (" + list.oid() + ")");
            pattern(at + ".oid", list.oid(), OID);
            if (list.oid() != null && !oids.add(list.oid())) {
                problem(at, "duplicate code list OID " + list.oid());
            }
            if (list.codes().isEmpty()) {
                problem(at + ".codes", "a code list needs at least one code");
            }
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < list.codes().size(); i++) {
                Code code = list.codes().get(i);
                String codeAt = at + ".codes[" + i + "]";
                if (code.code() == null || !CODE.matcher(code.code()).matches()) {
                    problem(codeAt + ".code", "must be 1-64 letters, digits, single spaces or _ . ( ) / - (no comma; got " + quoted(code.code()) + ")");
                } else if (!codes.add(code.code())) {
                    problem(codeAt, "duplicate code " + code.code());
                }
                label(codeAt + ".label", code.label(), true);
            }
        }
    }

    private void group(String at, ItemGroup group) {
        pattern(at + ".oid", group.oid(), OID);
        label(at + ".name", group.name(), true);
        optionalPattern(at + ".odmOid", group.odmOid(), ODM_OID);
        optionalPattern(at + ".domain", group.domain(), Pattern.compile("[A-Z]{2}"));
        if (group.items().isEmpty()) {
            problem(at + ".items", "a group needs at least one item");
        }
        if (!group.repeating() && (group.minRepeats() != null || group.maxRepeats() != null)) {
            problem(at, "minRepeats and maxRepeats are for a repeating group (repeating: true)");
        }
        if (group.minRepeats() != null && group.minRepeats() < 0) {
            problem(at + ".minRepeats", "must be ≥ 0");
        }
        if (group.maxRepeats() != null && (group.maxRepeats() < 1 || group.maxRepeats() > MAX_REPEATS)) {
            problem(at + ".maxRepeats", "must be 1-" + MAX_REPEATS);
        }
        if (group.minRepeats() != null && group.minRepeats() > group.maxRows()) {
            problem(at, "minRepeats " + group.minRepeats() + " is more than maxRepeats " + group.maxRows());
        }
        if (group.showWhen() != null) {
            Optional<ItemGroup> other = group.showWhen().item() == null ? Optional.empty()
                    : form.groupOf(group.showWhen().item());
            if (other.isPresent() && other.get().oid().equals(group.oid())) {
                problem(at + ".showWhen", "a group cannot be shown by one of its own items (" + group.showWhen().item() + ")");
            } else {
                condition(at + ".showWhen", group.showWhen(), null);
            }
        }
        for (int i = 0; i < group.items().size(); i++) {
            Item item = group.items().get(i);
            item(at + ".items[" + i + "]" + (item.oid() == null ? "" : " (" + item.oid() + ")"), group, item);
        }
        instrument(at, group);
    }

    /**
     * A scored questionnaire: a known instrument; every item of the group one of its questions (a number from 1 to
     * the instrument's count, each once, all of them), a single choice whose codes are that question's answer codes
     * exactly ("1" to "4", "1" to "7" or "1" to "2"), never computed; a single (not repeating) group.
     */
    private void instrument(String at, ItemGroup group) {
        if (group.instrument() == null) {
            for (int i = 0; i < group.items().size(); i++) {
                if (group.items().get(i).instrumentItem() != null) {
                    problem(at + ".items[" + i + "].instrumentItem", "only the items of a group that names an instrument"
                            + " have an instrumentItem number");
                }
            }
            return;
        }
        Optional<org.vigia.instrument.Instrument> instrument = org.vigia.instrument.Instrument.find(group.instrument());
        if (instrument.isEmpty()) {
            problem(at + ".instrument", "unknown instrument " + group.instrument() + " (known: "
                    + java.util.Arrays.toString(org.vigia.instrument.Instrument.values()) + ")");
            return;
        }
        if (group.repeating()) {
            problem(at + ".repeating", "a questionnaire group is answered once: it cannot repeat");
        }
        int count = instrument.get().items().size();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < group.items().size(); i++) {
            Item item = group.items().get(i);
            String itemAt = at + ".items[" + i + "]" + (item.oid() == null ? "" : " (" + item.oid() + ")");
            Integer n = item.instrumentItem();
            if (n == null || n < 1 || n > count) {
                problem(itemAt + ".instrumentItem", "must be the item's number in " + group.instrument() + ", 1-" + count);
                continue;
            }
            if (!seen.add(n)) {
                problem(itemAt + ".instrumentItem", "question " + n + " appears twice");
            }
            if (item.type() != ItemType.CHOICE || item.computed()) {
                problem(itemAt + ".type", "a questionnaire item is a CHOICE of its answer codes");
                continue;
            }
            org.vigia.instrument.InstrumentItem question = instrument.get().items().get(n - 1);
            List<String> expected = new ArrayList<>();
            for (int code = question.min(); code <= question.max(); code++) {
                expected.add(Integer.toString(code));
            }
            List<String> codes = item.codeList() == null ? List.of()
                    : form.codeList(item.codeList()).map(CodeList::codeValues).orElse(List.of());
            if (!codes.isEmpty() && !codes.equals(expected)) {
                problem(itemAt + ".codeList", "question " + n + " of " + group.instrument() + " is answered " + expected
                        + ", the code list " + item.codeList() + " has " + codes);
            }
        }
        if (seen.size() != count && seen.size() == group.items().size()) {
            problem(at + ".items", group.instrument() + " has " + count + " questions; the group has " + seen.size());
        }
    }

    private void item(String at, ItemGroup group, Item item) {
        pattern(at + ".oid", item.oid(), OID);
        label(at + ".label", item.label(), true);
        label(at + ".help", item.help(), false);
        optionalPattern(at + ".cdash", item.cdash(), CDASH);
        optionalPattern(at + ".sdtm", item.sdtm(), SDTM);
        optionalPattern(at + ".odmOid", item.odmOid(), ODM_OID);
        ItemType type = item.type();
        if (type == null) {
            problem(at + ".type", "required: one of " + List.of(ItemType.values()));
            return;
        }
        if (item.unit() != null && (!type.numeric() || item.unit().isBlank() || item.unit().length() > 16)) {
            problem(at + ".unit", type.numeric() ? "1-16 characters" : "a unit is for an INTEGER or DECIMAL item, not " + type);
        }
        if (type == ItemType.DECIMAL) {
            if (item.digits() == null || item.digits() < 1 || item.digits() > MAX_DIGITS) {
                problem(at + ".digits", "a DECIMAL item needs digits (decimals after the point) 1-" + MAX_DIGITS
                        + " (got " + item.digits() + ")");
            }
        } else if (item.digits() != null) {
            problem(at + ".digits", "digits are for a DECIMAL item, not " + type);
        }
        if (item.maxLength() != null && (type != ItemType.TEXT || item.maxLength() < 1 || item.maxLength() > Item.MAX_LENGTH)) {
            problem(at + ".maxLength", type == ItemType.TEXT ? "must be 1-" + Item.MAX_LENGTH
                    : "maxLength is for a TEXT item, not " + type);
        }
        if (type.coded()) {
            if (item.codeList() == null) {
                problem(at + ".codeList", "a " + type + " item needs a codeList");
            } else if (form.codeList(item.codeList()).isEmpty()) {
                problem(at + ".codeList", "unknown code list " + item.codeList() + " (known: " + form.codeLists().stream()
                        .map(CodeList::oid).toList() + ")");
            }
        } else if (item.codeList() != null) {
            problem(at + ".codeList", "a code list is for a CHOICE or MULTI_CHOICE item, not " + type);
        }
        range(at + ".range", item, item.range());
        range(at + ".softRange", item, item.softRange());
        if (item.range() != null && item.softRange() != null && type.numeric()
                && !(within(item.softRange().min(), item.range()) && within(item.softRange().max(), item.range()))) {
            problem(at + ".softRange", "must lie within the hard range " + item.range().describe());
        }
        if (item.showWhen() != null) {
            condition(at + ".showWhen", item.showWhen(), group);
        }
        if (item.radiotherapyEvent() != null) {
            EventTrigger t = item.radiotherapyEvent();
            if (item.type() != ItemType.YES_NO && item.type() != ItemType.CHOICE) {
                problem(at + ".radiotherapyEvent", "only a YES_NO or CHOICE item raises a radiotherapy event (got a "
                        + item.type() + " item)");
            }
            if (t.equals() == null || t.event() == null || !t.event().matches("[A-Z][A-Z0-9_]*")) {
                problem(at + ".radiotherapyEvent", "needs 'equals' (the answer) and 'event' (an upper-case event code of"
                        + " the study definitions' radiotherapy rules)");
            }
        }
        if (item.studyPeriod() != null && (item.type() != ItemType.DATE
                || !List.of("CLINICAL", "BASELINE").contains(item.studyPeriod()))) {
            problem(at + ".studyPeriod", "CLINICAL or BASELINE, for a DATE item (got " + item.studyPeriod() + " on a "
                    + item.type() + " item)");
        }
        if (item.compute() != null) {
            computation(at + ".compute", group, item);
        }
        if (item.unique() != null && (!Item.UNIQUE_IN_STUDY.equals(item.unique()) || type != ItemType.TEXT
                || item.computed())) {
            problem(at + ".unique", Item.UNIQUE_IN_STUDY + ", for an entered TEXT item (got " + item.unique() + " on a "
                    + (item.computed() ? "computed " : "") + type + " item)");
        }
        if (item.reference() != null && (!Item.REFERENCE_ADVERSE_EVENT.equals(item.reference())
                || type != ItemType.INTEGER || item.computed())) {
            problem(at + ".reference", Item.REFERENCE_ADVERSE_EVENT + ", for an entered INTEGER item (got "
                    + item.reference() + " on a " + (item.computed() ? "computed " : "") + type + " item)");
        }
    }

    private static boolean within(BigDecimal bound, Range hard) {
        return bound == null || hard.holds(bound);
    }

    private void range(String at, Item item, Range range) {
        if (range == null) {
            return;
        }
        if (!item.type().numeric()) {
            problem(at, "a range is for an INTEGER or DECIMAL item, not " + item.type());
            return;
        }
        if (range.min() == null && range.max() == null) {
            problem(at, "needs min, max or both");
        }
        if (range.min() != null && range.max() != null && range.min().compareTo(range.max()) > 0) {
            problem(at, "min " + range.min().toPlainString() + " is more than max " + range.max().toPlainString());
        }
        int digits = item.type() == ItemType.INTEGER ? 0 : item.digitsOrZero();
        for (BigDecimal bound : java.util.Arrays.asList(range.min(), range.max())) {
            if (bound != null && Math.max(0, bound.stripTrailingZeros().scale()) > digits) {
                problem(at, "bound " + bound.toPlainString() + " has more decimals than the item (" + digits + ")");
            }
        }
        label(at + ".message", range.message(), false);
    }

    /** A condition: the item exists, a row can reach it, a yes/no or choice item, values it can take. */
    private void condition(String at, Condition c, ItemGroup owner) {
        if (c.item() == null) {
            problem(at + ".item", "required: the item whose value shows this");
            return;
        }
        Optional<Item> target = reachable(at + ".item", c.item(), owner);
        if ((c.equals() == null) == (c.in() == null || c.in().isEmpty())) {
            problem(at, "needs exactly one of equals or in");
        }
        if (target.isEmpty()) {
            return;
        }
        Item t = target.get();
        List<String> allowed;
        if (t.type() == ItemType.YES_NO) {
            allowed = List.of("Y", "N");
        } else if (t.type().coded()) {
            allowed = form.codeList(t.codeList()).map(CodeList::codeValues).orElse(List.of());
        } else {
            problem(at + ".item", "a condition names a YES_NO, CHOICE or MULTI_CHOICE item (" + c.item() + " is " + t.type() + ")");
            return;
        }
        for (String v : c.values()) {
            if (!allowed.contains(v)) {
                problem(at, quoted(v) + " is not a value of " + c.item() + " (" + allowed + ")");
            }
        }
    }

    private void computation(String at, ItemGroup group, Item item) {
        Computation c = item.compute();
        if (item.required()) {
            problem(at, "a computed item is never typed, so it cannot be required");
        }
        if (c.function() == null) {
            problem(at + ".function", "required: one of " + List.of(ComputeFunction.values()));
            return;
        }
        List<Item> args = new ArrayList<>();
        for (int i = 0; i < c.args().size(); i++) {
            String arg = c.args().get(i);
            if (item.oid() != null && item.oid().equals(arg)) {
                problem(at + ".args[" + i + "]", "a computed item cannot use itself");
                continue;
            }
            Optional<Item> a = reachable(at + ".args[" + i + "]", arg, group);
            if (a.isPresent() && a.get().computed()) {
                problem(at + ".args[" + i + "]", arg + " is computed itself; use entered items");
            }
            a.ifPresent(args::add);
        }
        if (args.size() != c.args().size()) {
            return;
        }
        switch (c.function()) {
            case BMI -> {
                expect(at, args.size() == 2 && args.stream().allMatch(a -> a.type().numeric()),
                        "BMI takes two numeric items: weight in kg, height in cm");
                expect(at, item.type() == ItemType.DECIMAL, "BMI gives a DECIMAL item, not " + item.type());
            }
            case DAYS_BETWEEN -> {
                expect(at, args.size() == 2 && args.stream().allMatch(a -> a.type() == ItemType.DATE),
                        "DAYS_BETWEEN takes two DATE items");
                expect(at, item.type() == ItemType.INTEGER, "DAYS_BETWEEN gives an INTEGER item, not " + item.type());
            }
            case SUM -> {
                expect(at, args.size() >= 2 && args.stream().allMatch(a -> a.type().numeric()),
                        "SUM takes two or more numeric items");
                expect(at, item.type().numeric(), "SUM gives an INTEGER or DECIMAL item, not " + item.type());
                expect(at, item.type() != ItemType.INTEGER || args.stream().allMatch(a -> a.type() == ItemType.INTEGER),
                        "an INTEGER SUM takes INTEGER items only");
                expect(at, item.type() != ItemType.DECIMAL || args.stream().allMatch(a -> a.digitsOrZero() <= item.digitsOrZero()),
                        "a DECIMAL SUM needs at least the digits of each of its items");
            }
        }
    }

    private void checks() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < form.checks().size(); i++) {
            EditCheck c = form.checks().get(i);
            String at = "checks[" + i + "]" + (c.id() == null ? "" : " (" + c.id() + ")");
            pattern(at + ".id", c.id(), OID);
            if (c.id() != null && !ids.add(c.id())) {
                problem(at, "duplicate check id " + c.id());
            }
            label(at + ".message", c.message(), true);
            if (c.operator() == null) {
                problem(at + ".operator", "required: one of " + List.of(Operator.values()));
            }
            if ((c.other() == null) == (c.value() == null)) {
                problem(at, "needs exactly one of other (an item) or value (a number)");
            }
            if (c.item() == null) {
                problem(at + ".item", "required: the item the check is about");
                continue;
            }
            Optional<Item> item = form.item(c.item());
            if (item.isEmpty()) {
                problem(at + ".item", "unknown item " + c.item());
                continue;
            }
            ItemGroup group = form.groupOf(c.item()).orElseThrow();
            ItemType type = item.get().type();
            if (c.value() != null && !type.numeric()) {
                problem(at + ".value", "a constant compares with a numeric item (" + c.item() + " is " + type + ")");
            }
            if (c.other() != null) {
                Optional<Item> other = reachable(at + ".other", c.other(), group);
                if (other.isPresent() && !comparable(type, other.get().type())) {
                    problem(at + ".other", c.item() + " (" + type + ") cannot be compared with " + c.other() + " ("
                            + other.get().type() + ")");
                }
            }
            if (!(type.numeric() || type.dated() || type == ItemType.TIME)) {
                problem(at + ".item", "edit checks compare numbers, dates or times (" + c.item() + " is " + type + ")");
            }
        }
    }

    private static boolean comparable(ItemType a, ItemType b) {
        return a.numeric() && b.numeric() || a.dated() && b.dated() || a == ItemType.TIME && b == ItemType.TIME;
    }

    /** No item whose display depends, through conditions on it or its group, on itself. */
    private void cycles() {
        Map<String, Set<String>> dependsOn = new HashMap<>();
        for (ItemGroup g : form.groups()) {
            for (Item i : g.items()) {
                if (i.oid() == null) {
                    continue;
                }
                Set<String> d = new LinkedHashSet<>();
                if (i.showWhen() != null && i.showWhen().item() != null) {
                    d.add(i.showWhen().item());
                }
                if (g.showWhen() != null && g.showWhen().item() != null) {
                    d.add(g.showWhen().item());
                }
                dependsOn.put(i.oid(), d);
            }
        }
        Set<String> reported = new HashSet<>();
        for (String start : dependsOn.keySet()) {
            List<String> path = new ArrayList<>();
            if (cycle(start, start, dependsOn, new HashSet<>(), path) && reported.add(String.join(",", new java.util.TreeSet<>(path)))) {
                problem("showWhen", "the display of " + start + " depends on itself: " + start + " → " + String.join(" → ", path));
            }
        }
    }

    private static boolean cycle(String start, String at, Map<String, Set<String>> dependsOn, Set<String> seen, List<String> path) {
        for (String next : dependsOn.getOrDefault(at, Set.of())) {
            path.add(next);
            if (next.equals(start)) {
                return true;
            }
            if (seen.add(next) && cycle(start, next, dependsOn, seen, path)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    /**
     * The item {@code oid} if it exists and a row of {@code owner} can reach it: in {@code owner} itself or in a single
     * group ({@code owner} null: a group's condition, which reaches single groups only).
     */
    private Optional<Item> reachable(String at, String oid, ItemGroup owner) {
        Optional<ItemGroup> group = oid == null ? Optional.empty() : form.groupOf(oid);
        if (group.isEmpty()) {
            problem(at, "unknown item " + quoted(oid));
            return Optional.empty();
        }
        boolean same = owner != null && group.get().oid().equals(owner.oid());
        if (!same && group.get().repeating()) {
            problem(at, oid + " is in the repeating group " + group.get().oid() + "; name an item of "
                    + (owner == null ? "a single group" : "the same group or of a single group"));
            return Optional.empty();
        }
        return group.get().item(oid);
    }

    private void expect(String at, boolean ok, String problem) {
        if (!ok) {
            problem(at, problem);
        }
    }

    private void pattern(String at, String value, Pattern p) {
        if (value == null) {
            problem(at, "required");
        } else if (!p.matcher(value).matches()) {
            problem(at, quoted(value) + " does not match " + p.pattern());
        }
    }

    private void optionalPattern(String at, String value, Pattern p) {
        if (value != null) {
            pattern(at, value, p);
        }
    }

    private void label(String at, Label label, boolean required) {
        if (label == null) {
            if (required) {
                problem(at, "required, in English and Chinese ({en: ..., zh: ...})");
            }
        } else if (!label.complete()) {
            problem(at, "needs both en and zh");
        }
    }

    private void problem(String at, String what) {
        problems.add(at + ": " + what);
    }

    private static String quoted(String s) {
        return s == null ? "nothing" : "'" + s + "'";
    }
}
