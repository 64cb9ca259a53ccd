package org.vigia.dmc;

import java.util.ArrayList;
import java.util.List;

/**
 * Machine-readable column layout shared by the XLSX and CSV renderers: a column holding percentages
 * (a {@link ReportCell.Count} with a denominator) is split into an "n" column and a "%" column, so every
 * number sits alone in its cell.
 */
final class FlatColumns {

    /** One output column: the source column, whether it carries the percentage, header and group. */
    record Flat(int source, boolean percent, String header, String group) {
    }

    private FlatColumns() {
    }

    static List<Flat> of(ReportTable table) {
        List<Flat> flat = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            ReportTable.Column column = table.columns().get(c);
            boolean hasPercent = false;
            for (List<ReportCell> row : table.rows()) {
                if (row.get(c) instanceof ReportCell.Count count && count.denominator() > 0) {
                    hasPercent = true;
                    break;
                }
            }
            flat.add(new Flat(c, false, hasPercent ? column.header() + " n" : column.header(), column.group()));
            if (hasPercent) {
                flat.add(new Flat(c, true, column.header() + " %", column.group()));
            }
        }
        return flat;
    }

    /** The header as one string, "group: header" when grouped. */
    static String qualifiedHeader(Flat f) {
        return f.group().isEmpty() ? f.header() : f.group() + ": " + f.header();
    }
}
