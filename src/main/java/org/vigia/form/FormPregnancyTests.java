package org.vigia.form;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.vigia.form.definition.FormDefinition;
import org.vigia.form.definition.Item;
import org.vigia.form.definition.ItemGroup;
import org.vigia.subject.PregnancyTests;

/**
 * The pregnancy tests of the form library's form of procedure PREGNANCY_TEST (the shipped {@code RP}), read by the
 * CDASH names of its items: {@code RPCBP} (childbearing potential, Y/N), {@code LBDAT} (test date) and {@code LBORRES}
 * (result), so that a study's own version of the form with other OIDs is read the same way.
 */
@ApplicationScoped
public class FormPregnancyTests implements PregnancyTests {

    static final String PROCEDURE = "PREGNANCY_TEST";

    @Inject
    private CompleteFormRecords records;

    @Override
    public Optional<Test> latest(Long subjectId) {
        Optional<Test> latest = Optional.empty();
        for (CompleteFormRecords.Filled f : records.of(subjectId, def -> PROCEDURE.equals(def.procedure()))) {
            Map<String, String> byCdash = new HashMap<>();
            f.values().forEach((path, value) -> cdash(f.definition(), path).ifPresent(name -> byCdash.putIfAbsent(name, value)));
            boolean potential = "Y".equals(byCdash.get("RPCBP"));
            String date = byCdash.get("LBDAT");
            Test t = new Test(potential, date == null ? null : LocalDate.parse(date), byCdash.get("LBORRES"));
            Comparator<Test> byDate = Comparator.comparing(Test::on, Comparator.nullsFirst(Comparator.naturalOrder()));
            if (latest.isEmpty() || byDate.compare(t, latest.get()) > 0) {
                latest = Optional.of(t);
            }
        }
        return latest;
    }

    private static Optional<String> cdash(FormDefinition def, ItemPath p) {
        for (ItemGroup g : def.groups()) {
            if (g.oid().equals(p.group())) {
                return g.items().stream().filter(i -> i.oid().equals(p.item())).map(Item::cdash).filter(c -> c != null)
                        .findFirst();
            }
        }
        return Optional.empty();
    }
}
