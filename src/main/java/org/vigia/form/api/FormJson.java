package org.vigia.form.api;

import java.math.BigDecimal;
import java.util.List;
import org.vigia.form.definition.Code;
import org.vigia.form.definition.Computation;
import org.vigia.form.definition.Condition;
import org.vigia.form.definition.EditCheck;
import org.vigia.form.definition.FormDefinition;
import org.vigia.form.definition.Item;
import org.vigia.form.definition.ItemGroup;
import org.vigia.form.definition.ItemType;
import org.vigia.form.definition.Label;
import org.vigia.form.definition.Range;

/**
 * A form definition as the API gives it: the file's structure with every text in English and Chinese
 * ({@code {"en": ..., "zh": ...}}) and the defaults filled in (ODM OIDs, a text item's maxLength, a repeating group's
 * maxRepeats), so that a client renders the form and validates as the server will.
 */
public record FormJson(String oid, int version, String procedure, boolean anyVisit, Label name, String odmOid,
                       List<GroupJson> groups, List<CodeListJson> codeLists, List<CheckJson> checks) {

    public record GroupJson(String oid, Label name, boolean repeating, Integer minRepeats, Integer maxRepeats,
                            Condition showWhen, String domain, String odmOid, List<ItemJson> items) {
    }

    public record ItemJson(String oid, ItemType type, Label label, Label help, boolean required, String unit,
                           Integer digits, Integer maxLength, String codeList, RangeJson range, RangeJson softRange,
                           Condition showWhen, Computation compute, String cdash, String sdtm, String odmOid,
                           String unique, String reference) {
    }

    public record RangeJson(BigDecimal min, BigDecimal max, Label message) {
        static RangeJson of(Range r) {
            return r == null ? null : new RangeJson(r.min(), r.max(), r.message());
        }
    }

    public record CodeListJson(String oid, String cdisc, List<Code> codes) {
    }

    public record CheckJson(String id, String item, String operator, String other, BigDecimal value, Label message) {
    }

    /** A summary for the library list. */
    public record Summary(String oid, int version, String procedure, boolean anyVisit, Label name, String odmOid) {
        static Summary of(FormDefinition f) {
            return new Summary(f.oid(), f.version(), f.procedure(), f.anyVisit(), f.name(), f.odmOidOrDefault());
        }
    }

    static FormJson of(FormDefinition f) {
        List<GroupJson> groups = f.groups().stream().map(g -> new GroupJson(g.oid(), g.name(), g.repeating(),
                g.repeating() ? g.minRows() : null, g.repeating() ? g.maxRows() : null, g.showWhen(), g.domain(),
                g.odmOidOrDefault(), g.items().stream().map(i -> item(g, i)).toList())).toList();
        return new FormJson(f.oid(), f.version(), f.procedure(), f.anyVisit(), f.name(), f.odmOidOrDefault(), groups,
                f.codeLists().stream().map(c -> new CodeListJson(c.oid(), c.cdisc(), c.codes())).toList(),
                f.checks().stream().map(FormJson::check).toList());
    }

    private static ItemJson item(ItemGroup g, Item i) {
        return new ItemJson(i.oid(), i.type(), i.label(), i.help(), i.required(), i.unit(), i.digits(),
                i.type() == ItemType.TEXT ? Integer.valueOf(i.maxLengthOrDefault()) : null, i.codeList(),
                RangeJson.of(i.range()), RangeJson.of(i.softRange()), i.showWhen(), i.compute(), i.cdash(), i.sdtm(),
                i.odmOid(g.oid()), i.unique(), i.reference());
    }

    private static CheckJson check(EditCheck c) {
        return new CheckJson(c.id(), c.item(), c.operator().name(), c.other(), c.value(), c.message());
    }

}
