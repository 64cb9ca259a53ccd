package org.vigia.terminology;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One numeric grading rule of CTCAE v5.0: one row of {@code ctcae-v5.0-lab-thresholds.csv}, i.e. the range of a
 * lab value (or of its multiple of ULN or of baseline) that gives {@code grade} for {@code term}, with the exact
 * clause of the CTCAE grade text it comes from.
 * <p>
 * The interval edges and their inclusion come from the row's {@code interval=...} note, which maps CTCAE
 * notation as the reference README records ({@code <LLN - 1500} is {@code [1500, LLN)}, {@code >ULN - 3.0 x ULN}
 * is {@code (1.0, 3.0] x ULN}). Conditions a value alone cannot show are carried as
 * {@link SymptomCondition} and {@link BaselineCondition}.
 *
 * @param term              CTCAE term, e.g. "Neutrophil count decreased"
 * @param meddraCode        MedDRA code of the term
 * @param unit              unit as written in the file: "/mm3", "10^9/L", "mg/dL (corrected serum calcium)",
 *                          "ratio" for multiples of ULN or baseline
 * @param grade             CTCAE grade 1–4 this range gives
 * @param lower             lower edge
 * @param lowerInclusive    whether a value equal to the lower edge is inside
 * @param upper             upper edge
 * @param upperInclusive    whether a value equal to the upper edge is inside
 * @param basis             what the edges measure
 * @param symptomCondition  symptom status the rule needs
 * @param baselineCondition baseline status the rule needs
 * @param criterion         the exact clause of the CTCAE v5.0 grade text, e.g. "&lt;1500 - 1000/mm3"
 * @param notes             the row's full {@code notes}
 */
public record LabThreshold(String term, String meddraCode, String unit, int grade, Limit lower,
        boolean lowerInclusive, Limit upper, boolean upperInclusive, Basis basis, SymptomCondition symptomCondition,
        BaselineCondition baselineCondition, String criterion, String notes) {

    public LabThreshold {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(meddraCode, "meddraCode");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(symptomCondition, "symptomCondition");
        Objects.requireNonNull(baselineCondition, "baselineCondition");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(notes, "notes");
        if (grade < 1 || grade > 5) {
            throw new IllegalArgumentException("grade must be 1-5: " + grade);
        }
    }

    /** The unit without the measurement in brackets: "mg/dL (corrected serum calcium)" gives "mg/dL". */
    public String measurementUnit() {
        int paren = unit.indexOf('(');
        return (paren < 0 ? unit : unit.substring(0, paren)).trim();
    }

    /** The measurement named in brackets after the unit, e.g. "ionized calcium"; empty when there is none. */
    public Optional<String> measurement() {
        int open = unit.indexOf('(');
        int close = unit.lastIndexOf(')');
        return open < 0 || close < open ? Optional.empty() : Optional.of(unit.substring(open + 1, close).trim());
    }

    /** The interval in CTCAE-file notation, e.g. "[1000, 1500)" or "(3.0, 5.0] x ULN". */
    public String intervalText() {
        String text = (lowerInclusive ? "[" : "(") + lower.text(true) + ", " + upper.text(false)
                + (upperInclusive ? "]" : ")");
        return switch (basis) {
            case ABSOLUTE -> text;
            case X_ULN -> text + " x ULN";
            case X_BASELINE -> text + " x baseline";
        };
    }

    /** What a threshold's edges measure (column {@code basis}). */
    public enum Basis {
        /** Edges in the row's unit. */
        ABSOLUTE("absolute"),
        /** Edges are multiples of the upper limit of normal. */
        X_ULN("xULN"),
        /** Edges are multiples of the patient's baseline value. */
        X_BASELINE("xBaseline");

        private final String fileValue;

        Basis(String fileValue) {
            this.fileValue = fileValue;
        }

        /** The spelling in the thresholds file. */
        public String fileValue() {
            return fileValue;
        }

        static Basis fromFile(String value) {
            for (Basis b : values()) {
                if (b.fileValue.equals(value)) {
                    return b;
                }
            }
            throw new IllegalArgumentException("Unknown basis '" + value + "'");
        }
    }

    /** The symptom status a rule needs, for grade texts such as "&gt;2.0 - 5.0 x ULN and asymptomatic". */
    public enum SymptomCondition {
        /** The value alone decides. */
        ANY,
        /** Only when the patient is not known to have signs or symptoms. */
        ASYMPTOMATIC,
        /** Only when the patient has signs or symptoms. */
        SYMPTOMATIC
    }

    /** The baseline status a rule needs (ALT, AST, ALP, GGT and bilirubin have one rule set for each). */
    public enum BaselineCondition {
        /** Applies whatever the baseline. */
        ANY,
        /** Applies when baseline was normal (baseline &lt;= ULN) or not given. */
        NORMAL,
        /** Applies when baseline was abnormal (baseline &gt; ULN). */
        ABNORMAL
    }

    /**
     * One edge of a threshold: a number, the lab's own LLN or ULN, or no edge at all (−∞ or +∞).
     *
     * @param kind   which of these it is
     * @param number the number, only for {@link Kind#NUMBER}
     */
    public record Limit(Kind kind, BigDecimal number) {

        /** What an edge is. */
        public enum Kind {
            NUMBER, LLN, ULN, UNBOUNDED
        }

        public Limit {
            Objects.requireNonNull(kind, "kind");
            if ((kind == Kind.NUMBER) != (number != null)) {
                throw new IllegalArgumentException("A number is needed exactly for a NUMBER limit");
            }
        }

        /** Parses a {@code lower_bound}/{@code upper_bound} cell: a number, {@code LLN}, {@code ULN} or blank. */
        public static Limit parse(String cell) {
            String c = cell == null ? "" : cell.trim();
            return switch (c) {
                case "" -> new Limit(Kind.UNBOUNDED, null);
                case "LLN" -> new Limit(Kind.LLN, null);
                case "ULN" -> new Limit(Kind.ULN, null);
                default -> new Limit(Kind.NUMBER, new BigDecimal(c));
            };
        }

        String text(boolean lowerEdge) {
            return switch (kind) {
                case NUMBER -> number.toPlainString();
                case LLN -> "LLN";
                case ULN -> "ULN";
                case UNBOUNDED -> lowerEdge ? "-inf" : "+inf";
            };
        }
    }
}
