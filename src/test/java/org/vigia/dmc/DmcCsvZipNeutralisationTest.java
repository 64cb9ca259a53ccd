package org.vigia.dmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** A listing cell typed by a user cannot become a spreadsheet formula in the DMC's CSV zip; numbers stay numbers. */
class DmcCsvZipNeutralisationTest {

    @Test
    void formulaTextIsPrefixedAndNumbersAreLeftAlone() throws IOException {
        DmcReport base = DmcReportBuilderTest.report();
        ReportTable listing = new ReportTable("payloads", "payloads", "Payloads", ReportTable.Kind.LISTING,
                List.of(new ReportTable.Column("Verbatim", ""), new ReportTable.Column("Change", ""),
                        new ReportTable.Column("n", "")),
                List.of(List.of(new ReportCell.Text("=HYPERLINK(\"http://evil.example\",\"see\")"),
                                new ReportCell.Text("-12.5"), ReportCell.Count.of(3)),
                        List.of(new ReportCell.Text("@SUM(1+1)"), new ReportCell.Text("-2+3"), ReportCell.Count.of(0)),
                        List.of(new ReportCell.Text("+cmd|' /C calc'!A0"), new ReportCell.Text("\tx"), ReportCell.Count.of(1))),
                List.of("=1+1 in a footnote"));
        byte[] zip = new DmcCsvZipRenderer().render(new DmcReport(base.metadata(), List.of(listing), List.of()));

        List<CSVRecord> rows = entry(zip, DmcCsvZipRenderer.entryName(1, listing));
        assertEquals(List.of("'=HYPERLINK(\"http://evil.example\",\"see\")", "-12.5", "3"), rows.get(1).toList());
        assertEquals(List.of("'@SUM(1+1)", "'-2+3", "0"), rows.get(2).toList());
        assertEquals(List.of("'+cmd|' /C calc'!A0", "'\tx", "1"), rows.get(3).toList());
        assertEquals("'=1+1 in a footnote", entry(zip, DmcCsvZipRenderer.FOOTNOTES_ENTRY).get(1).get(1));
    }

    private static List<CSVRecord> entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    assertTrue(text.startsWith("\uFEFF"), name + " starts with the byte order mark");
                    return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
                }
            }
        }
        throw new AssertionError("no entry " + name);
    }
}
