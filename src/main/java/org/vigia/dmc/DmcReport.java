package org.vigia.dmc;

import java.util.List;
import java.util.Optional;

/**
 * The computed DMC safety report: metadata, tables in display order, and chart data. Built by
 * {@link DmcReportBuilder}; rendered by {@link DmcPdfRenderer}, {@link DmcXlsxRenderer} and
 * {@link DmcCsvZipRenderer}.
 */
public record DmcReport(ReportMetadata metadata, List<ReportTable> tables, List<ReportFigure> figures) {

    public DmcReport {
        tables = List.copyOf(tables);
        figures = List.copyOf(figures);
    }

    /** SHA-256 of the data the report was built from (see {@link ReportMetadata#dataChecksum()}). */
    public String checksum() {
        return metadata.dataChecksum();
    }

    /** The table with this id. */
    public Optional<ReportTable> findTable(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The table with this id, or an exception naming it. */
    public ReportTable getTable(String id) {
        return findTable(id).orElseThrow(() -> new IllegalArgumentException("no table " + id));
    }
}
