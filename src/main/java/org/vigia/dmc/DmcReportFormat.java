package org.vigia.dmc;

import org.vigia.shared.pdf.FontProvider;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three forms of the DMC report (issue "DMC safety report": one PDF, one XLSX, a zip of CSV listings). */
public enum DmcReportFormat {
    PDF("pdf", "application/pdf", ".pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    CSV_ZIP("csv-zip", "application/zip", "-csv.zip");

    private final String code;
    private final String contentType;
    private final String fileSuffix;

    DmcReportFormat(String code, String contentType, String fileSuffix) {
        this.code = code;
        this.contentType = contentType;
        this.fileSuffix = fileSuffix;
    }

    /** The name used by the API and the screen: {@code pdf}, {@code xlsx}, {@code csv-zip}. */
    public String code() {
        return code;
    }

    public String contentType() {
        return contentType;
    }

    /** End of the file name, e.g. {@code "-csv.zip"}. */
    public String fileSuffix() {
        return fileSuffix;
    }

    /** The format with this code (case-insensitive). */
    public static Optional<DmcReportFormat> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code.equals(c)).findFirst();
    }

    /** The bytes of {@code report} in this format. */
    public byte[] render(DmcReport report) {
        return switch (this) {
            case PDF -> new DmcPdfRenderer(Fonts.DISCOVERED).render(report);
            case XLSX -> new DmcXlsxRenderer().render(report);
            case CSV_ZIP -> new DmcCsvZipRenderer().render(report);
        };
    }

    /** Fonts are looked up once per JVM (the CJK font file is several megabytes). */
    private static final class Fonts {
        static final FontProvider DISCOVERED = FontProvider.discover();
    }
}
