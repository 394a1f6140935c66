package cn.guihua.plan.plan;

/** 约束性 (BINDING) or 预期性 (EXPECTED). */
public enum Nature {
    BINDING, EXPECTED
}
