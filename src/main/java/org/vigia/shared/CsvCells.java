package org.vigia.shared;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.Writer;
import java.util.regex.Pattern;

/**
 * What every CSV file Vigia writes goes through, so that a spreadsheet opening it neither runs a formula typed into
 * a record nor garbles Chinese text.
 * <ul>
 *   <li>{@link #neutralise}: a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 *       return is prefixed with an apostrophe ({@code =HYPERLINK(...)} → {@code '=HYPERLINK(...)}), as OWASP
 *       advises against CSV injection. A cell that is a plain decimal number ({@code -12.5}, {@code +3},
 *       {@code -1.2E-5}) is left as it is: a spreadsheet reads it as that number and runs nothing.</li>
 *   <li>{@link #BOM}: written first, it tells Excel the file is UTF-8; {@link #withoutBom} skips it when a file
 *       that Excel saved is read back.</li>
 * </ul>
 * <pre>{@code
 * CsvCells.writeBom(writer);
 * printer.printRecord(row.stream().map(CsvCells::neutralise).toList());
 * CSVParser parser = format.parse(CsvCells.withoutBom(reader));
 * }</pre>
 */
public final class CsvCells {

    /** The UTF-8 byte order mark, as a character. */
    public static final char BOM = '\uFEFF';

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private CsvCells() {
    }

    /** The cell's text, prefixed with {@code '} when a spreadsheet would take it for a formula. Null stays null. */
    public static String neutralise(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !NUMBER.matcher(text).matches() ? "'" + text : text;
    }

    /** Writes the byte order mark that makes Excel read the file as UTF-8. */
    public static void writeBom(Writer out) throws IOException {
        out.write(BOM);
    }

    /** {@code in}, past a byte order mark at its start if it has one (a CSV saved by Excel as "CSV UTF-8"). */
    public static Reader withoutBom(Reader in) throws IOException {
        PushbackReader reader = new PushbackReader(in, 1);
        int first = reader.read();
        if (first != -1 && first != BOM) {
            reader.unread(first);
        }
        return reader;
    }
}
