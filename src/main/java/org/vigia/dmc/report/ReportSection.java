package org.vigia.dmc.report;

import org.vigia.dmc.ReportTable;

/**
 * One table of the DMC report, computed from the indexed dataset of one build. A section holds no state: it reads
 * the {@link ReportContext} and returns its table; {@link org.vigia.dmc.DmcReportBuilder} lists the sections in
 * the order the report prints them.
 * <pre>{@code
 * ReportContext report = new ReportContext(dataset, new DmcMessages(Locale.ENGLISH), 10);
 * ReportTable disposition = new DispositionTable().table(report);
 * }</pre>
 */
public interface ReportSection {

    /** The section's table, its texts in the report's language. */
    ReportTable table(ReportContext report);
}
