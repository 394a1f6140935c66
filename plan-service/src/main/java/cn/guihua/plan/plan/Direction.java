package cn.guihua.plan.plan;

public enum Direction {
    INCREASE, DECREASE
}
