package org.vigia.dmc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.vigia.shared.CsvCells;

/**
 * Writes the report as a zip of CSV files (RFC 4180, UTF-8 with a byte order mark so that Excel shows Chinese, CRLF;
 * every cell through {@link CsvCells#neutralise}, so that no text cell is taken for a formula):
 * <ul>
 *   <li>{@code metadata.csv}: key,value rows — study, title, cut-off, generation time, definition version,
 *       data checksum, language; one {@code note} row per note of the data; then one {@code table,<id>,<title>} row per table;</li>
 *   <li>{@code NN-<id>.csv} per table and listing, in report order: one header row (grouped columns as
 *       "Arm A: Grade 3"; counts with a denominator as two columns "… n" and "… %"), then the data rows,
 *       numbers as plain decimals with a dot;</li>
 *   <li>{@code footnotes.csv}: table id, footnote.</li>
 * </ul>
 * Entry times are set to the report's generation time, so the same report gives the same bytes.
 */
public final class DmcCsvZipRenderer {

    /** Name of the metadata entry. */
    public static final String METADATA_ENTRY = "metadata.csv";
    /** Name of the footnotes entry. */
    public static final String FOOTNOTES_ENTRY = "footnotes.csv";

    /** Entry name of a table: two-digit position (1-based) and the table id. */
    public static String entryName(int position, ReportTable table) {
        return String.format("%02d-%s.csv", position, table.id());
    }

    /** The zip bytes. */
    public byte[] render(DmcReport report) {
        DmcMessages msg = new DmcMessages(report.metadata().locale());
        FileTime time = FileTime.from(report.metadata().generatedAt());
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            List<List<String>> metadata = new ArrayList<>();
            metadata.add(List.of("key", "value", "label"));
            String[] keys = {"study", "title", "cut_off", "generated", "definition_version", "data_sha256", "language"};
            List<List<String>> rows = DmcXlsxRenderer.metadataRows(report, msg);
            for (int i = 0; i < keys.length; i++) {
                metadata.add(List.of(keys[i], rows.get(i).get(1), rows.get(i).get(0)));
            }
            for (int i = keys.length; i < rows.size(); i++) {
                metadata.add(List.of("note", rows.get(i).get(1), rows.get(i).get(0)));
            }
            for (int i = 0; i < report.tables().size(); i++) {
                ReportTable t = report.tables().get(i);
                metadata.add(List.of("table", entryName(i + 1, t), t.title()));
            }
            entry(zip, METADATA_ENTRY, time, metadata);
            List<List<String>> footnotes = new ArrayList<>();
            footnotes.add(List.of("table", "footnote"));
            for (int i = 0; i < report.tables().size(); i++) {
                ReportTable t = report.tables().get(i);
                entry(zip, entryName(i + 1, t), time, csvRows(t));
                t.footnotes().forEach(f -> footnotes.add(List.of(t.id(), f)));
            }
            entry(zip, FOOTNOTES_ENTRY, time, footnotes);
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSV rows of a table: header, then data (what the entry holds). */
    static List<List<String>> csvRows(ReportTable table) {
        List<FlatColumns.Flat> flat = FlatColumns.of(table);
        List<List<String>> rows = new ArrayList<>();
        rows.add(flat.stream().map(FlatColumns::qualifiedHeader).toList());
        for (List<ReportCell> cells : table.rows()) {
            List<String> row = new ArrayList<>();
            for (FlatColumns.Flat f : flat) {
                ReportCell cell = cells.get(f.source());
                if (cell instanceof ReportCell.Count count) {
                    row.add(f.percent() ? count.percent().map(p -> p.toPlainString()).orElse("")
                            : Integer.toString(count.n()));
                } else {
                    row.add(f.percent() ? "" : cell.text());
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static void entry(ZipOutputStream zip, String name, FileTime time, List<List<String>> rows)
            throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(time);
        zip.putNextEntry(entry);
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        CsvCells.writeBom(writer);
        for (List<String> row : rows) {
            printer.printRecord(row.stream().map(CsvCells::neutralise).toList());
        }
        printer.flush();
        zip.closeEntry();
    }
}
