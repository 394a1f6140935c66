package cn.guihua.indicator.quality;

/** Shipped with the service (a migration) or added by a planner. */
public enum RuleOrigin {
    SHIPPED, PLANNER
}
