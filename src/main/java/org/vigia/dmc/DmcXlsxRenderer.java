package org.vigia.dmc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the report as an XLSX workbook: a "Cover" sheet with the metadata (study, cut-off, generation
 * time, definition version, data checksum) and the table list, then one sheet per table named by its id.
 * Each table sheet has the title in row 1, the arm groups in row 2, the headers in row 3 and the data
 * below; counts with a denominator are two numeric cells (n, %), decimals are numeric, text is text.
 * Footnotes follow the data.
 */
public final class DmcXlsxRenderer {

    /** Generation timestamp format (UTC, ISO-8601). */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** The workbook bytes. */
    public byte[] render(DmcReport report) {
        DmcMessages msg = new DmcMessages(report.metadata().locale());
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            cover(wb, report, msg, styles);
            for (ReportTable table : report.tables()) {
                tableSheet(wb, table, styles);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Metadata rows (label, value) shared with the CSV metadata file: the seven fixed rows, then one per note. */
    static List<List<String>> metadataRows(DmcReport report, DmcMessages msg) {
        ReportMetadata m = report.metadata();
        List<List<String>> rows = new java.util.ArrayList<>(List.of(
                List.of(msg.get("meta.study"), m.studyRegistryId()),
                List.of(msg.get("meta.title"), m.studyTitle()),
                List.of(msg.get("meta.cutOff"), m.cutOffDate().toString()),
                List.of(msg.get("meta.generated"), TIMESTAMP.format(m.generatedAt())),
                List.of(msg.get("meta.version"), m.definitionVersion()),
                List.of(msg.get("meta.checksum"), m.dataChecksum()),
                List.of(msg.get("meta.language"), m.locale().toLanguageTag())));
        m.notes().forEach(note -> rows.add(List.of(msg.get("meta.note"), note)));
        return rows;
    }

    private void cover(XSSFWorkbook wb, DmcReport report, DmcMessages msg, Styles styles) {
        Sheet sheet = wb.createSheet(msg.get("sheet.cover"));
        Row title = sheet.createRow(0);
        cell(title, 0, msg.get("report.title"), styles.title);
        int r = 2;
        for (List<String> kv : metadataRows(report, msg)) {
            Row row = sheet.createRow(r++);
            cell(row, 0, kv.get(0), styles.header);
            cell(row, 1, kv.get(1), null);
        }
        r++;
        cell(sheet.createRow(r++), 0, msg.get("meta.confidential"), null);
        r++;
        cell(sheet.createRow(r++), 0, msg.get("toc.title"), styles.header);
        for (ReportTable t : report.tables()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, t.id(), null);
            cell(row, 1, t.title(), null);
        }
        sheet.setColumnWidth(0, 32 * 256);
        sheet.setColumnWidth(1, 90 * 256);
    }

    private void tableSheet(XSSFWorkbook wb, ReportTable table, Styles styles) {
        Sheet sheet = wb.createSheet(table.id());
        List<FlatColumns.Flat> flat = FlatColumns.of(table);
        cell(sheet.createRow(0), 0, table.title(), styles.title);
        Row groupRow = sheet.createRow(1);
        Row headerRow = sheet.createRow(2);
        for (int c = 0; c < flat.size(); c++) {
            cell(groupRow, c, flat.get(c).group(), styles.header);
            cell(headerRow, c, flat.get(c).header(), styles.header);
        }
        // merge runs of the same non-empty group
        int start = 0;
        for (int c = 1; c <= flat.size(); c++) {
            if (c == flat.size() || !flat.get(c).group().equals(flat.get(start).group())) {
                if (c - start > 1 && !flat.get(start).group().isEmpty()) {
                    sheet.addMergedRegion(new CellRangeAddress(1, 1, start, c - 1));
                }
                start = c;
            }
        }
        int r = 3;
        for (List<ReportCell> cells : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < flat.size(); c++) {
                FlatColumns.Flat f = flat.get(c);
                write(row, c, cells.get(f.source()), f.percent(), styles);
            }
        }
        r++;
        for (String footnote : table.footnotes()) {
            cell(sheet.createRow(r++), 0, footnote, styles.footnote);
        }
        sheet.createFreezePane(1, 3);
        sheet.setColumnWidth(0, 48 * 256);
        for (int c = 1; c < flat.size(); c++) {
            sheet.setColumnWidth(c, (table.kind() == ReportTable.Kind.LISTING ? 22 : 12) * 256);
        }
    }

    private void write(Row row, int c, ReportCell value, boolean percentPart, Styles styles) {
        if (value instanceof ReportCell.Count count) {
            if (percentPart) {
                count.percent().ifPresent(p -> numeric(row, c, p.doubleValue(), styles.oneDecimal));
            } else {
                numeric(row, c, count.n(), styles.integer);
            }
        } else if (percentPart) {
            return;
        } else if (value instanceof ReportCell.Decimal decimal) {
            numeric(row, c, decimal.value().doubleValue(), decimal.value().scale() == 0 ? styles.integer
                    : styles.oneDecimal);
        } else if (value instanceof ReportCell.Label label) {
            cell(row, c, label.value(), label.emphasis() ? styles.header : styles.indent[Math.min(label.indent(), 2)]);
        } else if (!(value instanceof ReportCell.Empty)) {
            cell(row, c, value.text(), null);
        }
    }

    private static void cell(Row row, int c, String text, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void numeric(Row row, int c, double value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The few cell styles of the workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle footnote;
        final CellStyle integer;
        final CellStyle oneDecimal;
        final CellStyle[] indent = new CellStyle[3];

        Styles(XSSFWorkbook wb) {
            DataFormat format = wb.createDataFormat();
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            Font italic = wb.createFont();
            italic.setItalic(true);
            title = wb.createCellStyle();
            title.setFont(big);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            footnote = wb.createCellStyle();
            footnote.setFont(italic);
            integer = wb.createCellStyle();
            integer.setDataFormat(format.getFormat("0"));
            oneDecimal = wb.createCellStyle();
            oneDecimal.setDataFormat(format.getFormat("0.0"));
            for (int i = 0; i < indent.length; i++) {
                indent[i] = wb.createCellStyle();
                indent[i].setIndention((short) (i * 2));
            }
        }
    }
}
