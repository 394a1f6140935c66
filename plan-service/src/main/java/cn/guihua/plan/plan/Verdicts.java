package cn.guihua.plan.plan;

import java.math.BigDecimal;

/**
 * Whether one observed value meets a target, as the Chinese wording means it (docs/indicator-service.md, the
 * phrasing table): a level is widened by the target's tolerance t (absolute, in the target's unit; null = 0), and a
 * target's direction makes it one-sided (overshoot in that direction is no miss).
 * <ul>
 * <li>EQUAL X: no direction, X − t ≤ v ≤ X + t (保持在45%左右); INCREASE v ≥ X − t (达到X%, 保持在98%); DECREASE v ≤ X + t.</li>
 * <li>RANGE x..y: INCREASE v ≥ x − t (above the range is no miss); DECREASE v ≤ y + t; none: x − t ≤ v ≤ y + t.</li>
 * <li>AT_LEAST v ≥ X − t, ABOVE v &gt; X − t, AT_MOST v ≤ X + t, BELOW v &lt; X + t; FULL_COVERAGE v ≥ 100 − t (基本完成: t = 5).</li>
 * <li>DECREASE_PERCENT Y with a base value B (a document's or a planner's): v ≤ B × (1 − (Y − t) / 100). With a
 * monitored base the base year's value is indicator-service's to read: null here.</li>
 * <li>Null when one value cannot decide it (CHANGE_PP_PER_YEAR, DIRECTION, SLOWER_RISE need a series) or when the
 * level is still to be set by a planner or given by another indicator (AWAITING_VALUE, a relative target).</li>
 * </ul>
 */
public final class Verdicts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Verdicts() {
    }

    public static Boolean meets(PlanTarget t, BigDecimal observed) {
        if (observed == null || awaiting(t)) {
            return null;
        }
        BigDecimal tol = t.tolerance == null ? BigDecimal.ZERO : t.tolerance;
        BigDecimal v = t.value;
        return switch (t.comparator) {
            case AT_LEAST -> v == null ? null : observed.compareTo(v.subtract(tol)) >= 0;
            case ABOVE -> v == null ? null : observed.compareTo(v.subtract(tol)) > 0;
            case AT_MOST -> v == null ? null : observed.compareTo(v.add(tol)) <= 0;
            case BELOW -> v == null ? null : observed.compareTo(v.add(tol)) < 0;
            case FULL_COVERAGE -> observed.compareTo((v == null ? HUNDRED : v).subtract(tol)) >= 0;
            case EQUAL -> v == null ? null : band(observed, v, v, tol, t.direction);
            case RANGE -> v == null || t.valueHigh == null ? null : band(observed, v, t.valueHigh, tol, t.direction);
            case DECREASE_PERCENT -> {
                if (v == null || t.baselineValue == null) {
                    yield null;
                }
                BigDecimal level = t.baselineValue.multiply(HUNDRED.subtract(v.subtract(tol))).divide(HUNDRED);
                yield observed.compareTo(level) <= 0;
            }
            default -> null;
        };
    }

    private static boolean band(BigDecimal observed, BigDecimal low, BigDecimal high, BigDecimal tol, Direction direction) {
        boolean aboveLow = observed.compareTo(low.subtract(tol)) >= 0;
        boolean belowHigh = observed.compareTo(high.add(tol)) <= 0;
        if (direction == Direction.INCREASE) {
            return aboveLow;
        }
        if (direction == Direction.DECREASE) {
            return belowHigh;
        }
        return aboveLow && belowHigh;
    }

    /**
     * Whether the target waits for a planner: its value is set by a higher level and not entered yet, or its base year
     * is to be set and is not. Such a target is AWAITING_VALUE.
     */
    public static boolean awaiting(PlanTarget t) {
        return t.valueToBeSet && t.value == null
                || t.baselineSource == BaselineSource.TO_BE_SET
                || t.baseYearToBeSet && t.baselineYear == null;
    }
}
