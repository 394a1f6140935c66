package cn.guihua.plan.plan;

import java.math.BigDecimal;

/**
 * How a target's value is read: AT_MOST ≤ (控制在…以下/以内), BELOW &lt;, AT_LEAST ≥ (达到…以上), ABOVE &gt;,
 * EQUAL = (达到/保持 X), RANGE value..valueHigh, DECREASE_PERCENT down by value % against the baseline year,
 * CHANGE_PP_PER_YEAR value percentage points a year, DIRECTION only a direction, FULL_COVERAGE 100 %.
 */
public enum Comparator {
    AT_MOST, BELOW, AT_LEAST, ABOVE, EQUAL, RANGE, DECREASE_PERCENT, CHANGE_PP_PER_YEAR, DIRECTION, FULL_COVERAGE;

    /** Whether the target states a level that one observed value can be compared with. */
    public boolean isLevel() {
        return switch (this) {
            case AT_MOST, BELOW, AT_LEAST, ABOVE, EQUAL, RANGE, FULL_COVERAGE -> true;
            default -> false;
        };
    }

    public boolean needsValue() {
        return this != DIRECTION && this != FULL_COVERAGE;
    }

    /**
     * Whether {@code observed} meets a target of this comparator; null when one value cannot decide it
     * (a decrease against a base year, a change per year, a direction).
     */
    public Boolean meets(BigDecimal observed, BigDecimal value, BigDecimal valueHigh) {
        if (observed == null) {
            return null;
        }
        return switch (this) {
            case AT_MOST -> observed.compareTo(value) <= 0;
            case BELOW -> observed.compareTo(value) < 0;
            case AT_LEAST -> observed.compareTo(value) >= 0;
            case ABOVE -> observed.compareTo(value) > 0;
            case EQUAL -> observed.compareTo(value) == 0;
            case RANGE -> observed.compareTo(value) >= 0 && observed.compareTo(valueHigh) <= 0;
            case FULL_COVERAGE -> observed.compareTo(BigDecimal.valueOf(100)) >= 0;
            default -> null;
        };
    }
}
