package org.vigia.response.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.shared.text.Texts;

/**
 * The dosing and tumour-assessment refusals render in English exactly as the sentences the API answered before they
 * came from the bundles, and in Chinese as a translation.
 */
class RefusalTextsTest {

    private static String en(Bundle b, String key, Object... args) {
        return Text.of(b, key, args).english();
    }

    @Test
    void dosingEnglishIsTheApiSentence() {
        assertEquals("'infusionStart' (2026-01-01T10:00:00Z) is in the future.",
                en(Bundle.DOSING, "dose.future.time", "infusionStart", Instant.parse("2026-01-01T10:00:00Z")));
        assertEquals("Agent 'X' is not in the study definition.", en(Bundle.DOSING, "dose.refused.unknownAgent", "X"));
        assertEquals("Docetaxel is given on days [1, 8] of Induction.",
                en(Bundle.DOSING, "dose.refused.notADosingDay", "Docetaxel", String.valueOf(List.of(1, 8)), "Induction"));
        assertEquals("Induction has 1200 cycles.", en(Bundle.DOSING, "dose.refused.cycles", "Induction", 1200));
        assertEquals("Cycle 2 is delayed: ANC low; PLT low. Only an investigator may override, with a reason.",
                en(Bundle.DOSING, "dose.refused.gate", 2, List.of("ANC low", "PLT low")));
        assertEquals("Enter the weight: Cisplatin 100 mg/m² needs height and weight",
                en(Bundle.DOSING, "dose.required.weight",
                        Text.of(Bundle.DOSING, "dose.problem.needsHeightAndWeight", "Cisplatin", "100", "mg/m²")));
        assertEquals("Phase 'P' is not a phase of arm A; phases: [INDUCTION, CRT]",
                en(Bundle.DOSING, "dose.refused.unknownPhase", "P", "A", String.valueOf(List.of("INDUCTION", "CRT"))));
        assertEquals("Treatment can only be recorded for an enrolled subject on treatment; S-001 is SCREENING.",
                en(Bundle.DOSING, "dose.refused.notOnTreatment", "S-001", "SCREENING"));
    }

    @Test
    void responseEnglishIsTheApiSentence() {
        assertEquals("A follow-up must be after the baseline assessment (2026-01-05).",
                en(Bundle.RESPONSE, "resp.refused.beforeBaseline", LocalDate.of(2026, 1, 5)));
        assertEquals("Unknown lesion null: use the codes of the baseline lesions [T1, NT1].",
                en(Bundle.RESPONSE, "resp.invalid.unknownLesion", "null", String.valueOf(List.of("T1", "NT1"))));
        assertEquals("Lesion code T1 is used twice.", en(Bundle.RESPONSE, "resp.invalid.codeTwice", "T1"));
    }

    @Test
    void chineseIsATranslation() {
        for (String key : List.of("dose.refused.gate", "dose.required.agent", "dose.problem.needsWeight")) {
            assertNotEquals(Texts.text(Bundle.DOSING, Locale.ENGLISH, key, 1, 2, 3),
                    Texts.text(Bundle.DOSING, Locale.SIMPLIFIED_CHINESE, key, 1, 2, 3), key);
        }
        for (String key : List.of("resp.refused.noBaseline", "resp.invalid.absentNode", "resp.required.reason")) {
            assertNotEquals(Texts.text(Bundle.RESPONSE, Locale.ENGLISH, key, "T1"),
                    Texts.text(Bundle.RESPONSE, Locale.SIMPLIFIED_CHINESE, key, "T1"), key);
        }
    }
}
