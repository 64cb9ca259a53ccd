package org.vigia.dmc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * One cell of a {@link ReportTable}. Renderers keep the type: numbers become numeric spreadsheet cells,
 * counts become "n (x.x)" in the PDF and separate n and % columns in XLSX and CSV.
 */
public sealed interface ReportCell {

    /** Text as shown, e.g. in listings. */
    String text();

    /** Plain text. */
    record Text(String value) implements ReportCell {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String text() {
            return value;
        }
    }

    /** A row label; {@code indent} 0 = category, 1 = item under it; {@code emphasis} = heading row. */
    record Label(String value, int indent, boolean emphasis) implements ReportCell {
        @Override
        public String text() {
            return value;
        }
    }

    /**
     * A count of subjects (or events) with an optional denominator. The percentage is 100·n/denominator
     * rounded half-up to one decimal; there is none when the denominator is 0 (count without percentage).
     * A zero count is shown as "0" without a percentage.
     */
    record Count(int n, int denominator) implements ReportCell {
        /** A count shown without a percentage. */
        public static Count of(int n) {
            return new Count(n, 0);
        }

        /** Percentage with one decimal, empty when there is no denominator. */
        public Optional<BigDecimal> percent() {
            if (denominator <= 0) {
                return Optional.empty();
            }
            return Optional.of(BigDecimal.valueOf(100L * n).divide(BigDecimal.valueOf(denominator), 1,
                    RoundingMode.HALF_UP));
        }

        @Override
        public String text() {
            if (n == 0 || denominator <= 0) {
                return Integer.toString(n);
            }
            return n + " (" + percent().orElseThrow().toPlainString() + ")";
        }
    }

    /** A decimal number already rounded to the scale it is shown with. */
    record Decimal(BigDecimal value) implements ReportCell {
        public Decimal {
            Objects.requireNonNull(value, "value");
        }

        /** {@code value} rounded half-up to {@code scale} decimals. */
        public static Decimal of(double value, int scale) {
            return new Decimal(BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP));
        }

        @Override
        public String text() {
            return value.toPlainString();
        }
    }

    /** "Not estimable" (NE): a statistic the data cannot give, e.g. a median never reached. */
    record NotEstimable(String value) implements ReportCell {
        @Override
        public String text() {
            return value;
        }
    }

    /** An empty cell. */
    record Empty() implements ReportCell {
        @Override
        public String text() {
            return "";
        }
    }
}
