package org.vigia.shared.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Fonts for the DMC PDF and charts, found without installing OS packages.
 *
 * <ul>
 *   <li>Latin: Liberation Sans, shipped inside the OpenPDF jar ({@code font-fallback/LiberationSans-Regular.ttf},
 *       SIL OFL), embedded as a subset (Identity-H), so "≥", "–" and accented letters print everywhere.</li>
 *   <li>CJK (Simplified Chinese), embedded, looked up in this order: the file named by the system property
 *       {@value #CJK_FONT_PROPERTY}; the class-path resource {@value #CJK_FONT_RESOURCE} (to ship the font
 *       inside the WAR); well-known system files ({@link #SYSTEM_CJK_FONTS}). A TrueType collection is
 *       read at index 0.</li>
 *   <li>When none is found, Chinese text falls back to the Adobe CJK font {@code STSong-Light} with the
 *       {@code UniGB-UCS2-H} CMap, which OpenPDF carries: the text is correct and searchable but the glyphs
 *       are <b>not embedded</b>, so the reader must supply them (Adobe Reader's Asian font pack; poppler
 *       with a CJK font). {@link #embedsCjk()} tells which case applies.</li>
 * </ul>
 */
public final class FontProvider {

    /** System property naming a TTF/TTC/OTF font file with Simplified Chinese glyphs. */
    public static final String CJK_FONT_PROPERTY = "vigia.dmc.cjkFont";
    /** Class-path location where a CJK font can be shipped with the product. */
    public static final String CJK_FONT_RESOURCE = "/org/vigia/dmc/fonts/wqy-microhei.ttc";
    /** System font files tried last (Debian/Ubuntu/Fedora paths of free CJK fonts with TrueType outlines). */
    public static final List<String> SYSTEM_CJK_FONTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc");

    private static final String LATIN_RESOURCE = "/font-fallback/LiberationSans-Regular.ttf";

    private final byte[] latinBytes;
    private final byte[] cjkBytes;
    private final String cjkName;
    /** AWT fonts for charts, parsed on first use; immutable, so a race only parses twice. */
    private volatile Font latinChartFont;
    private volatile Font cjkChartFont;

    private FontProvider(byte[] cjkBytes, String cjkName) {
        this.latinBytes = readResource(LATIN_RESOURCE).orElseThrow(
                () -> new IllegalStateException("OpenPDF's " + LATIN_RESOURCE + " is missing from the class path"));
        this.cjkBytes = cjkBytes;
        this.cjkName = cjkName;
    }

    /** Looks for a CJK font as described in the class comment. */
    public static FontProvider discover() {
        String property = System.getProperty(CJK_FONT_PROPERTY);
        if (property != null && !property.isBlank() && Files.isReadable(Path.of(property))) {
            return withCjkFont(Path.of(property));
        }
        Optional<byte[]> shipped = readResource(CJK_FONT_RESOURCE);
        if (shipped.isPresent()) {
            return new FontProvider(shipped.get(), fileName(CJK_FONT_RESOURCE));
        }
        for (String candidate : SYSTEM_CJK_FONTS) {
            if (Files.isReadable(Path.of(candidate))) {
                return withCjkFont(Path.of(candidate));
            }
        }
        return latinOnly();
    }

    /** Uses this TTF, TTC (index 0) or OTF file for CJK text. */
    public static FontProvider withCjkFont(Path fontFile) {
        try {
            return new FontProvider(Files.readAllBytes(fontFile), fontFile.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + fontFile, e);
        }
    }

    /** No embedded CJK font: Chinese falls back to non-embedded STSong-Light. */
    public static FontProvider latinOnly() {
        return new FontProvider(null, null);
    }

    /** True when Chinese glyphs are embedded in the PDF. */
    public boolean embedsCjk() {
        return cjkBytes != null;
    }

    /** What is used, for logs and the report cover. */
    public String description() {
        return "Liberation Sans + " + (cjkBytes != null ? cjkName + " (embedded)" : "STSong-Light (not embedded)");
    }

    /** Liberation Sans, embedded subset, Identity-H. */
    public BaseFont latinPdfFont() {
        return pdfFont("LiberationSans-Regular.ttf", latinBytes);
    }

    /** The CJK font for the PDF: embedded when found, else STSong-Light / UniGB-UCS2-H (not embedded). */
    public BaseFont cjkPdfFont() {
        if (cjkBytes != null) {
            String name = cjkName.toLowerCase(Locale.ROOT).endsWith(".ttc") ? cjkName + ",0" : cjkName;
            return pdfFont(name, cjkBytes);
        }
        try {
            return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (com.lowagie.text.DocumentException | IOException e) {
            throw new IllegalStateException("OpenPDF's STSong-Light CJK font is not available", e);
        }
    }

    private static BaseFont pdfFont(String name, byte[] bytes) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (com.lowagie.text.DocumentException | IOException e) {
            throw new IllegalStateException("cannot load font " + name, e);
        }
    }

    /**
     * An AWT font for chart text of this size and style: the CJK font when one was found (its Latin glyphs
     * serve for digits too), else Liberation Sans.
     */
    public Font chartFont(int style, float size, boolean needsCjk) {
        return (needsCjk && cjkBytes != null ? cjkChartFont() : latinChartFont()).deriveFont(style, size);
    }

    private Font latinChartFont() {
        Font font = latinChartFont;
        if (font == null) {
            latinChartFont = font = awtFont(latinBytes);
        }
        return font;
    }

    private Font cjkChartFont() {
        Font font = cjkChartFont;
        if (font == null) {
            cjkChartFont = font = awtFont(cjkBytes);
        }
        return font;
    }

    /** Parses the font once (AWT copies a font stream to a temporary file each time). */
    private static Font awtFont(byte[] bytes) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot load chart font", e);
        }
    }

    private static Optional<byte[]> readResource(String resource) {
        try (InputStream in = FontProvider.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** True if the text has a character in a CJK block (ideographs, CJK punctuation, full-width forms). */
    public static boolean containsCjk(String text) {
        return text.codePoints().anyMatch(FontProvider::isCjk);
    }

    /** True if the code point is in a CJK block (ideographs, CJK punctuation, full-width forms). */
    public static boolean isCjk(int cp) {
        if (cp < 0x3000) { // below CJK Symbols and Punctuation, the first of these blocks
            return false;
        }
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS;
    }
}
