package org.vigia.dmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigia.dmc.DmcDataset.AdverseEvent;

class DmcDatasetChecksumTest {

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A copy of the test trial with one AE whose texts need escaping. */
    private static DmcDataset withOddTexts() {
        DmcDataset d = DmcTestTrial.dataset();
        List<AdverseEvent> aes = new ArrayList<>(d.adverseEvents());
        aes.add(new AdverseEvent("S01", "a|b\\c", "x∅y\nz\r", 2, false, false, false, false, false, 7, "∅", null));
        return new DmcDataset(d.studyRegistryId(), d.studyTitle(), d.definitionVersion(), d.cutOffDate(), d.arms(),
                d.stoppingRules(), d.endpointDefinitions(), d.subjects(), d.exposures(), aes, d.labShifts(),
                d.responses(), d.timesToEvent());
    }

    @Test
    void checksumIsTheSha256OfTheCanonicalForm() throws Exception {
        for (DmcDataset d : List.of(DmcTestTrial.dataset(), withOddTexts())) {
            assertEquals(sha256(DmcDatasetChecksum.canonicalForm(d)), DmcDatasetChecksum.of(d));
        }
    }

    @Test
    void separatorsAndTheNullMarkInTextsAreEscaped() {
        String canonical = DmcDatasetChecksum.canonicalForm(withOddTexts());
        assertTrue(canonical.contains("AE|S01|a\\|b\\\\c|x\\∅y\\nz\\r|2|false|false|false|false|false|7|\\∅|∅|∅\n"),
                canonical);
    }
}
