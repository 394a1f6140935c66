package cn.guihua.indicator.evaluation;

/**
 * Where a target stands in a year; the rules are in docs/indicator-service.md. ACHIEVED: met. ON_TRACK, AT_RISK,
 * OFF_TRACK: not met before the target year, judged by the path to it. NOT_ACHIEVED: missed in or after the target
 * year. NO_DATA: a value the rule needs is missing. AWAITING_VALUE: the level or the base year is still to be set by a
 * planner (市下达, 以…为基数 without a year). NOT_EVALUABLE: the target cannot be judged as defined.
 */
public enum TargetStatus {
    ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK, NOT_ACHIEVED, NO_DATA, AWAITING_VALUE, NOT_EVALUABLE;

    /** Expected to miss, or missed: the plans' 「预计达标困难」. */
    public boolean lagging() {
        return this == AT_RISK || this == OFF_TRACK || this == NOT_ACHIEVED;
    }

    /** Higher is worse; used to combine the streets of an each-street target. */
    int severity() {
        return switch (this) {
            case ACHIEVED -> 0;
            case ON_TRACK -> 1;
            case AT_RISK -> 2;
            case OFF_TRACK -> 3;
            case NOT_ACHIEVED -> 4;
            case NO_DATA -> 5;
            case AWAITING_VALUE -> 6;
            case NOT_EVALUABLE -> 7;
        };
    }
}
