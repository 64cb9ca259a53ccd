package org.vigia.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.shared.text.Texts;
import org.vigia.study.definition.StratificationFactor;
import org.vigia.study.definition.StratumLevel;

class StrataTextsTest {

    private static String en(Object arg) {
        return Texts.render(Text.of(Bundle.SUBJECT, "strata.refused.several", arg), Locale.ENGLISH);
    }

    @Test
    void recordedValuesAreShownByTheirFormLabelsAndCodedValuesByTheirLabels() {
        List<Text> parts = StrataTexts.recorded("TUMOUR.pdl1Cps=25, TUMOUR.primarySite=OROPHARYNX, TUMOUR.hpvP16=POSITIVE");
        assertEquals("PD-L1 CPS 25; Primary site Oropharynx; HPV/p16 (oropharynx) Positive", en(parts));
    }

    @Test
    void anItemWithoutALabelStaysAsRecordedRatherThanDisappearing() {
        assertEquals("NEW.item 3", en(StrataTexts.recorded("NEW.item=3")));
        assertEquals("", en(StrataTexts.recorded("")));
    }

    @Test
    void factorAndLevelsByTheDefinitionsWords() {
        StratificationFactor f = new StratificationFactor("PDL1_CPS", "PD-L1 combined positive score",
                List.of(new StratumLevel("CPS_GE_20", "CPS \u226520", List.of())), null, false, null);
        assertEquals("PD-L1 combined positive score", en(StrataTexts.factor(f)));
        assertEquals("CPS \u226520", en(StrataTexts.level(f, "CPS_GE_20")));
        assertEquals("PD-L1 CPS; ECOG", en(StrataTexts.items(List.of("TUMOUR.pdl1Cps", "ECOG.ecog"))));
    }
}
