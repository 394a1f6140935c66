package cn.guihua.plan.indicator;

/** PERCENTAGE is 0-100; RATE ≥ 0; COUNT whole ≥ 0; QUANTITY decimal ≥ 0. */
public enum ValueType {
    PERCENTAGE, RATE, COUNT, QUANTITY
}
