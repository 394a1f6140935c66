package cn.guihua.plan.indicator;

public enum BetterDirection {
    LOWER, HIGHER, NONE
}
