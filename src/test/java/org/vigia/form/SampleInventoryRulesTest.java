package org.vigia.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigia.form.definition.FormCatalog;
import org.vigia.form.definition.FormDefinition;
import org.vigia.shared.text.Text;

/**
 * The pure parts of the sample inventory and of the study-unique sample ID: a value repeated on two rows of one save
 * (case and surrounding spaces ignored; the later row named with the earlier path), the location text, the counts.
 */
class SampleInventoryRulesTest {

    private static final FormDefinition BS = FormCatalog.loadFromClasspath("forms/").library().latest("BS").orElseThrow();

    @Test
    void aSampleIdRepeatedInOneSaveIsRefusedAtTheLaterRow() {
        Map<ItemPath, String> values = new LinkedHashMap<>();
        values.put(ItemPath.of("BS", 0, "BSREFID"), "S-001");
        values.put(ItemPath.of("BS", 0, "BSFRZR"), "F1");
        values.put(ItemPath.of("BS", 1, "BSREFID"), "S-002");
        values.put(ItemPath.of("BS", 2, "BSREFID"), " s-001 ");
        values.put(ItemPath.of("BS", 3, "BSFRZR"), "F1");
        Map<ItemPath, String> unique = StudyUniqueValues.uniqueValues(BS, values);
        assertEquals(List.of("BS[0].BSREFID", "BS[1].BSREFID", "BS[2].BSREFID"),
                unique.keySet().stream().map(ItemPath::toString).toList(), "only the unique item; BSFRZR may repeat");
        Map<ItemPath, Text> duplicates = StudyUniqueValues.duplicatesWithin(BS, unique);
        assertEquals(List.of("BS[2].BSREFID"), duplicates.keySet().stream().map(ItemPath::toString).toList());
        String message = duplicates.values().iterator().next().english();
        assertTrue(message.contains("Sample ID") && message.contains("BS[0].BSREFID"), message);
        assertEquals("S-001", StudyUniqueValues.key("  s-001"));
    }

    @Test
    void theLocationNamesEveryPartAndMarksTheOnesNotRecorded() {
        assertEquals("F-80-2 / R3 / B12 / A5", SampleInventoryService.location("F-80-2", "R3", "B12", "A5"));
        assertEquals("F-80-2 / – / B12 / A5", SampleInventoryService.location("F-80-2", null, "B12", "A5"));
        assertNull(SampleInventoryService.location(null, null, " ", null));
    }

    @Test
    void countsListEveryCodeInOrderWithTheNumberOfSamples() {
        assertEquals(Map.of("STORED", 2L, "USED", 0L, "SHIPPED", 1L, "DESTROYED", 0L),
                SampleInventoryService.counts(List.of("STORED", "USED", "SHIPPED", "DESTROYED"),
                        List.of("STORED", "SHIPPED", "STORED")));
        assertEquals(List.of("STORED", "USED"), List.copyOf(SampleInventoryService.counts(List.of("STORED", "USED"),
                java.util.Arrays.asList("USED", null)).keySet()));
    }
}
