package org.vigia.dmc.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.vigia.dmc.DmcMessages;
import org.vigia.dmc.ReportCell;
import org.vigia.dmc.ReportCell.Decimal;
import org.vigia.dmc.ReportCell.Label;
import org.vigia.dmc.ReportCell.Text;
import org.vigia.dmc.ReportTable;
import org.vigia.dmc.ReportTable.Column;

/**
 * The small pieces every section builds its table from, in the report's language: row labels and headings,
 * percentages, "not estimable", yes/no, column headers and the table itself (its title from {@code table.<id>}).
 * <pre>{@code
 * ReportCells cells = report.cells();
 * rows.add(cells.headingRow(agent));
 * return cells.table("exposure", ReportTable.Kind.SUMMARY, cells.summaryColumns("column.category"), rows, notes);
 * }</pre>
 */
public final class ReportCells {

    private final DmcMessages msg;
    private final ReportColumns columns;

    ReportCells(DmcMessages msg, ReportColumns columns) {
        this.msg = msg;
        this.columns = columns;
    }

    /** A row label from the bundle. */
    public Label label(String key, int indent) {
        return new Label(msg.get(key), indent, false);
    }

    public Label heading(String text) {
        return new Label(text, 0, true);
    }

    /** A heading row: the heading, then an empty cell per column. */
    public List<ReportCell> headingRow(String text) {
        List<ReportCell> row = new ArrayList<>();
        row.add(heading(text));
        for (int g = 0; g < columns.size(); g++) {
            row.add(new ReportCell.Empty());
        }
        return row;
    }

    /** A row holding {@code first}, to be filled column by column. */
    public List<ReportCell> rowWith(ReportCell first) {
        List<ReportCell> row = new ArrayList<>();
        row.add(first);
        return row;
    }

    /** A proportion shown as a percentage with one decimal. */
    public ReportCell percent(double proportion) {
        return Decimal.of(100.0 * proportion, 1);
    }

    public ReportCell notEstimable() {
        return new ReportCell.NotEstimable(msg.get("value.notEstimable"));
    }

    /** Days with one decimal, or not estimable. */
    public ReportCell days(OptionalDouble value) {
        return value.isPresent() ? Decimal.of(value.getAsDouble(), 1) : notEstimable();
    }

    public Text yesNo(boolean value) {
        return new Text(msg.get(value ? "value.yes" : "value.no"));
    }

    public Text orEmpty(String s) {
        return new Text(s == null ? "" : s);
    }

    /** The first column ({@code firstHeaderKey}), then one per arm and the Total. */
    public List<Column> summaryColumns(String firstHeaderKey) {
        List<Column> result = new ArrayList<>();
        result.add(new Column(msg.get(firstHeaderKey), ""));
        for (int g = 0; g < columns.size(); g++) {
            result.add(new Column(columns.label(g), ""));
        }
        return result;
    }

    /** The columns of a listing, from their keys. */
    public List<Column> listingColumns(String... keys) {
        List<Column> result = new ArrayList<>();
        for (String key : keys) {
            result.add(new Column(msg.get(key), ""));
        }
        return result;
    }

    /** The table {@code id}, titled by the key {@code table.<id>}. */
    public ReportTable table(String id, ReportTable.Kind kind, List<Column> columns, List<List<ReportCell>> rows,
                             List<String> footnotes) {
        String key = "table." + id;
        return new ReportTable(id, key, msg.get(key), kind, columns, rows, footnotes);
    }
}
