package org.vigia.dmc;

import java.util.List;
import java.util.Objects;

/**
 * One table or listing of the DMC report: an id (stable, used as sheet and file name), a title resolved
 * from {@code DmcMessages} with its key, columns, rows of {@link ReportCell}s and footnotes.
 *
 * @param id        stable identifier, e.g. {@code "ae-overview"}
 * @param titleKey  message key of the title
 * @param title     title in the report language
 * @param kind      summary table or subject listing
 * @param columns   column headers; {@code group} is the arm (or Total) a column belongs to, "" for none
 * @param rows      rows, each with exactly {@code columns.size()} cells, in display order
 * @param footnotes footnotes in the report language
 */
public record ReportTable(String id, String titleKey, String title, Kind kind, List<Column> columns,
                          List<List<ReportCell>> rows, List<String> footnotes) {

    /** Summary table (aggregate) or pseudonymous listing. */
    public enum Kind { SUMMARY, LISTING }

    /** A column header; {@code group} groups columns under an arm heading ("" when ungrouped). */
    public record Column(String header, String group) {
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(group, "group");
        }
    }

    public ReportTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        footnotes = List.copyOf(footnotes);
        for (List<ReportCell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": row has " + row.size() + " cells, expected "
                        + columns.size());
            }
        }
    }

    /** The cell at a row and column, both 0-based. */
    public ReportCell cell(int row, int column) {
        return rows.get(row).get(column);
    }

    /** The text of every cell, row by row (what a reader sees; handy for tests and CSV). */
    public List<List<String>> texts() {
        return rows.stream().map(r -> r.stream().map(ReportCell::text).toList()).toList();
    }
}
