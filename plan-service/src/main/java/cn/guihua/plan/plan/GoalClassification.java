package cn.guihua.plan.plan;

/** NUMERIC: at least one explicit numeric target; DIRECTIONAL: a measurable quantity and a direction; QUALITATIVE: neither. */
public enum GoalClassification {
    NUMERIC, DIRECTIONAL, QUALITATIVE
}
