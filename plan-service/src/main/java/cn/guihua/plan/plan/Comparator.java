package cn.guihua.plan.plan;

/**
 * How a target's value is read: AT_MOST ≤ (控制在…以下/以内), BELOW &lt;, AT_LEAST ≥ (达到…以上), ABOVE &gt;,
 * EQUAL = (达到/保持 X), RANGE value..valueHigh, DECREASE_PERCENT down by value % against the baseline year,
 * CHANGE_PP_PER_YEAR value percentage points a year, DIRECTION only a direction, FULL_COVERAGE 100 %, SLOWER_RISE
 * the rise slows (上升趋势减缓 / 上升趋势得到有效控制): each year's rise smaller than the year before's, or no rise;
 * an optional value is the largest annual rise allowed.
 * <p>
 * A level is judged with the target's tolerance and direction ({@link Verdicts}); the whole table of phrasings and
 * verdicts is in docs/indicator-service.md.
 */
public enum Comparator {
    AT_MOST, BELOW, AT_LEAST, ABOVE, EQUAL, RANGE, DECREASE_PERCENT, CHANGE_PP_PER_YEAR, DIRECTION, FULL_COVERAGE,
    SLOWER_RISE;

    /** Whether the target states a level that one observed value can be compared with. */
    public boolean isLevel() {
        return switch (this) {
            case AT_MOST, BELOW, AT_LEAST, ABOVE, EQUAL, RANGE, FULL_COVERAGE -> true;
            default -> false;
        };
    }

    public boolean needsValue() {
        return this != DIRECTION && this != FULL_COVERAGE && this != SLOWER_RISE;
    }
}
