package cn.guihua.plan.plan;

/** The whole jurisdiction, or each street (镇/街道) within it (张店区's vaccination rate, 002:4553). */
public enum TargetScope {
    JURISDICTION, EACH_STREET
}
