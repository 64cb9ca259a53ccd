package org.vigia.form.definition;

import java.util.List;
import java.util.Optional;

/**
 * One version of a form of the form library ({@code config/forms/<oid>.yaml}; format in the README, "Forms as data"):
 * its OID and version (a changed form is a new version; data keep the version they were entered under), the visit
 * procedure code it records ({@code procedure: CONMED}: the study definitions' visits list procedure codes, so a
 * visit that lists it asks for this form), whether it may be recorded at any visit ({@code anyVisit}, for logs such
 * as concomitant medications), its names, groups of items, code lists and edit checks, and its ODM FormOID
 * ({@code odmOid}, default {@code F.<oid>}).
 */
public record FormDefinition(String oid, Integer version, String procedure, boolean anyVisit, Label name, String odmOid,
                             List<ItemGroup> groups, List<CodeList> codeLists, List<EditCheck> checks) {

    public FormDefinition {
        groups = groups == null ? List.of() : List.copyOf(groups);
        codeLists = codeLists == null ? List.of() : List.copyOf(codeLists);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    public Optional<ItemGroup> group(String groupOid) {
        return groups.stream().filter(g -> g.oid().equals(groupOid)).findFirst();
    }

    /** The group that holds the item (item OIDs are unique in a form). */
    public Optional<ItemGroup> groupOf(String itemOid) {
        return groups.stream().filter(g -> g.item(itemOid).isPresent()).findFirst();
    }

    public Optional<Item> item(String itemOid) {
        return groupOf(itemOid).flatMap(g -> g.item(itemOid));
    }

    public Optional<CodeList> codeList(String codeListOid) {
        return codeLists.stream().filter(c -> c.oid().equals(codeListOid)).findFirst();
    }

    public String odmOidOrDefault() {
        return odmOid != null ? odmOid : "F." + oid;
    }
}
