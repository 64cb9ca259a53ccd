package org.vigia.ae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigia.shared.PartialDate;
import org.vigia.terminology.CtcaeDictionary;
import org.vigia.terminology.CtcaeTerm;

/** The AE record's own rules: grade history and worst grade, signature voided by a change, SAE clock, CDASH. */
class AdverseEventTest {

    private static final CtcaeTerm MUCOSITIS = CtcaeDictionary.load().getByTerm("Mucositis oral");
    private static final Instant T0 = Instant.parse("2026-03-10T02:00:00Z");
    private static final java.time.Duration SAE_WINDOW = java.time.Duration.ofHours(24);

    private static AdverseEventDetails details(int grade, boolean serious, Set<SeriousnessCriterion> criteria,
            Instant awareness, Causality docetaxel) {
        return new AdverseEventDetails(MUCOSITIS.meddraCode(), null, PartialDate.parse("2026-03"), null, true, grade,
                null, serious, criteria, awareness,
                List.of(new AdverseEventDetails.Attribution("DOCETAXEL", "Docetaxel", docetaxel, ActionTaken.DOSE_REDUCED),
                        new AdverseEventDetails.Attribution("RADIOTHERAPY", "Radiotherapy", Causality.PROBABLE, null)),
                null, false, null, "benzydamine", null);
    }

    @Test
    void eachChangeOfGradeIsADatedEntryAndTheWorstIsDerived() {
        AdverseEvent ae = AdverseEvent.record(1L, MUCOSITIS, details(2, false, Set.of(), null, null), null, "coordinator", T0, SAE_WINDOW);
        ae.revise(details(3, false, Set.of(), null, null), MUCOSITIS, "investigator", T0.plusSeconds(86400), SAE_WINDOW);
        ae.revise(details(1, false, Set.of(), null, null), MUCOSITIS, "investigator", T0.plusSeconds(2 * 86400), SAE_WINDOW);
        assertEquals(List.of(2, 3, 1), ae.getGrades().stream().map(AdverseEventGrade::getGrade).toList());
        assertEquals("2026-03", ae.getGrades().get(0).getSince(), "the first grade applies from onset");
        assertEquals("2026-03-11", ae.getGrades().get(1).getSince(), "a change applies from the day it is recorded");
        assertEquals(1, ae.getGrade());
        assertEquals(3, ae.getWorstGrade());
    }

    @Test
    void aChangeAfterSigningVoidsTheSignatureAndNoChangeKeepsIt() {
        AdverseEvent ae = AdverseEvent.record(1L, MUCOSITIS, details(2, false, Set.of(), null, Causality.POSSIBLE), null,
                "coordinator", T0, SAE_WINDOW);
        ae.sign("investigator", "Dr Li", T0.plusSeconds(60), AdverseEvent.SIGNATURE_MEANING);
        assertEquals(AdverseEvent.Status.SIGNED, ae.getStatus());
        assertFalse(ae.revise(details(2, false, Set.of(), null, Causality.POSSIBLE), MUCOSITIS, "coordinator",
                T0.plusSeconds(120), SAE_WINDOW), "saving the same values keeps the signature");
        assertTrue(ae.isSigned());
        assertTrue(ae.revise(details(2, false, Set.of(), null, Causality.PROBABLE), MUCOSITIS, "coordinator",
                T0.plusSeconds(180), SAE_WINDOW), "a new causality voids it");
        assertFalse(ae.isSigned());
        assertEquals(AdverseEvent.Status.SUBMITTED, ae.getStatus());
        assertNull(ae.getSignedName());
    }

    @Test
    void markingSeriousStartsTheClockFromAwarenessAndLaterEditsKeepIt() {
        AdverseEvent ae = AdverseEvent.record(1L, MUCOSITIS, details(3, false, Set.of(), null, null), null, "c", T0, SAE_WINDOW);
        assertNull(ae.getSaeDueAt());
        Instant aware = Instant.parse("2026-03-12T22:15:00Z");
        ae.revise(details(3, true, Set.of(SeriousnessCriterion.HOSPITALISATION), aware, null), MUCOSITIS, "i", T0.plusSeconds(99999), SAE_WINDOW);
        assertEquals(Instant.parse("2026-03-13T22:15:00Z"), ae.getSaeDueAt(), "awareness + 24 h");
        ae.revise(details(4, true, Set.of(SeriousnessCriterion.HOSPITALISATION), null, null), MUCOSITIS, "i", T0.plusSeconds(199999), SAE_WINDOW);
        assertEquals(aware, ae.getAwarenessAt(), "an edit without a new awareness time keeps the clock");
        ae.revise(details(4, false, Set.of(), null, null), MUCOSITIS, "i", T0.plusSeconds(299999), SAE_WINDOW);
        assertNull(ae.getSaeDueAt());
    }

    @Test
    void cdashExportUsesCdashNamesAndSubmissionValues() {
        AdverseEvent ae = AdverseEvent.record(7L, MUCOSITIS,
                details(3, true, Set.of(SeriousnessCriterion.HOSPITALISATION), T0, Causality.POSSIBLE), null, "c", T0, SAE_WINDOW);
        Map<String, String> row = AdverseEventListing.of(ae).cdash();
        assertEquals("Mucositis oral", row.get("AEDECOD"));
        assertEquals("10028130", row.get("AELLTCD"));
        assertEquals("Gastrointestinal disorders", row.get("AEBODSYS"));
        assertEquals("2026-03", row.get("AESTDTC"));
        assertEquals("Y", row.get("AEONGO"));
        assertEquals("3", row.get("AETOXGR"));
        assertEquals("Y", row.get("AESER"));
        assertEquals("Y", row.get("AESHOSP"));
        assertEquals("N", row.get("AESDTH"));
        assertEquals("POSSIBLE", row.get("AEREL_DOCETAXEL"));
        assertEquals("DOSE REDUCED", row.get("AEACN_DOCETAXEL"));
        assertEquals("PROBABLE", row.get("AEREL_RADIOTHERAPY"));
        assertTrue(AdverseEventListing.of(ae).isRelated());
    }

    @Test
    void theSaeReportIsAPdf() {
        AdverseEvent ae = AdverseEvent.record(7L, MUCOSITIS,
                details(3, true, Set.of(SeriousnessCriterion.HOSPITALISATION), T0, Causality.POSSIBLE), null, "c", T0, SAE_WINDOW);
        byte[] pdf = SaeReportPdf.render(new SaeReportPdf.Report("NCT07041788", "Title", "CN01", "CN", "CN01-001", "F",
                1962, AdverseEventListing.of(ae), ae.getAwarenessAt(), ae.getSaeDueAt(), null,
                List.of("SPONSOR_SAFETY_DESK: desk"), "investigator", T0));
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void theSaeReportIsInTheReadersLanguage() throws java.io.IOException {
        AdverseEvent ae = AdverseEvent.record(7L, MUCOSITIS,
                details(3, true, Set.of(SeriousnessCriterion.HOSPITALISATION), T0, Causality.POSSIBLE), null, "c", T0, SAE_WINDOW);
        SaeReportPdf.Report report = new SaeReportPdf.Report("NCT07041788", "Title", "CN01", "CN", "CN01-001", "F",
                1962, AdverseEventListing.of(ae), ae.getAwarenessAt(), ae.getSaeDueAt(), null,
                List.of("SPONSOR_SAFETY_DESK: desk"), "investigator", T0);
        String english = pdfText(SaeReportPdf.render(report, java.util.Locale.ENGLISH));
        assertTrue(english.contains("I. REACTION INFORMATION"), english);
        assertTrue(english.contains("Possible"), english);
        String chinese = pdfText(SaeReportPdf.render(report, java.util.Locale.SIMPLIFIED_CHINESE));
        assertTrue(chinese.contains("不良反应信息"), chinese);
        assertTrue(chinese.contains("可能有关"), "causality label in Chinese: " + chinese);
        assertTrue(chinese.contains("Mucositis oral"), "the CTCAE term as recorded: " + chinese);
    }

    private static String pdfText(byte[] pdf) throws java.io.IOException {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        try {
            StringBuilder all = new StringBuilder();
            com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString();
        } finally {
            reader.close();
        }
    }
}
