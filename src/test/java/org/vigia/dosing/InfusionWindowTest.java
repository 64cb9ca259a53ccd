package org.vigia.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InfusionWindowTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 9, 0);

    private static InfusionWindow windowOf(String registryId, String agent) {
        DosingDefinition definition = Definitions.load(registryId);
        return definition.infusionWindow(definition.findAgent(agent).orElseThrow()).orElseThrow();
    }

    // NCT07264075: "60 min ± 10 min" (ivonescimab, pembrolizumab), "120 min ± 15 min" (ligufalimab);
    // NCT07041788: iparomlimab/tuvonralimab "infusion duration ≥30 minutes".
    @ParameterizedTest(name = "{0} {1}: {2} min → {3}")
    @CsvSource({
            "NCT07264075, IVONESCIMAB, 49, TOO_SHORT",
            "NCT07264075, IVONESCIMAB, 50, WITHIN_WINDOW",
            "NCT07264075, IVONESCIMAB, 60, WITHIN_WINDOW",
            "NCT07264075, IVONESCIMAB, 70, WITHIN_WINDOW",
            "NCT07264075, IVONESCIMAB, 71, TOO_LONG",
            "NCT07264075, PEMBROLIZUMAB, 49, TOO_SHORT",
            "NCT07264075, PEMBROLIZUMAB, 71, TOO_LONG",
            "NCT07264075, LIGUFALIMAB, 104, TOO_SHORT",
            "NCT07264075, LIGUFALIMAB, 105, WITHIN_WINDOW",
            "NCT07264075, LIGUFALIMAB, 135, WITHIN_WINDOW",
            "NCT07264075, LIGUFALIMAB, 136, TOO_LONG",
            "NCT07041788, IPAROMLIMAB_TUVONRALIMAB, 29, TOO_SHORT",
            "NCT07041788, IPAROMLIMAB_TUVONRALIMAB, 30, WITHIN_WINDOW",
            "NCT07041788, IPAROMLIMAB_TUVONRALIMAB, 240, WITHIN_WINDOW",
    })
    void protocolWindowsAtTheirEdges(String registryId, String agent, int minutes, InfusionCheck.Outcome expected) {
        InfusionCheck check = windowOf(registryId, agent).check(START, START.plusMinutes(minutes));
        assertEquals(expected, check.outcome());
        assertEquals(minutes, check.durationMinutes());
    }

    @Test
    void durationIsMeasuredExactly() {
        InfusionWindow window = InfusionWindow.around(60, 10);
        assertEquals(InfusionCheck.Outcome.TOO_SHORT, window.check(START, START.plusMinutes(49).plusSeconds(59)).outcome());
        assertEquals(InfusionCheck.Outcome.TOO_LONG, window.check(START, START.plusMinutes(70).plusSeconds(1)).outcome());
    }

    @Test
    void crossesMidnight() {
        LocalDateTime late = LocalDateTime.of(2026, 3, 2, 23, 30);
        assertEquals(InfusionCheck.Outcome.WITHIN_WINDOW, InfusionWindow.around(60, 10).check(late, late.plusMinutes(65)).outcome());
    }

    @Test
    void describesAndRejects() {
        assertEquals("50–70 min", InfusionWindow.around(60, 10).describe());
        assertEquals("≥30 min", InfusionWindow.atLeast(30).describe());
        assertThrows(IllegalArgumentException.class, () -> InfusionWindow.atLeast(30).check(START, START.minusMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new InfusionWindow(null, null));
        assertThrows(IllegalArgumentException.class, () -> new InfusionWindow(70, 50));
    }
}
