package org.vigia.form.definition;

/**
 * How an edit check compares its item with the other item or value: the check passes when
 * {@code item <operator> other} holds. Partial dates compare conservatively: a check fails only when every date the
 * partial dates may be breaks it ({@code 2026-03} is not before {@code 2026-03-14}).
 */
public enum Operator {
    LT("<"), LE("≤"), GT(">"), GE("≥"), EQ("="), NE("≠");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether a comparison result ({@code a.compareTo(b)}) satisfies the operator. */
    public boolean holds(int comparison) {
        return switch (this) {
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
            case GT -> comparison > 0;
            case GE -> comparison >= 0;
            case EQ -> comparison == 0;
            case NE -> comparison != 0;
        };
    }
}
