package cn.guihua.plan.plan;

/**
 * Where a target's base value comes from. DOCUMENT: printed in the plan (the table's 2020 column, 「在…的基础上」).
 * MONITORED: the plan names the base year only; its value is the approved monitoring value of that year.
 * PLANNER: entered by a planner, with its source in the baseline's note. TO_BE_SET: the plan names no base year; a
 * planner sets it (the target is AWAITING_VALUE until then).
 */
public enum BaselineSource {
    DOCUMENT, MONITORED, PLANNER, TO_BE_SET
}
