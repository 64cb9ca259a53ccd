package org.vigia.dmc;

/**
 * A generated DMC report file, ready to download.
 *
 * @param recordId     id of its {@link GeneratedDmcReport} row
 * @param fileName     e.g. {@code dmc-report-NCT07041788-2027-06-30.pdf}
 * @param format       the format (gives the content type)
 * @param bytes        the file
 * @param dataChecksum SHA-256 of the data it was built from (as printed in it)
 */
public record DmcReportFile(long recordId, String fileName, DmcReportFormat format, byte[] bytes,
                            String dataChecksum) {

    public String contentType() {
        return format.contentType();
    }
}
