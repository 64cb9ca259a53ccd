package org.vigia.dmc;

import org.vigia.shared.pdf.FontProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Writes example outputs of the hand-computed trial for looking at: {@code java ... DmcExampleOutputs DIR}
 * (or run from a test). English and Simplified Chinese PDF, XLSX and CSV zip.
 */
public final class DmcExampleOutputs {

    private DmcExampleOutputs() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/dmc-examples");
        Files.createDirectories(dir);
        Clock clock = Clock.fixed(Instant.parse("2025-07-01T08:30:00Z"), ZoneOffset.UTC);
        FontProvider fonts = FontProvider.discover();
        System.out.println("fonts: " + fonts.description());
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            DmcReport report = new DmcReportBuilder(locale, clock).build(DmcTestTrial.dataset());
            String tag = locale.getLanguage();
            Files.write(dir.resolve("dmc-" + tag + ".pdf"), new DmcPdfRenderer(fonts).render(report));
            Files.write(dir.resolve("dmc-" + tag + ".xlsx"), new DmcXlsxRenderer().render(report));
            Files.write(dir.resolve("dmc-" + tag + ".zip"), new DmcCsvZipRenderer().render(report));
        }
    }
}
