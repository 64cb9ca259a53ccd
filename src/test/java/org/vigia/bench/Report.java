package org.vigia.bench;

import java.util.List;

/** A Markdown document built section by section. */
final class Report {

    private final StringBuilder md = new StringBuilder();

    Report heading(int level, String text) {
        md.append(md.length() == 0 ? "" : "\n").append("#".repeat(level)).append(' ').append(text).append("\n\n");
        return this;
    }

    Report paragraph(String text) {
        md.append(text).append("\n\n");
        return this;
    }

    Report table(List<String> header, List<List<String>> rows) {
        md.append('|');
        header.forEach(h -> md.append(' ').append(h).append(" |"));
        md.append("\n|");
        header.forEach(h -> md.append("---|"));
        md.append('\n');
        for (List<String> row : rows) {
            md.append('|');
            row.forEach(cell -> md.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |"));
            md.append('\n');
        }
        md.append('\n');
        return this;
    }

    static String ms(double v) {
        return Double.isNaN(v) ? "–" : v >= 100 ? String.format("%.0f", v) : String.format("%.1f", v);
    }

    static String seconds(double v) {
        return String.format("%.1f s", v);
    }

    @Override
    public String toString() {
        return md.toString();
    }
}
