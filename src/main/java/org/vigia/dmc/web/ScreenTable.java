package org.vigia.dmc.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.vigia.dmc.ReportCell;
import org.vigia.dmc.ReportTable;

/**
 * A report table as the dashboard shows it: plain texts only (so the view state holds no report objects).
 * Grouped columns get "arm — header" titles; a label's indent and heading rows are kept for styling.
 *
 * @param id        table id, used in element ids ({@code dmcTables:disposition})
 * @param title     title in the screen language
 * @param headers   column titles
 * @param rows      rows of cell texts
 * @param footnotes footnotes
 */
public record ScreenTable(String id, String title, List<String> headers, List<Row> rows, List<String> footnotes)
        implements Serializable {

    /** One row: the label's indent (0 = category) and whether it is a heading, then the cell texts. */
    public record Row(int indent, boolean heading, List<String> cells) implements Serializable {
    }

    /** The screen form of a report table. */
    public static ScreenTable of(ReportTable table) {
        List<String> headers = table.columns().stream()
                .map(c -> c.group().isEmpty() ? c.header() : c.group() + " \u2014 " + c.header()).toList();
        List<Row> rows = new ArrayList<>();
        for (List<ReportCell> cells : table.rows()) {
            ReportCell first = cells.get(0);
            int indent = first instanceof ReportCell.Label l ? l.indent() : 0;
            boolean heading = first instanceof ReportCell.Label l && l.emphasis();
            rows.add(new Row(indent, heading, cells.stream().map(ReportCell::text).toList()));
        }
        return new ScreenTable(table.id(), table.title(), List.copyOf(headers), List.copyOf(rows),
                List.copyOf(table.footnotes()));
    }
}
