package cn.guihua.plan.plan;

/** 中期评估 (MID_TERM) or 终期考核/评估 (FINAL) of a plan's execution, with its due date (003:245). */
public enum EvaluationKind {
    MID_TERM, FINAL
}
