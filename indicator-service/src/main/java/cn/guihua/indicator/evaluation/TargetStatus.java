package cn.guihua.indicator.evaluation;

/** Where a target stands in a year; the rules are in docs/indicator-service.md. */
public enum TargetStatus {
    ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA, NOT_EVALUABLE;

    /** Expected to miss: the plans' 「预计达标困难」. */
    public boolean lagging() {
        return this == AT_RISK || this == OFF_TRACK;
    }

    /** Higher is worse; used to combine the streets of an each-street target. */
    int severity() {
        return switch (this) {
            case ACHIEVED -> 0;
            case ON_TRACK -> 1;
            case AT_RISK -> 2;
            case OFF_TRACK -> 3;
            case NO_DATA -> 4;
            case NOT_EVALUABLE -> 5;
        };
    }
}
