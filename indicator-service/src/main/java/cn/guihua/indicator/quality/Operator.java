package cn.guihua.indicator.quality;

import java.math.BigDecimal;

/** How the left side compares with the right one, within the rule's allowed difference (DHIS2's operator names). */
public enum Operator {
    EQUAL_TO("=", "quality.operator.equal"),
    NOT_EQUAL_TO("≠", "quality.operator.not-equal"),
    LESS_THAN("<", "quality.operator.less"),
    LESS_THAN_OR_EQUAL_TO("≤", "quality.operator.less-or-equal"),
    GREATER_THAN(">", "quality.operator.greater"),
    GREATER_THAN_OR_EQUAL_TO("≥", "quality.operator.greater-or-equal");

    public final String symbol;
    /** The catalogue key of what the rule requires: 「须等于」 / "must equal". */
    public final String key;

    Operator(String symbol, String key) {
        this.symbol = symbol;
        this.key = key;
    }

    /** Whether {@code left op right} holds when they may differ by {@code allowed} (≥ 0) in the rule's favour. */
    public boolean holds(BigDecimal left, BigDecimal right, BigDecimal allowed) {
        BigDecimal d = left.subtract(right);
        return switch (this) {
            case EQUAL_TO -> d.abs().compareTo(allowed) <= 0;
            case NOT_EQUAL_TO -> d.abs().compareTo(allowed) > 0;
            case LESS_THAN -> d.compareTo(allowed) < 0;
            case LESS_THAN_OR_EQUAL_TO -> d.compareTo(allowed) <= 0;
            case GREATER_THAN -> d.negate().compareTo(allowed) < 0;
            case GREATER_THAN_OR_EQUAL_TO -> d.negate().compareTo(allowed) <= 0;
        };
    }
}
