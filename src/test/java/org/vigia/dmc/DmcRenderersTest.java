package org.vigia.dmc;

import org.vigia.shared.pdf.FontProvider;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The three renderers, read back with OpenPDF, POI and commons-csv. */
class DmcRenderersTest {

    private static DmcReport english() {
        return DmcReportBuilderTest.report();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.append(extractor.getTextFromPage(p)).append('\n');
            }
            return text.toString();
        }
    }

    @Test
    void pdfHasTitlesNumbersMetadataAndPageNumbers() throws IOException {
        DmcReport report = english();
        byte[] pdf = new DmcPdfRenderer(FontProvider.latinOnly()).render(report);
        assertTrue(pdf.length > 10_000);
        String text = pdfText(pdf);
        for (ReportTable t : report.tables()) {
            assertTrue(text.contains(t.title()), t.title());
        }
        assertTrue(text.contains("Treatment-related mortality (threshold \u22652%)"));
        assertTrue(text.contains("6 (85.7)"));          // treated, total
        assertTrue(text.contains("90.6"));              // exact CI upper, 1/3
        assertTrue(text.contains("Pneumonitis"));
        assertTrue(text.contains(report.checksum()));
        assertTrue(text.contains("2025-06-30"));
        assertTrue(text.contains("2025-07-01 08:30:00 UTC"));
        try (PdfReader reader = new PdfReader(pdf)) {
            int pages = reader.getNumberOfPages();
            assertTrue(text.contains("Page 1 of " + pages));
            assertTrue(text.contains("Page " + pages + " of " + pages));
            // A4 landscape
            assertEquals(842, Math.round(reader.getPageSizeWithRotation(1).getWidth()));
            assertEquals(595, Math.round(reader.getPageSizeWithRotation(1).getHeight()));
        }
    }

    @Test
    void chinesePdfCarriesChineseText() throws IOException {
        DmcReport zh = new DmcReportBuilder(Locale.SIMPLIFIED_CHINESE, DmcReportBuilderTest.CLOCK)
                .build(DmcTestTrial.dataset());
        FontProvider fonts = FontProvider.discover();
        byte[] pdf = new DmcPdfRenderer(fonts).render(zh);
        if (!fonts.embedsCjk()) {
            // fallback: Adobe CJK font STSong-Light with the UniGB-UCS2-H CMap, not embedded
            String raw = new String(pdf, StandardCharsets.ISO_8859_1);
            assertTrue(raw.contains("/STSong-Light") && raw.contains("UniGB-UCS2-H"), "CJK fallback font");
            return;
        }
        String text = pdfText(pdf);
        assertTrue(text.contains("受试者分布"), "title of the disposition table");
        assertTrue(text.contains("治疗相关死亡率"), "stopping rule");
        assertTrue(text.contains("第 1 页"), "page number");
    }

    @Test
    void frenchPdfCarriesFrenchTextWithItsAccents() throws IOException {
        DmcReport fr = new DmcReportBuilder(Locale.FRENCH, DmcReportBuilderTest.CLOCK).build(DmcTestTrial.dataset());
        String text = pdfText(new DmcPdfRenderer(FontProvider.discover()).render(fr));
        assertTrue(text.contains("Devenir des patients"), "title of the disposition table");
        assertTrue(text.contains("Mortalité liée au traitement"), "stopping rule, with its accents");
        assertTrue(text.contains("Page 1 sur"), "page number");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new DmcXlsxRenderer().render(fr)))) {
            assertEquals("Somme de contrôle des données (SHA-256)",
                    wb.getSheet("Couverture").getRow(7).getCell(0).getStringCellValue());
        }
    }

    @Test
    void chineseGlyphsAreEmbeddedWhenACjkFontIsAvailable() throws IOException {
        FontProvider fonts = FontProvider.discover();
        assumeTrue(fonts.embedsCjk(), "no CJK font on this machine: " + fonts.description());
        DmcReport zh = new DmcReportBuilder(Locale.SIMPLIFIED_CHINESE, DmcReportBuilderTest.CLOCK)
                .build(DmcTestTrial.dataset());
        byte[] pdf = new DmcPdfRenderer(fonts).render(zh);
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("/FontFile2"), "embedded TrueType font programs");
        assertTrue(!raw.contains("STSong-Light"), "no non-embedded CJK fallback");
    }

    @Test
    void xlsxHasCoverAndOneSheetPerTableWithNumericCells() throws IOException {
        DmcReport report = english();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new DmcXlsxRenderer().render(report)))) {
            assertEquals(report.tables().size() + 1, wb.getNumberOfSheets());
            Sheet cover = wb.getSheet("Cover");
            assertEquals("Data checksum (SHA-256)", cover.getRow(7).getCell(0).getStringCellValue());
            assertEquals(report.checksum(), cover.getRow(7).getCell(1).getStringCellValue());
            assertEquals("2025-06-30", cover.getRow(4).getCell(1).getStringCellValue());
            assertEquals("2025-07-01 08:30:00 UTC", cover.getRow(5).getCell(1).getStringCellValue());
            assertEquals("1.0", cover.getRow(6).getCell(1).getStringCellValue());
            for (int i = 0; i < report.tables().size(); i++) {
                ReportTable table = report.tables().get(i);
                Sheet sheet = wb.getSheetAt(i + 1);
                assertEquals(table.id(), sheet.getSheetName());
                assertEquals(table.title(), sheet.getRow(0).getCell(0).getStringCellValue());
                List<FlatColumns.Flat> flat = FlatColumns.of(table);
                for (int c = 0; c < flat.size(); c++) {
                    assertEquals(flat.get(c).header(), sheet.getRow(2).getCell(c).getStringCellValue());
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    for (int c = 0; c < flat.size(); c++) {
                        FlatColumns.Flat f = flat.get(c);
                        assertCell(table.cell(r, f.source()), f.percent(), sheet.getRow(r + 3).getCell(c),
                                table.id() + " r" + r + " c" + c);
                    }
                }
            }
            // spot check: disposition, Treated, Total = 6 and 85.7 as numbers
            Sheet disposition = wb.getSheet("disposition");
            assertEquals("Total n", disposition.getRow(2).getCell(5).getStringCellValue());
            assertEquals(6.0, disposition.getRow(6).getCell(5).getNumericCellValue());
            assertEquals(85.7, disposition.getRow(6).getCell(6).getNumericCellValue(), 1e-9);
        }
    }

    private static void assertCell(ReportCell expected, boolean percent, Cell actual, String where) {
        if (expected instanceof ReportCell.Count count) {
            if (percent && count.percent().isEmpty()) {
                assertTrue(actual == null || actual.getCellType() == CellType.BLANK, where);
            } else {
                assertEquals(CellType.NUMERIC, actual.getCellType(), where);
                double value = percent ? count.percent().orElseThrow().doubleValue() : count.n();
                assertEquals(value, actual.getNumericCellValue(), 1e-9, where);
            }
        } else if (percent || expected instanceof ReportCell.Empty) {
            assertTrue(actual == null || actual.getCellType() == CellType.BLANK
                    || actual.getStringCellValue().isEmpty(), where);
        } else if (expected instanceof ReportCell.Decimal decimal) {
            assertEquals(CellType.NUMERIC, actual.getCellType(), where);
            assertEquals(decimal.value().doubleValue(), actual.getNumericCellValue(), 1e-9, where);
        } else {
            assertEquals(expected.text(), actual.getStringCellValue(), where);
        }
    }

    private static Map<String, List<CSVRecord>> unzip(byte[] zip) throws IOException {
        Map<String, List<CSVRecord>> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(content.startsWith("\uFEFF"), e.getName() + " starts with the UTF-8 byte order mark (Excel)");
                content = content.substring(1);
                entries.put(e.getName(), CSVFormat.RFC4180.parse(new InputStreamReader(
                        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                        .getRecords());
            }
        }
        return entries;
    }

    @Test
    void csvZipHasMetadataAndOneEntryPerTableMatchingTheCells() throws IOException {
        DmcReport report = english();
        byte[] zip = new DmcCsvZipRenderer().render(report);
        Map<String, List<CSVRecord>> entries = unzip(zip);
        List<String> names = new ArrayList<>(entries.keySet());
        assertEquals("metadata.csv", names.get(0));
        assertEquals("01-disposition.csv", names.get(1));
        assertEquals("footnotes.csv", names.get(names.size() - 1));
        assertEquals(report.tables().size() + 2, names.size());
        Map<String, String> meta = new LinkedHashMap<>();
        entries.get("metadata.csv").forEach(r -> meta.putIfAbsent(r.get(0), r.get(1)));
        assertEquals("NCT07041788", meta.get("study"));
        assertEquals("2025-06-30", meta.get("cut_off"));
        assertEquals("2025-07-01 08:30:00 UTC", meta.get("generated"));
        assertEquals("1.0", meta.get("definition_version"));
        assertEquals(report.checksum(), meta.get("data_sha256"));
        for (int i = 0; i < report.tables().size(); i++) {
            ReportTable table = report.tables().get(i);
            List<CSVRecord> records = entries.get(DmcCsvZipRenderer.entryName(i + 1, table));
            List<List<String>> expected = DmcCsvZipRenderer.csvRows(table);
            assertEquals(expected.size(), records.size(), table.id());
            for (int r = 0; r < expected.size(); r++) {
                assertEquals(expected.get(r), records.get(r).toList(), table.id() + " row " + r);
            }
        }
        List<CSVRecord> disposition = entries.get("01-disposition.csv");
        assertEquals(List.of("Category", "Arm A n", "Arm A %", "Arm B n", "Arm B %", "Total n", "Total %"),
                disposition.get(0).toList());
        assertEquals(List.of("Treated", "3", "75.0", "3", "100.0", "6", "85.7"), disposition.get(4).toList());
        List<CSVRecord> soc = entries.get("05-ae-soc-term.csv");
        assertEquals("Arm A: Any grade n", soc.get(0).get(1));
    }

    @Test
    void sameReportGivesIdenticalCsvZipAndXlsxContent() {
        DmcReport a = english();
        DmcReport b = new DmcReportBuilder(Locale.ENGLISH, DmcReportBuilderTest.CLOCK).build(DmcTestTrial.reversed());
        assertArrayEquals(new DmcCsvZipRenderer().render(a), new DmcCsvZipRenderer().render(b));
    }

    @Test
    void panelsSplitWideTablesByArm() {
        ReportTable soc = english().getTable("ae-soc-term");
        List<ReportTable> panels = DmcPdfRenderer.panels(soc);
        assertEquals(3, panels.size());
        assertEquals(7, panels.get(0).columns().size());
        assertEquals("Adverse events by system organ class and term, by worst grade \u2014 Arm B", panels.get(1).title());
        assertEquals("2 (66.7)", panels.get(1).texts().get(0).get(1));
        assertEquals(1, DmcPdfRenderer.panels(english().getTable("disposition")).size());
        ReportTable sae = english().getTable("sae-listing");
        assertTrue(sae.columns().size() > DmcPdfRenderer.MAX_COLUMNS_PER_PANEL, "12 columns");
        assertEquals(List.of(sae), DmcPdfRenderer.panels(sae), "a wide listing has no arms to split by: printed whole");
    }

    @Test
    void figuresInThePdfHaveExactlyThePixelsOfTheChartPngs() throws IOException {
        DmcReport report = english();
        FontProvider fonts = FontProvider.latinOnly();
        byte[] pdf = new DmcPdfRenderer(fonts).render(report);
        List<byte[]> images = new ArrayList<>();
        try (PdfReader reader = new PdfReader(pdf)) {
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                PdfDictionary xObjects = reader.getPageN(p).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
                if (xObjects != null) {
                    for (PdfName name : xObjects.getKeys()) {
                        PRStream stream = (PRStream) PdfReader.getPdfObject(xObjects.get(name));
                        assertEquals(PdfName.IMAGE, stream.get(PdfName.SUBTYPE));
                        assertEquals(PdfName.DEVICERGB, stream.get(PdfName.COLORSPACE));
                        images.add(PdfReader.getStreamBytes(stream));
                    }
                }
            }
        }
        assertEquals(report.figures().size(), images.size(), "one image per figure");
        DmcChartRenderer charts = new DmcChartRenderer(fonts);
        for (int i = 0; i < images.size(); i++) {
            ReportFigure figure = report.figures().get(i);
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(
                    charts.png(figure, 2000, figure instanceof ReportFigure.KaplanMeierChart ? 1000 : 1050)));
            byte[] expected = new byte[png.getWidth() * png.getHeight() * 3];
            int j = 0;
            for (int y = 0; y < png.getHeight(); y++) {
                for (int x = 0; x < png.getWidth(); x++) {
                    int rgb = png.getRGB(x, y);
                    expected[j++] = (byte) (rgb >> 16);
                    expected[j++] = (byte) (rgb >> 8);
                    expected[j++] = (byte) rgb;
                }
            }
            assertArrayEquals(expected, images.get(i), figure.id());
        }
    }

    @Test
    void chartTextUsesTheCjkFontOnlyWhenNeeded() {
        FontProvider fonts = FontProvider.discover();
        assumeTrue(fonts.embedsCjk(), "no CJK font on this machine: " + fonts.description());
        java.awt.Font chinese = fonts.chartFont(java.awt.Font.PLAIN, 26f, true);
        assertTrue(chinese.canDisplayUpTo("受试者分布") == -1, chinese.getFontName());
        assertEquals(26f, chinese.getSize2D());
        assertEquals(chinese, fonts.chartFont(java.awt.Font.PLAIN, 26f, true), "same font every call");
        java.awt.Font latin = fonts.chartFont(java.awt.Font.BOLD, 13f, false);
        assertEquals("Liberation Sans", latin.getFamily(Locale.ROOT));
        assertTrue(latin.isBold());
    }

    @Test
    void listingColumnWidthsCountCjkCharactersTwice() {
        assertEquals(0, DmcPdfRenderer.displayWidth(""));
        assertEquals(8, DmcPdfRenderer.displayWidth("Grade ≥3"));
        assertEquals(2 * 5 + 3, DmcPdfRenderer.displayWidth("治疗相关。 ab")); // ideographs, 。, space
        assertEquals(2, DmcPdfRenderer.displayWidth("（"), "full-width parenthesis");
    }
}
