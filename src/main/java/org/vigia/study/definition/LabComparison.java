package org.vigia.study.definition;

import java.math.BigDecimal;

/** How a lab value is compared with its threshold in a pre-cycle criterion; both ends inclusive. */
public enum LabComparison {
    /** value ≥ threshold (e.g. ANC ≥1.5×10⁹/L). */
    AT_LEAST("≥"),
    /** value ≤ threshold (e.g. ALT ≤2.5×ULN). */
    AT_MOST("≤");

    private final String symbol;

    LabComparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean holds(BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return this == AT_LEAST ? c >= 0 : c <= 0;
    }
}
