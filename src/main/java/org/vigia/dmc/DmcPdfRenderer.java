package org.vigia.dmc;

import org.vigia.shared.pdf.FontProvider;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigia.shared.stats.KaplanMeier;

/**
 * Writes the DMC report as one PDF for reading on paper: A4 landscape; a cover with the metadata and
 * contents; each table on its own page(s) with the header rows repeated on every page; wide tables (more
 * than {@value #MAX_COLUMNS_PER_PANEL} columns) split into one panel per arm with the label column
 * repeated; the AE-by-grade bar chart after the worst-grade table and the Kaplan–Meier plots, each with a
 * number-at-risk table, after the time-to-event summary. Every page carries a header (study, cut-off,
 * definition version) and a footer (generation time, data SHA-256, "page x of y"), stamped in a second
 * pass once the page count is known. Fonts: {@link FontProvider} (Latin + CJK, embedded when available).
 *
 * <p>Uses OpenPDF 2.0.5 (the last line that runs on Java 17).
 */
public final class DmcPdfRenderer {

    /** Above this many columns a table is printed as one panel per arm group. */
    public static final int MAX_COLUMNS_PER_PANEL = 10;

    private static final Color HEADER_FILL = new Color(226, 232, 240);
    private static final Color HEADING_FILL = new Color(245, 247, 250);
    private static final Color RULE = new Color(160, 160, 160);

    private final FontProvider fonts;
    private final BaseFont latin;
    private final BaseFont cjk;
    private final Map<String, Font[]> fontCache = new HashMap<>();
    /** For each UTF-16 unit: 0 not looked up yet, else 1 + index of the first font with its glyph (see text). */
    private final byte[] fontOfChar = new byte[Character.MAX_VALUE + 1];

    /** A renderer using {@link FontProvider#discover()}. */
    public DmcPdfRenderer() {
        this(FontProvider.discover());
    }

    public DmcPdfRenderer(FontProvider fonts) {
        this.fonts = fonts;
        this.latin = fonts.latinPdfFont();
        this.cjk = fonts.cjkPdfFont();
    }

    /** The PDF bytes. */
    public byte[] render(DmcReport report) {
        DmcMessages msg = new DmcMessages(report.metadata().locale());
        byte[] body = body(report, msg);
        return stampHeaderAndFooter(body, report, msg);
    }

    // ------------------------------------------------------------------ text

    /**
     * {@code s} as a phrase: each run of characters in the first font that has their glyphs (Liberation Sans,
     * then the CJK font), as OpenPDF's {@code FontSelector} does; characters neither font has are left out.
     * Unlike {@code FontSelector}, whose constructor reads and parses a fallback font from the OpenPDF jar
     * each time (about 2 ms, once per table cell), this uses the renderer's fonts and caches the {@link Font}
     * per size and style.
     */
    private Phrase text(String s, float size, int style) {
        Font[] candidates = fonts(size, style);
        if (s == null || s.isEmpty()) {
            return new Phrase("", candidates[0]);
        }
        Phrase phrase = new Phrase();
        StringBuilder run = new StringBuilder();
        int current = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                run.append(c);
                continue;
            }
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            int codePoint = pair ? Character.toCodePoint(c, s.charAt(i + 1)) : c;
            int first = pair ? firstFontWith(codePoint, candidates) : fontOfChar[c];
            if (first == 0) {
                fontOfChar[c] = (byte) (first = firstFontWith(codePoint, candidates));
            }
            int f = first - 1;
            if (f == candidates.length) {
                continue; // no font has this glyph: left out, as FontSelector does
            }
            if (current != f) {
                if (run.length() > 0 && current != -1) {
                    phrase.add(new Chunk(run.toString(), candidates[current]));
                    run.setLength(0);
                }
                current = f;
            }
            run.append(c);
            if (pair) {
                run.append(s.charAt(++i));
            }
        }
        if (run.length() > 0) {
            phrase.add(current == -1 ? new Chunk(run.toString()) : new Chunk(run.toString(), candidates[current]));
        }
        return phrase;
    }

    /** 1 + the index of the first font with a glyph for {@code codePoint}, 1 + fonts.length if none has. */
    private static byte firstFontWith(int codePoint, Font[] candidates) {
        for (int f = 0; f < candidates.length; f++) {
            if (candidates[f].getBaseFont().charExists(codePoint)) {
                return (byte) (f + 1);
            }
        }
        return (byte) (candidates.length + 1);
    }

    /** Latin and CJK font of this size and style, made once per renderer. */
    private Font[] fonts(float size, int style) {
        return fontCache.computeIfAbsent(size + "/" + style,
                k -> new Font[] {new Font(latin, size, style), new Font(cjk, size, style)});
    }

    private Paragraph paragraph(String s, float size, int style, float spacingAfter) {
        Paragraph p = new Paragraph(text(s, size, style));
        p.setSpacingAfter(spacingAfter);
        return p;
    }

    // ------------------------------------------------------------------ body

    private byte[] body(DmcReport report, DmcMessages msg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 50, 44);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCompressionLevel(9);
            document.addTitle(msg.get("report.title") + " " + report.metadata().studyRegistryId());
            document.addCreator("Vigia");
            document.open();
            cover(document, report, msg);
            Map<String, List<ReportFigure>> figuresAfter = new LinkedHashMap<>();
            for (ReportFigure f : report.figures()) {
                String after = f instanceof ReportFigure.KaplanMeierChart ? "km-summary" : "ae-worst-grade";
                figuresAfter.computeIfAbsent(after, k -> new ArrayList<>()).add(f);
            }
            DmcChartRenderer charts = new DmcChartRenderer(fonts);
            for (ReportTable table : report.tables()) {
                for (ReportTable panel : panels(table)) {
                    document.newPage();
                    document.add(paragraph(panel.title(), 13, Font.BOLD, 8));
                    if (panel.rows().isEmpty()) {
                        document.add(paragraph(msg.getOrDefault("table.empty." + table.id(), msg.get("table.empty")),
                                9.5f, Font.ITALIC, 8));
                    } else {
                        document.add(pdfTable(panel));
                    }
                    for (String footnote : table.footnotes()) {
                        document.add(paragraph(footnote, 7.5f, Font.NORMAL, 1));
                    }
                }
                for (ReportFigure figure : figuresAfter.getOrDefault(table.id(), List.of())) {
                    document.newPage();
                    figure(document, figure, charts, msg);
                }
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot write the DMC PDF", e);
        }
        return out.toByteArray();
    }

    private void cover(Document document, DmcReport report, DmcMessages msg) throws DocumentException {
        ReportMetadata m = report.metadata();
        document.add(paragraph(msg.get("report.title"), 22, Font.BOLD, 6));
        document.add(paragraph(m.studyRegistryId() + " \u2014 " + m.studyTitle(), 13, Font.NORMAL, 16));
        PdfPTable meta = new PdfPTable(new float[] {1.3f, 4f});
        meta.setWidthPercentage(75);
        meta.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (List<String> kv : DmcXlsxRenderer.metadataRows(report, msg)) {
            meta.addCell(cell(text(kv.get(0), 10, Font.BOLD), HEADER_FILL, Element.ALIGN_LEFT));
            meta.addCell(cell(text(kv.get(1), 10, Font.NORMAL), null, Element.ALIGN_LEFT));
        }
        document.add(meta);
        document.add(paragraph(" ", 6, Font.NORMAL, 0));
        document.add(paragraph(msg.get("meta.confidential"), 9.5f, Font.ITALIC, 14));
        document.add(paragraph(msg.get("toc.title"), 12, Font.BOLD, 4));
        int i = 1;
        for (ReportTable t : report.tables()) {
            document.add(paragraph(i++ + ".  " + t.title(), 10, Font.NORMAL, 1));
        }
    }

    /** The table itself, or one panel per column group when too wide for the page. */
    static List<ReportTable> panels(ReportTable table) {
        if (table.columns().size() <= MAX_COLUMNS_PER_PANEL) {
            return List.of(table);
        }
        List<String> groups = table.columns().stream().map(ReportTable.Column::group).filter(g -> !g.isEmpty())
                .distinct().toList();
        if (groups.isEmpty()) {
            return List.of(table); // a wide listing has no arm groups to split by: printed whole, in a small font
        }
        List<ReportTable> panels = new ArrayList<>();
        for (String group : groups) {
            List<Integer> keep = new ArrayList<>();
            for (int c = 0; c < table.columns().size(); c++) {
                String g = table.columns().get(c).group();
                if (g.isEmpty() || g.equals(group)) {
                    keep.add(c);
                }
            }
            List<ReportTable.Column> columns = keep.stream().map(table.columns()::get).toList();
            List<List<ReportCell>> rows = table.rows().stream().map(r -> keep.stream().map(r::get).toList()).toList();
            panels.add(new ReportTable(table.id(), table.titleKey(), table.title() + " \u2014 " + group, table.kind(),
                    columns, rows, table.footnotes()));
        }
        return panels;
    }

    private PdfPTable pdfTable(ReportTable table) throws DocumentException {
        int n = table.columns().size();
        boolean listing = table.kind() == ReportTable.Kind.LISTING;
        float[] widths = new float[n];
        for (int c = 0; c < n; c++) {
            widths[c] = listing ? listingWidth(table, c) : (c == 0 ? Math.max(3.2f, 9f - n * 0.45f) : 1.25f);
        }
        PdfPTable pdf = new PdfPTable(widths);
        pdf.setWidthPercentage(listing || n > 4 ? 100 : 80);
        pdf.setHorizontalAlignment(Element.ALIGN_LEFT);
        pdf.setSplitLate(false);
        float size = listing ? 7.5f : (n > 7 || table.rows().size() > 24 ? 8.5f : 9f);
        boolean grouped = table.columns().stream().anyMatch(c -> !c.group().isEmpty());
        int headerRows = 1;
        if (grouped) {
            headerRows = 2;
            int c = 0;
            while (c < n) {
                String group = table.columns().get(c).group();
                int span = 1;
                while (c + span < n && table.columns().get(c + span).group().equals(group)) {
                    span++;
                }
                PdfPCell g = cell(text(group, size, Font.BOLD), HEADER_FILL, Element.ALIGN_CENTER);
                g.setColspan(span);
                pdf.addCell(g);
                c += span;
            }
        }
        for (int c = 0; c < n; c++) {
            pdf.addCell(cell(text(table.columns().get(c).header(), size, Font.BOLD), HEADER_FILL,
                    c == 0 || listing ? Element.ALIGN_LEFT : Element.ALIGN_CENTER));
        }
        pdf.setHeaderRows(headerRows);
        for (List<ReportCell> row : table.rows()) {
            boolean heading = row.get(0) instanceof ReportCell.Label l && l.emphasis();
            for (int c = 0; c < n; c++) {
                ReportCell value = row.get(c);
                PdfPCell cell;
                if (value instanceof ReportCell.Label label) {
                    cell = cell(text(label.value(), size, label.emphasis() ? Font.BOLD : Font.NORMAL),
                            heading ? HEADING_FILL : null, Element.ALIGN_LEFT);
                    cell.setPaddingLeft(3 + 10 * label.indent());
                } else {
                    cell = cell(text(value.text(), size, Font.NORMAL), heading ? HEADING_FILL : null,
                            listing ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
                }
                pdf.addCell(cell);
            }
        }
        pdf.setSpacingAfter(6);
        return pdf;
    }

    private static float listingWidth(ReportTable table, int c) {
        int longest = displayWidth(table.columns().get(c).header());
        for (List<ReportCell> row : table.rows()) {
            longest = Math.max(longest, displayWidth(row.get(c).text()));
        }
        return Math.max(3, Math.min(longest, 28));
    }

    /** Width in Latin characters: a CJK character is about twice as wide. */
    static int displayWidth(String text) {
        return text.codePoints().map(cp -> FontProvider.isCjk(cp) ? 2 : 1).sum();
    }

    private static PdfPCell cell(Phrase phrase, Color fill, int align) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(2f);
        cell.setPaddingBottom(3.2f);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.4f);
        if (fill != null) {
            cell.setBackgroundColor(fill);
        }
        return cell;
    }

    private void figure(Document document, ReportFigure figure, DmcChartRenderer charts, DmcMessages msg)
            throws DocumentException, IOException {
        document.add(paragraph(figure.title(), 13, Font.BOLD, 6));
        boolean km = figure instanceof ReportFigure.KaplanMeierChart;
        int width = 2000;
        int height = km ? 1000 : 1050;
        Image image = rgbImage(charts.image(figure, width, height));
        float maxWidth = document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin();
        float maxHeight = km ? 330 : 400;
        image.scaleToFit(maxWidth * (km ? 0.92f : 0.9f), maxHeight);
        image.setAlignment(Element.ALIGN_CENTER);
        document.add(image);
        if (figure instanceof ReportFigure.KaplanMeierChart chart) {
            document.add(atRiskTable(chart));
            document.add(paragraph(msg.get("figure.km.censorNote") + " " + msg.get("footnote.km"), 7.5f,
                    Font.NORMAL, 1));
        }
    }

    /**
     * The chart as an 8-bit RGB image XObject (Flate-compressed by the writer): the pixels a PNG of the chart
     * would carry, without encoding a PNG and decoding it again (OpenPDF decodes PNGs through ImageIO and a
     * {@link java.awt.image.PixelGrabber}, which took longer than drawing the chart).
     */
    static Image rgbImage(BufferedImage chart) throws DocumentException {
        int width = chart.getWidth();
        int height = chart.getHeight();
        int[] argb = chart.getType() == BufferedImage.TYPE_INT_RGB
                && chart.getRaster().getDataBuffer() instanceof DataBufferInt ints && ints.getNumBanks() == 1
                && ints.getData().length == width * height
                ? ints.getData() // the pixels themselves, 0xRRGGBB: getRGB converts each through the colour model
                : chart.getRGB(0, 0, width, height, null, 0, width);
        byte[] rgb = new byte[argb.length * 3];
        for (int i = 0, j = 0; i < argb.length; i++) {
            int p = argb[i];
            rgb[j++] = (byte) (p >> 16);
            rgb[j++] = (byte) (p >> 8);
            rgb[j++] = (byte) p;
        }
        return Image.getInstance(width, height, 3, 8, rgb);
    }

    private PdfPTable atRiskTable(ReportFigure.KaplanMeierChart chart) throws DocumentException {
        int n = chart.atRiskTimes().size() + 1;
        float[] widths = new float[n];
        widths[0] = 3f;
        for (int i = 1; i < n; i++) {
            widths[i] = 1f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(92);
        table.setSpacingBefore(4);
        table.addCell(cell(text(chart.atRiskTitle() + " (" + chart.xAxisTitle() + ")", 8, Font.BOLD), HEADER_FILL,
                Element.ALIGN_LEFT));
        for (double t : chart.atRiskTimes()) {
            table.addCell(cell(text(Long.toString(Math.round(t)), 8, Font.BOLD), HEADER_FILL, Element.ALIGN_CENTER));
        }
        for (ReportFigure.Curve curve : chart.curves()) {
            table.addCell(cell(text(curve.name(), 8, Font.NORMAL), null, Element.ALIGN_LEFT));
            KaplanMeier km = curve.estimate();
            for (double t : chart.atRiskTimes()) {
                table.addCell(cell(text(Integer.toString(km.atRiskAt(t)), 8, Font.NORMAL), null, Element.ALIGN_CENTER));
            }
        }
        table.setHeaderRows(1);
        return table;
    }

    // ------------------------------------------------------------------ header and footer

    private byte[] stampHeaderAndFooter(byte[] body, DmcReport report, DmcMessages msg) {
        ReportMetadata m = report.metadata();
        try (PdfReader reader = new PdfReader(body); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfStamper stamper = new PdfStamper(reader, out);
            int pages = reader.getNumberOfPages();
            String header = msg.get("header.line", m.studyRegistryId(), m.cutOffDate().toString(), m.definitionVersion());
            String footer = msg.get("footer.line", DmcXlsxRenderer.TIMESTAMP.format(m.generatedAt()), m.dataChecksum());
            for (int p = 1; p <= pages; p++) {
                Rectangle size = reader.getPageSizeWithRotation(p);
                PdfContentByte over = stamper.getOverContent(p);
                float left = 36;
                float right = size.getWidth() - 36;
                ColumnText.showTextAligned(over, Element.ALIGN_LEFT, text(header, 8, Font.NORMAL), left,
                        size.getHeight() - 28, 0);
                ColumnText.showTextAligned(over, Element.ALIGN_RIGHT, text(msg.get("report.title"), 8, Font.BOLD),
                        right, size.getHeight() - 28, 0);
                over.setColorStroke(RULE);
                over.setLineWidth(0.5f);
                over.moveTo(left, size.getHeight() - 33);
                over.lineTo(right, size.getHeight() - 33);
                over.moveTo(left, 32);
                over.lineTo(right, 32);
                over.stroke();
                ColumnText.showTextAligned(over, Element.ALIGN_LEFT, text(footer, 7, Font.NORMAL), left, 22, 0);
                ColumnText.showTextAligned(over, Element.ALIGN_RIGHT,
                        text(msg.get("footer.page", Integer.toString(p), Integer.toString(pages)), 8, Font.NORMAL),
                        right, 22, 0);
            }
            stamper.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot stamp the DMC PDF", e);
        }
    }

}
